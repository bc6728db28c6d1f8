import type { z } from 'zod';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import type { PortalWho } from './assisted.js';
import type { interestedResponse, vacancyDetail, vacancyList } from './portal.schema.js';

export async function portalVacancies(_ctx: AppContext, _who: PortalWho, _q: { industry?: string; province?: string; minWage?: number; page: number }): Promise<z.infer<typeof vacancyList>> {
  throw new Error('not yet');
}
export async function portalVacancy(_ctx: AppContext, _who: PortalWho, _id: string): Promise<z.infer<typeof vacancyDetail>> {
  throw new Error('not yet');
}
export async function markVacancyInterest(_ctx: AppContext, _who: PortalWho, _id: string, _on: boolean): Promise<{ interested: boolean }> {
  throw new Error('not yet');
}
export async function interestedWorkers(_ctx: AppContext, _actor: Actor, _id: string): Promise<z.infer<typeof interestedResponse>> {
  throw new Error('not yet');
}
