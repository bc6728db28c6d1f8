// Shorthands over the generated schema, so pages name response types instead of
// restating them: `type Stats = ApiResponse<'/api/campaigns/{id}/stats'>`.
import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type ApiResponse<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer Created } } } }
    ? Created
    : never;

export type ApiBody<P extends keyof paths, M extends Method = 'post'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Me = ApiResponse<'/api/auth/me'>;
export type Role = Me['role'];
export type Campaign = ApiResponse<'/api/campaigns/{id}'>;
