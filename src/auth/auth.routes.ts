import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery } from '../app/paging.js';
import type { Role } from './actor.js';
import { actorOf, SESSION_COOKIE } from './auth.plugin.js';
import { issueLoginCode, loginWithCode, loginWithPassword, logout, type Session, sessionCsrf } from './auth.service.js';
import { accountList, auditPage, auditQuery, createdAccount } from './accounts.schema.js';
import { loginResponse, meResponse, userJson } from './auth.schema.js';
import { auditTrail } from './audit.service.js';
import { listUsers } from './auth.repository.js';
import { addUser } from './users.service.js';

const LOGIN_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/** Sets the session cookie and answers the signed-in user; the phone pages sign workers in the same way. */
export function setSession(reply: FastifyReply, session: Session, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true, sameSite: 'strict', secure, path: '/', expires: session.expiresAt,
  });
  return { user: userJson(session.actor), csrfToken: session.csrfToken };
}

export function authRoutes(app: FastifyInstance, ctx: AppContext, options: { printCode: (line: string) => void }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/auth/login', {
    config: LOGIN_LIMIT,
    schema: { tags: ['auth'], summary: '密码登录 / sign in with a password', body: z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) }), response: { 200: loginResponse } },
  }, async (request, reply) => setSession(reply, await loginWithPassword(ctx, request.body.login, request.body.password, request.ip), request.protocol === 'https'));

  r.post('/api/auth/code', {
    config: LOGIN_LIMIT,
    schema: { tags: ['auth'], summary: '劳动力获取登录验证码 / a worker asks for a one-time code', body: z.object({ phone: z.string().min(1).max(30) }), response: { 200: z.object({ sent: z.boolean() }) } },
  }, async (request) => {
    const issued = await issueLoginCode(ctx, request.body.phone);
    // No SMS gateway here: the code goes to the server console (masked phone), never to a log.
    if (issued) options.printCode(`[短信模拟 SMS stub] ${issued.masked} 登录验证码 one-time code: ${issued.code}`);
    return { sent: true };
  });

  r.post('/api/auth/code/login', {
    config: LOGIN_LIMIT,
    schema: { tags: ['auth'], summary: '劳动力验证码登录 / a worker signs in with the code', body: z.object({ phone: z.string().min(1).max(30), code: z.string().min(1).max(10) }), response: { 200: loginResponse } },
  }, async (request, reply) => setSession(reply, await loginWithCode(ctx, request.body.phone, request.body.code, request.ip), request.protocol === 'https'));

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录 / sign out', response: { 200: z.object({ ok: z.boolean() }) } } }, async (request, reply) => {
    if (request.sessionToken) await logout(ctx, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: '当前用户 / who am I', response: { 200: meResponse } } }, async (request) => {
    const actor = actorOf(request);
    const csrfToken = (await sessionCsrf(ctx, request.sessionToken ?? '')) ?? '';
    return { ...userJson(actor), csrfToken };
  });

  r.get('/api/users', { schema: { tags: ['auth'], summary: '账户列表（本辖区）/ accounts in your region', response: { 200: accountList } } }, async (request) => {
    const actor = actorOf(request);
    const prefix = actor.role === 'admin' ? '' : actor.scope.kind === 'region' && ['province', 'city', 'county'].includes(actor.role) ? actor.scope.prefix : null;
    const users = await listUsers(ctx.db, prefix);
    return {
      items: users.map((u) => ({
        id: u.id, login: u.login.startsWith('phone:') ? 'worker' : u.login, name: u.name, role: u.role as Role, regionPrefix: u.region_prefix,
        employerId: u.employer_id, gatheringPointId: u.gathering_point_id, createdAt: u.created_at.toISOString(),
        disabledAt: u.disabled_at ? u.disabled_at.toISOString() : null,
      })),
    };
  });

  r.post('/api/users', {
    schema: {
      tags: ['auth'],
      summary: '创建账户（仅限本辖区）/ create an account inside your region',
      body: z.object({
        role: z.string().max(20), name: z.string().max(50), login: z.string().max(40).optional(), password: z.string().max(200).optional(),
        region: z.string().max(6).optional(), employerId: z.string().max(64).optional(), gatheringPointId: z.string().max(64).optional(),
        workerId: z.string().max(64).optional(),
      }),
      response: { 201: createdAccount },
    },
  }, async (request, reply) => {
    const created = await addUser(ctx, actorOf(request), request.body);
    reply.status(201);
    return created;
  });

  r.get('/api/audit', {
    schema: {
      tags: ['auth'],
      summary: '审计日志 / audit log',
      querystring: z.object({ ...auditQuery, ...pageQuery }),
      response: { 200: auditPage },
    },
  }, async (request) => {
    const q = request.query;
    const result = await auditTrail(ctx, actorOf(request), pageOf(q), { action: q.action, entityId: q.entity, actorLogin: q.actor, from: q.from, to: q.to });
    return { ...result, page: q.page, pageSize: q.pageSize };
  });
}
