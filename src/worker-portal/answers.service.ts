import type { AppContext } from '../app/context.js';
import type { PortalWho } from './assisted.js';

export async function answerOffer(_ctx: AppContext, _who: PortalWho, _body: { accept: boolean; reason?: string }): Promise<{ answer: 'accepted' | 'declined' }> {
  throw new Error('not yet');
}
export async function changeWishes(_ctx: AppContext, _who: PortalWho, _body: { industries?: string[]; destinations?: string[]; minWage?: number; certificates?: string[] }): Promise<void> {
  throw new Error('not yet');
}
export async function withdrawFromCampaign(_ctx: AppContext, _who: PortalWho, _reason: string): Promise<void> {
  throw new Error('not yet');
}
