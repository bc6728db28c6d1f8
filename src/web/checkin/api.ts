// The few server calls the check-in page makes. Types come from the OpenAPI document
// (schema.d.ts); failures come back as a Problem (the server's zh/en, or offline) rather
// than a throw. The CSRF token lives in memory only: after a reload it is fetched again
// from /api/auth/me before the first write.
import type { paths } from '../api/schema';
import { problemOf } from '../api/errors';

export type Problem = { status: number; zh: string; en: string; field?: string; offline?: boolean };
export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;
export type Manifest = Json<'/api/checkin/manifest', 'get'>;
export type ManifestTrip = Manifest['trips'][number];
export type ManifestPassenger = Manifest['passengers'][number];
export type ArrivalManifest = Json<'/api/arrivals/manifest', 'get'>;
export type ArrivalTrip = ArrivalManifest['trips'][number];
export type ArrivalPassenger = ArrivalManifest['passengers'][number];
/** Check-ins and arrivals answer with the same batch shape. */
export type BatchAnswer = Json<'/api/checkins', 'post'>;
export type DepartureAnswer = Json<'/api/trips/{id}/departure', 'post'>;
export type Me = Json<'/api/auth/me', 'get'>;
export type LoginAnswer = Json<'/api/auth/login', 'post'>;

let csrfToken: string | undefined;

export function setCsrf(token: string | undefined): void {
  csrfToken = token;
}

export const OFFLINE: Problem = { status: 0, zh: '网络中断', en: 'offline', offline: true };

export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    if (!csrfToken && path !== '/api/auth/login') {
      const me = await call<Me>('GET', '/api/auth/me');
      if (!me.ok) return me;
      csrfToken = me.data.csrfToken;
    }
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, problem: OFFLINE };
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    return { ok: false, problem: { status: problem.status, zh: problem.zh, en: problem.en, field: problem.field } };
  }
  try {
    return { ok: true, data: (await response.json()) as T };
  } catch {
    return { ok: false, problem: OFFLINE };
  }
}
