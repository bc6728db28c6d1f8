// Who is asking. Every service and repository call that reads or writes people's data
// takes the actor's scope; routes get the actor from the session, the CLI acts as the
// local administrator (it runs on the server with the database's own key).
import type { Scope } from '../core/scope.js';

export const ROLES = ['admin', 'province', 'city', 'county', 'employer', 'checkin', 'worker'] as const;
export type Role = (typeof ROLES)[number];

export const OFFICER_ROLES: readonly Role[] = ['province', 'city', 'county'];

export type Actor = {
  userId: string | null;
  login: string;
  name: string;
  role: Role;
  scope: Scope;
  ip?: string;
};

export const CLI_ACTOR: Actor = { userId: null, login: 'cli', name: '命令行 CLI', role: 'admin', scope: { kind: 'region', prefix: '' } };

/** Length of the region prefix each officer role holds: 14, 1411, 141123. */
export const PREFIX_LENGTH: Partial<Record<Role, number>> = { province: 2, city: 4, county: 6 };

export function isOfficer(role: Role): boolean {
  return OFFICER_ROLES.includes(role);
}

/** Full identity numbers and phones: province and county officers (and administrators). */
export function mayReveal(actor: Actor): boolean {
  return actor.role === 'province' || actor.role === 'county' || actor.role === 'admin';
}

/** Imports, exports, allocation, planning: officers and administrators. */
export function mayManage(actor: Actor): boolean {
  return actor.role === 'admin' || isOfficer(actor.role);
}

export function regionPrefixOf(actor: Actor): string | undefined {
  return actor.scope.kind === 'region' ? actor.scope.prefix : undefined;
}
