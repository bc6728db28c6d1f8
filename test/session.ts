// Signing in over HTTP in tests, as each demo role.
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { DemoAccounts } from '../src/demo/demo.accounts.js';

export type Session = { cookie: string; csrf: string };

/** A password that meets the rule, for accounts tests make themselves. */
export const TEST_PASSWORD = 'test-password-2021';

/** The password a demo build generated for one of its accounts. */
export function demoPassword(demo: { accounts: DemoAccounts }, login: string): string {
  const password = demo.accounts.logins.find((l) => l.login === login)?.password;
  if (!password) throw new Error(`the demo made no password for ${login}`);
  return password;
}

/** Signs in with a password, or with the one a demo build generated for `login`. */
export async function signIn(app: FastifyInstance, login: string, from: string | { accounts: DemoAccounts }, remoteAddress?: string): Promise<Session> {
  const password = typeof from === 'string' ? from : demoPassword(from, login);
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password }, remoteAddress });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0];
  return { cookie, csrf: (response.json() as { csrfToken: string }).csrfToken };
}

/** A request as the signed-in user, with the CSRF header on state-changing methods. */
export function as(session: Session, options: InjectOptions): InjectOptions {
  return { ...options, headers: { ...(options.headers ?? {}), cookie: session.cookie, 'x-csrf-token': session.csrf } };
}
