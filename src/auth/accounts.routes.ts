// Account management over HTTP: one's own password, and (administrators, officers within
// their region) another account's password, disabling and unlocking. See accounts.service.ts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { changeOwnPassword, manageableUser, resetPassword, setAccountDisabled, unlockAccount } from './accounts.service.js';
import { accountState } from './accounts.schema.js';
import { actorOf } from './auth.plugin.js';

// Per session (else per address): guessing the current password through a stolen session
// is as slow as guessing it at sign-in, whose per-login lock it shares.
const PASSWORD_LIMIT = {
  rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: (request: FastifyRequest) => request.sessionToken ?? request.ip },
};
const password = z.string().min(1).max(200);

export function accountsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/auth/password', {
    config: PASSWORD_LIMIT,
    schema: {
      tags: ['auth'],
      summary: '修改自己的密码（需当前密码；其他会话结束）/ change your own password (needs the current one; your other sessions end)',
      body: z.object({ currentPassword: password, newPassword: password }),
      response: { 200: accountState },
    },
  }, async (request) => changeOwnPassword(ctx, actorOf(request), { ...request.body, sessionToken: request.sessionToken, ip: request.ip }));

  r.post('/api/users/:id/password', {
    schema: {
      tags: ['auth'],
      summary: '重置他人密码（不填则生成临时密码，只返回一次）/ reset an account\'s password (a temporary one is generated and returned once when none is given)',
      params: uuidParam,
      body: z.object({ password: password.optional() }).nullish(),
      response: { 200: accountState.extend({ temporaryPassword: z.string().optional().describe('生成的临时密码，只返回这一次 / the generated temporary password, returned this once') }) },
    },
  }, async (request) => {
    const actor = actorOf(request);
    return resetPassword(ctx, actor, await manageableUser(ctx, actor, request.params.id), request.body?.password);
  });

  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    r.post(`/api/users/:id/${verb}`, {
      schema: {
        tags: ['auth'],
        summary: disabled ? '停用账户（不能登录，会话立即结束）/ disable an account (no sign-in; its sessions end)' : '启用账户 / enable an account',
        params: uuidParam,
        response: { 200: accountState },
      },
    }, async (request) => {
      const actor = actorOf(request);
      return setAccountDisabled(ctx, actor, await manageableUser(ctx, actor, request.params.id), disabled);
    });
  }

  r.post('/api/users/:id/unlock', {
    schema: {
      tags: ['auth'], summary: '解除登录锁定（所有地址）/ lift the sign-in lock (from every address)', params: uuidParam,
      response: { 200: accountState.extend({ addressesCleared: z.number().int() }) },
    },
  }, async (request) => {
    const actor = actorOf(request);
    return unlockAccount(ctx, actor, await manageableUser(ctx, actor, request.params.id));
  });
}
