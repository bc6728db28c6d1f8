// Response shapes of the sign-in routes. They are published in the OpenAPI document, from
// which the web console's client is typed, so the browser never restates them by hand.
import { z } from 'zod';
import { fullName } from '../core/regions.js';
import { type Actor, ROLES } from './actor.js';

export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region'), prefix: z.string() }),
  z.object({ kind: z.literal('employer'), employerId: z.string() }),
  z.object({ kind: z.literal('gathering'), gatheringPointId: z.string(), servesPrefix: z.string() }),
  z.object({ kind: z.literal('worker'), province: z.string(), workerId: z.string() }),
  z.object({ kind: z.literal('none') }),
]).describe('可访问范围 / what the user reaches');

export const userSchema = z.object({
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  scope: scopeSchema,
  region: z.object({ code: z.string(), name: z.string() }).nullable().describe('officers: the region they work for / 辖区'),
});

export const loginResponse = z.object({
  user: userSchema,
  csrfToken: z.string().describe('状态变更请求需带 x-csrf-token 头 / send as the x-csrf-token header on state-changing requests'),
});

/** The signed-in user, with the session's CSRF token so a reloaded page can still write. */
export const meResponse = userSchema.extend({ csrfToken: z.string() });

export type UserJson = z.infer<typeof userSchema>;

export function userJson(actor: Actor): UserJson {
  const prefix = actor.scope.kind === 'region' ? actor.scope.prefix : '';
  const code = prefix ? prefix.padEnd(6, '0') : '';
  const name = code ? fullName(code) : undefined;
  return { login: actor.login, name: actor.name, role: actor.role, scope: actor.scope, region: name ? { code, name } : null };
}
