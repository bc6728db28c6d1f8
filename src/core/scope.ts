// A user's reach is a region code prefix ('' the country, '14' Shanxi, '1411' Lüliang,
// '141123' Xing county). Filters a user asks for can only narrow it, never widen it.
import { regionPrefix } from './regions.js';

/** '140000' → '14'; '1411' stays; '' stays. Anything that is not digits → undefined. */
export function toPrefix(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  return trimmed.length === 6 ? regionPrefix(trimmed) : trimmed;
}

/**
 * The prefix to query with: the narrower of scope and request, or null when they are
 * disjoint (the answer is then empty, not an error, so nothing can be probed).
 */
export function narrowScope(scope: string, requested?: string): string | null {
  if (requested === undefined) return scope;
  const prefix = toPrefix(requested);
  if (prefix === undefined) return null;
  if (prefix.startsWith(scope)) return prefix;
  if (scope.startsWith(prefix)) return scope;
  return null;
}

/**
 * What a signed-in user may reach. Officers and administrators reach a region prefix;
 * an employer its own vacancies and the workers assigned to them; check-in staff the
 * workers of their gathering point; a worker their own record.
 */
export type Scope =
  | { kind: 'region'; prefix: string }
  | { kind: 'employer'; employerId: string }
  | { kind: 'gathering'; gatheringPointId: string; servesPrefix: string }
  | { kind: 'worker'; province: string; workerId: string }
  | { kind: 'none' };

export const WHOLE_COUNTRY: Scope = { kind: 'region', prefix: '' };

/** Whether `inner` lies inside `outer` (both prefixes; '' is the whole country). */
export function inScopePrefix(outer: string, inner: string): boolean {
  return outer !== '-' && inner.startsWith(outer);
}
