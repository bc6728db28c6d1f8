// One small fetch helper for the phone pages: the session cookie rides along, writes carry
// the CSRF token, an officer's assisted visit adds ?worker=<id> to every /api/m call, and
// every failure comes back as a Problem (the server's zh/en/field, or 'offline' when the
// network dropped) instead of a throw, so each page can show it and offer a retry.
import { problemOf } from '../api/errors';

export type Problem = { status: number; zh: string; en: string; field?: string; offline?: boolean; issues?: { field: string; zh: string; en: string }[] };
export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

let csrfToken: string | undefined;
let assistedWorker: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The token for a write that cannot go through call() (a multipart upload). */
export function csrfTokenNow(): string | undefined {
  return csrfToken;
}

/** In assisted mode (an officer at a village service point) the worker being helped. */
export function setAssistedWorker(id: string | undefined): void {
  assistedWorker = id;
}

export const OFFLINE: Problem = { status: 0, zh: '', en: '', offline: true };

type Query = Record<string, string | number | boolean | undefined>;

export function urlOf(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  if (assistedWorker && path.startsWith('/api/m/')) params.set('worker', assistedWorker);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, options: { body?: unknown; query?: Query } = {}): Promise<Result<T>> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method, headers, credentials: 'same-origin', body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, problem: OFFLINE };
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    return { ok: false, problem: { status: problem.status, zh: problem.zh, en: problem.en, field: problem.field, issues: problem.issues } };
  }
  try {
    const text = await response.text();
    return { ok: true, data: (text ? JSON.parse(text) : {}) as T };
  } catch {
    // The connection broke mid-answer.
    return { ok: false, problem: OFFLINE };
  }
}
