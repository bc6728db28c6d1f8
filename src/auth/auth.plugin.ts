// Every /api request is tied to a signed-in user, except the few public ones below.
// Sessions ride in an HttpOnly, SameSite=Strict cookie; state-changing requests also
// carry the session's CSRF token in a header, which a forged cross-site form cannot.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import { domainError } from '../core/errors.js';
import type { Actor } from './actor.js';
import { sessionActor, sessionCsrf } from './auth.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'menkou_session';
export const CSRF_HEADER = 'x-csrf-token';

const PUBLIC = [/^\/api\/health$/, /^\/api\/ready$/, /^\/api\/docs(\/.*)?$/, /^\/api\/auth\/(login|code|code\/login)$/, /^\/api\/m\/code(\/verify)?$/, /^\/api\/m\/register$/,
  // Reference data (GB/T 2260 regions, the industry and certificate catalogues) is public and
  // holds nobody's record: the phone registration form needs it before the worker has a session.
  /^\/api\/(regions|industries|certificates)$/];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isPublic(url: string): boolean {
  const path = url.split('?')[0];
  return !path.startsWith('/api/') || PUBLIC.some((pattern) => pattern.test(path));
}

export async function installAuth(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // Thrown, so it reaches the error handler as any refusal: problem+json, both languages.
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return domainError({
        code: 'too_many_requests',
        zh: `请求过于频繁，请 ${seconds} 秒后再试`,
        en: `too many requests: try again in ${seconds} seconds`,
      });
    },
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      const actor = await sessionActor(ctx, token);
      request.actor = actor ? { ...actor, ip: request.ip } : null;
    }
    if (isPublic(request.url)) return;
    if (!request.actor) throw domainError({ code: 'unauthorized', zh: '请先登录', en: 'please sign in' });
    if (UNSAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const expected = await sessionCsrf(ctx, token ?? '');
      if (typeof sent !== 'string' || !expected || sent !== expected) {
        throw domainError({ code: 'forbidden', zh: '缺少或错误的 CSRF 令牌', en: 'missing or wrong CSRF token' });
      }
    }
  });
}

/** The signed-in user of a request (the hook has already refused anonymous ones). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw domainError({ code: 'unauthorized', zh: '请先登录', en: 'please sign in' });
  return request.actor;
}
