import type { AppContext } from '../app/context.js';
import type { PortalWho } from './assisted.js';
import type { MeJson } from './portal.schema.js';

export async function portalWorker(_ctx: AppContext, _who: PortalWho): Promise<MeJson['worker']> {
  throw new Error('not yet');
}

export async function myPortal(_ctx: AppContext, _who: PortalWho): Promise<MeJson> {
  throw new Error('not yet');
}
