// Errors become application/problem+json in one place, at the edge: domain and store
// code never know about HTTP. Every answer has a stable `type`, a reason in Chinese and
// in English, and the offending `field` when there is one; nothing internal leaks.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type Bilingual, type ErrorCode, isDomainError } from '../core/errors.js';

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

/** What the framework itself refuses (body parsing, URLs), each with its own stable type. */
const FRAMEWORK: Record<string, { type: string } & Bilingual> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { type: 'malformed_json', zh: '请求体不是有效的 JSON', en: 'the body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    type: 'empty_body', zh: '请求声明为 JSON 但请求体为空', en: 'the body is declared as JSON but is empty',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    type: 'unsupported_media_type', zh: '不支持的内容类型，请发送 application/json', en: 'unsupported content type: send application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    type: 'bad_content_length', zh: 'Content-Length 与请求体长度不符', en: 'the Content-Length does not match the body',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { type: 'payload_too_large', zh: '请求体过大', en: 'request body too large' },
  FST_ERR_BAD_URL: { type: 'bad_url', zh: '地址中含有无效的编码', en: 'the address holds an invalid escape' },
  FST_ERR_MAX_PARAM_LENGTH: { type: 'bad_url', zh: '地址中的参数过长', en: 'a parameter in the address is too long' },
};

const CONTEXT: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

// JSON.parse's own SyntaxError (when a parser does not wrap it) still is malformed JSON.
const isJsonSyntax = (error: FastifyError): boolean => error instanceof SyntaxError && error.statusCode === 400;

/**
 * For Fastify's `frameworkErrors` option: a URL the router cannot decode is refused before
 * any route or error handler runs, so it is answered here in the same shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const known = FRAMEWORK[error.code] ?? { type: 'bad_request', zh: '请求无效', en: 'bad request' };
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void reply.status(status).type('application/problem+json')
    .send({ status, title: `${known.zh} / ${known.en}`, type: known.type, zh: known.zh, en: known.en });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: { type: string; zh: string; en: string } & Record<string, unknown>) =>
      reply.status(status).type('application/problem+json').send({ status, title: `${body.zh} / ${body.en}`, ...body });
    if (isDomainError(error)) {
      const p = error.problem;
      return send(STATUS[p.code], { type: p.code, zh: p.zh, en: p.en, record: p.record, field: p.field });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        // 'query', not Fastify's 'querystring': the same names the text guard gives.
        field: `${CONTEXT[error.validationContext ?? ''] ?? 'request'}${issue.instancePath.replace(/\//g, '.')}`.replace(/\.$/, ''),
        message: issue.message ?? '',
      }));
      const first = issues[0];
      // Our schemas' messages are "中文 / English": each language gets its own half.
      const [zhReason, ...enParts] = (first?.message ?? '').split(' / ');
      const enReason = enParts.length > 0 ? enParts.join(' / ') : zhReason;
      return send(400, {
        type: 'invalid_input',
        zh: first ? `请求参数 ${first.field} 无效${enParts.length > 0 ? `：${zhReason}` : ''}` : '请求参数无效',
        en: first ? `invalid ${first.field}: ${enReason}` : 'invalid request',
        field: first?.field,
        issues,
      });
    }
    const known = FRAMEWORK[error.code] ?? (isJsonSyntax(error) ? FRAMEWORK.FST_ERR_CTP_INVALID_JSON_BODY : undefined);
    const status = error.statusCode ?? 500;
    if (known) return send(status >= 400 && status < 500 ? status : 400, { type: known.type, zh: known.zh, en: known.en });
    if (status >= 400 && status < 500) {
      // A refusal from a plugin we have no words for: still bilingual, its code kept.
      return send(status, { type: 'bad_request', zh: '请求无效', en: 'bad request', code: error.code });
    }
    request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
    return send(500, { type: 'internal', zh: '服务器内部错误', en: 'internal server error' });
  });
  app.setNotFoundHandler((_request, reply) => {
    reply.status(404).type('application/problem+json').send({
      status: 404, type: 'not_found', title: '找不到该地址 / no such address', zh: '找不到该地址', en: 'no such address',
    });
  });
}
