// Errors become application/problem+json in one place, at the edge: domain and store
// code never know about HTTP. Messages are bilingual; nothing internal leaks.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, isDomainError } from '../core/errors.js';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  bad_file: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  too_many_requests: 429,
  payload_too_large: 413,
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: Record<string, unknown>) =>
      reply.status(status).type('application/problem+json').send({ status, ...body });
    if (isDomainError(error)) {
      const p = error.problem;
      return send(STATUS[p.code], { type: p.code, title: `${p.zh} / ${p.en}`, zh: p.zh, en: p.en, record: p.record, field: p.field, issues: p.issues });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        field: `${error.validationContext ?? 'request'}${issue.instancePath.replace(/\//g, '.')}`,
        message: issue.message,
      }));
      const first = issues[0];
      return send(400, {
        type: 'invalid_input',
        title: `请求参数无效 / invalid request: ${first ? `${first.field}: ${first.message}` : ''}`,
        zh: '请求参数无效',
        en: 'invalid request',
        field: first?.field,
        issues,
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return send(413, { type: 'payload_too_large', title: '请求体过大 / request body too large', zh: '请求体过大', en: 'request body too large' });
    if (status >= 400 && status < 500) {
      return send(status, { type: error.code ?? 'bad_request', title: `请求无效 / bad request: ${error.message}`, zh: '请求无效', en: error.message });
    }
    request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
    return send(500, { type: 'internal', title: '服务器内部错误 / internal server error', zh: '服务器内部错误', en: 'internal server error' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).type('application/problem+json').send({ status: 404, type: 'not_found', title: '找不到 / not found', zh: '找不到', en: 'not found' });
  });
}
