import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import type { Session } from '../auth/auth.service.js';
import type { RegisterBody } from './portal.schema.js';

export async function registerFromPhone(_ctx: AppContext, _actor: Actor | null, _body: RegisterBody, _ip: string): Promise<{ workerId: string; linked: boolean; session: Session | null }> {
  throw new Error('not yet');
}
