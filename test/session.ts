// Signing in over HTTP in tests, as each demo role.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { DEMO_PASSWORD } from '../src/demo/demo.accounts.js';

export type Session = { cookie: string; csrf: string };

export async function signIn(app: FastifyInstance, login: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0];
  return { cookie, csrf: (response.json() as { csrfToken: string }).csrfToken };
}

/** A request as the signed-in user, with the CSRF header on state-changing methods. */
export function as(session: Session, options: InjectOptions): InjectOptions {
  return { ...options, headers: { ...(options.headers ?? {}), cookie: session.cookie, 'x-csrf-token': session.csrf } };
}
