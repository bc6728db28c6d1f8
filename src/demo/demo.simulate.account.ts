// The simulator's own officer account (province of Shanxi): it signs in with a password
// like anyone, so the day goes through the same login, CSRF and scope checks. The password
// is made afresh on every run and never shown or stored anywhere but as its hash.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { findUserByLogin } from '../auth/auth.repository.js';
import { resetPassword } from '../auth/accounts.service.js';
import { generatePassword } from '../auth/passwords.js';
import { addUser } from '../auth/users.service.js';
import { DEMO_CAMPAIGN } from './demo.data.js';

export const SIMULATOR_LOGIN = 'demo-day';

export async function ensureSimulatorOfficer(ctx: AppContext, actor: Actor): Promise<{ login: string; password: string }> {
  const password = generatePassword();
  const existing = await findUserByLogin(ctx.db, SIMULATOR_LOGIN);
  if (existing) await resetPassword(ctx, actor, existing, password);
  else await addUser(ctx, actor, { role: 'province', name: '发车日模拟 departure-day simulator', login: SIMULATOR_LOGIN, password, region: DEMO_CAMPAIGN.regionCode });
  return { login: SIMULATOR_LOGIN, password };
}
