// API errors as the browser sees them: the server's application/problem+json (zh, en,
// field) turned into one typed error, so every page shows the message in the user's
// language and names the field.
import type { Language } from '../i18n';

export type Problem = {
  status: number;
  type: string;
  zh: string;
  en: string;
  field?: string;
  record?: string;
  /** Every broken field, when a form's fields were refused together. */
  issues?: { field: string; zh: string; en: string }[];
};

export type ApiError = Error & { problem: Problem };

export function apiError(problem: Problem): ApiError {
  const error = new Error(`${problem.status} ${problem.zh} / ${problem.en}`) as ApiError;
  error.name = 'ApiError';
  error.problem = problem;
  return error;
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof Error && value.name === 'ApiError' && 'problem' in value;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads a failed response's body; anything that is not problem+json still becomes a Problem. */
export async function problemOf(response: Response): Promise<Problem> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.clone().json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status line below.
  }
  return {
    status: response.status,
    type: text(body.type) ?? 'http_error',
    zh: text(body.zh) ?? `请求失败（${response.status}）`,
    en: text(body.en) ?? `request failed (${response.status} ${response.statusText})`.trim(),
    field: text(body.field),
    issues: Array.isArray(body.issues) && body.issues.every((i) => i && typeof i === 'object' && typeof (i as { zh?: unknown }).zh === 'string')
      ? (body.issues as { field: string; zh: string; en: string }[])
      : undefined,
    record: text(body.record),
  };
}

export const NETWORK_PROBLEM: Problem = { status: 0, type: 'network', zh: '无法连接服务器', en: 'cannot reach the server' };

/** The message for the user, in their language, naming the field when there is one. */
export function messageOf(error: unknown, language: Language): { message: string; field?: string } {
  if (isApiError(error)) {
    const p = error.problem;
    return { message: language === 'en' ? p.en : p.zh, field: p.field };
  }
  if (error instanceof TypeError) return { message: language === 'en' ? NETWORK_PROBLEM.en : NETWORK_PROBLEM.zh };
  return { message: error instanceof Error ? error.message : String(error) };
}
