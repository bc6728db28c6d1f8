// Who may write which departure-day record, and the small helpers every operation shares.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Actor } from '../auth/actor.js';
import { isOfficer } from '../auth/actor.js';
import { domainError } from '../core/errors.js';
import type { WriterRef } from './records.repository.js';

export function isManager(actor: Actor): boolean {
  return actor.role === 'admin' || isOfficer(actor.role);
}

function forbidden(zh: string, en: string): Error {
  return domainError({ code: 'forbidden', zh, en });
}

/** Check-ins and departures: the point's check-in staff, officers and administrators. */
export function assertBoarding(actor: Actor): void {
  if (actor.role === 'checkin' || isManager(actor)) return;
  throw forbidden('只有集合点检录人员或人社部门可以登记', 'only check-in staff of the gathering point or officers may record boarding');
}

/** Arrival handover: the employer of the trip's workers, officers and administrators. */
export function assertArrival(actor: Actor): void {
  if (actor.role === 'employer' || isManager(actor)) return;
  throw forbidden('只有用工企业或人社部门可以登记交接', 'only the employer or officers may record the handover');
}

/** Rebooking, cancelling, the needs-attention list: officers and administrators. */
export function assertOfficer(actor: Actor): void {
  if (isManager(actor) && actor.scope.kind === 'region') return;
  throw forbidden('只有人社部门可以操作', 'only officers may do this');
}

export function officerPrefix(actor: Actor): string {
  assertOfficer(actor);
  return actor.scope.kind === 'region' ? actor.scope.prefix : '-';
}

export function writerOf(actor: Actor, deviceId: string | null): WriterRef {
  return { deviceId, actorId: actor.userId, actorLogin: actor.login };
}

export function contentHash(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The instant of an ISO time as milliseconds, or NaN. */
export function instant(text: string): number {
  return new Date(text).getTime();
}

/** The calendar day of an instant in China (UTC+8). */
export function chinaDay(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Campaign ids whose day changed, so live boards in this process refresh. */
export const boardChanges = new EventEmitter();
boardChanges.setMaxListeners(0);
export function announceChange(campaignId: string): void {
  boardChanges.emit('change', campaignId);
}
