// Every text that comes in (query parameters, path parameters, JSON body fields and keys)
// is checked here, at the edge, before any route sees it: a control character (NUL, which
// PostgreSQL refuses, or any other C0/C1 code, DEL) or a broken UTF-16 surrogate is a 400
// naming the field, never a 500 from the store and never a stored oddity.
import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../core/errors.js';

// Bodies may carry tabs and line breaks (notes, addresses); query and path never. With the
// u flag, a surrogate range matches only a lone (broken) surrogate, never a proper pair.
const BODY_BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;
const LINE_BAD = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/u;

export type BadText = { field: string; codePoint: string };

function codePointOf(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// Plain data only: objects whose prototype is Object's, none, or an empty null-prototype
// one (the query parser's); streams, buffers and dates are not walked.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/** The first field holding a forbidden character, walking plain objects and arrays. */
export function findBadText(value: unknown, where: string, pattern: RegExp, depth = 0): BadText | undefined {
  if (typeof value === 'string') return pattern.test(value) ? { field: where, codePoint: codePointOf(value, pattern) } : undefined;
  if (depth > 32) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findBadText(value[i], `${where}.${i}`, pattern, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined; // streams, buffers, multipart parts
  for (const [key, inner] of Object.entries(value)) {
    const field = `${where}.${key.replace(pattern, '?')}`;
    if (pattern.test(key)) return { field, codePoint: codePointOf(key, pattern) };
    const found = findBadText(inner, field, pattern, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const bad = findBadText(request.params, 'params', LINE_BAD)
      ?? findBadText(request.query, 'query', LINE_BAD)
      ?? findBadText(request.body, 'body', BODY_BAD);
    if (bad) {
      throw invalidInput(undefined, bad.field, {
        zh: `${bad.field} 含有控制字符或损坏的字符（${bad.codePoint}），请删除后重试`,
        en: `${bad.field} contains a control or broken character (${bad.codePoint}): remove it and try again`,
      });
    }
  });
}
