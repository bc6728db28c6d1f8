// The one HTTP client of the console, typed from the server's OpenAPI document
// (schema.d.ts, generated: `npm run gen:api`). It sends the session cookie, adds the
// session's CSRF token to state-changing requests, turns failures into ApiError and sends
// the user to the sign-in page when the session has ended.
import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { apiError, problemOf } from './errors';
import type { paths } from './schema';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** Set from the sign-in response and from GET /api/auth/me (after a reload). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The app shell registers where a 401 leads (the sign-in page). */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

const session: Middleware = {
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set(CSRF_HEADER, csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const problem = await problemOf(response);
    // A 401 from who-am-I or sign-in is an answer, not an ended session.
    const path = new URL(request.url).pathname;
    if (problem.status === 401 && path !== '/api/auth/me' && path !== '/api/auth/login') onUnauthorized?.();
    throw apiError(problem);
  },
};

export const fetchClient = createFetchClient<paths>({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin' });
fetchClient.use(session);

/** TanStack Query hooks over the typed client: `api.useQuery('get', '/api/campaigns')`. */
export const api = createQueryClient(fetchClient);
