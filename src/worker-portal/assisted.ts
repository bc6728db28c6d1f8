// Whose record a phone-page request is about: the signed-in worker's own, or, when an
// officer opens the pages on someone's behalf (a village service point), the worker named
// by ?worker= inside the officer's reach. Anyone else, or anyone out of reach, gets the
// same "not found", so ids cannot be probed.
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { domainError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { findWorkerInReach } from './portal.repository.js';

export type PortalWho = {
  province: string;
  id: string;
  campaignId: string;
  regionCode: string;
  actor: Actor;
  /** The officer's login when assisted, else null. */
  assistedBy: string | null;
};

export const workerNotFound = (id: string) =>
  domainError({ code: 'not_found', record: `worker ${id}`, zh: '找不到该劳动力', en: 'no such worker' });

export function mayAssist(actor: Actor): boolean {
  return actor.scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role));
}

export async function whoFor(ctx: AppContext, actor: Actor, requested: string | undefined): Promise<PortalWho> {
  const { scope } = actor;
  if (scope.kind === 'worker') {
    if (requested !== undefined && requested !== scope.workerId) throw workerNotFound(requested);
    const found = await findWorkerInReach(ctx.db, scope, scope.workerId);
    if (!found) throw workerNotFound(scope.workerId);
    return { ...found, actor, assistedBy: null };
  }
  if (!mayAssist(actor)) {
    throw domainError({ code: 'forbidden', zh: '只有劳动力本人或辖区官员可以使用此页面', en: 'only the worker, or an officer of their region, may use these pages' });
  }
  if (!requested) {
    throw domainError({ code: 'invalid_input', field: 'worker', zh: '代办时须指定劳动力（worker 参数）', en: 'when assisting, name the worker (the worker parameter)' });
  }
  const found = isUuid(requested) ? await findWorkerInReach(ctx.db, scope, requested) : undefined;
  if (!found) throw workerNotFound(requested);
  return { ...found, actor, assistedBy: actor.login };
}

/** The actor string for journey events, and what they record about assistance. */
export function eventActor(who: PortalWho): { actor: string; data: Record<string, unknown> } {
  return who.assistedBy ? { actor: who.assistedBy, data: { assisted: true, by: who.assistedBy } } : { actor: 'worker', data: {} };
}
