// The region prefix a request may reach. Until accounts exist every caller has the
// whole country; the auth room replaces this with the signed-in user's scope.
import type { FastifyRequest } from 'fastify';

export function requestScope(_request: FastifyRequest): string {
  return '';
}
