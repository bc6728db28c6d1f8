// One account of each role for the demo. No published password: each account gets a
// random one when it is created, shown once on the console and kept (mode 600) in the
// data folder's demo-logins.txt; a real deployment makes its own accounts with
// `menkou users add` and manages them with `menkou users reset|disable|…`.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { systemActor } from '../auth/audit.service.js';
import { findUserByLogin } from '../auth/auth.repository.js';
import { issueLoginCode, workerLogin } from '../auth/auth.service.js';
import { generatePassword } from '../auth/passwords.js';
import { addUser } from '../auth/users.service.js';
import { findDemoPeople } from './demo.repository.js';

/** `password` only for an account created just now (an earlier demo's keep theirs). */
export type DemoLogin = { role: string; login: string; scope: string; password?: string };
export type DemoAccounts = { logins: DemoLogin[]; workerCode?: { phone: string; code: string } };

/** `actor`: who builds the demo (the CLI's OS user), named on each account's creation in the audit log. */
export async function createDemoAccounts(ctx: AppContext, campaignId: string, actor: Actor = systemActor('demo')): Promise<DemoAccounts> {
  const people = await findDemoPeople(ctx.db, campaignId);
  const logins: DemoLogin[] = [];
  const add = async (role: string, login: string, extra: Record<string, string | undefined>, scope: string): Promise<void> => {
    // A second demo in the same database keeps the first one's accounts and passwords.
    if (await findUserByLogin(ctx.db, login)) {
      logins.push({ role, login, scope });
      return;
    }
    const password = generatePassword();
    await addUser(ctx, actor, { role, name: `演示 demo ${role}`, login, password, ...extra });
    logins.push({ role, login, scope, password });
  };
  await add('admin', 'admin', {}, '全国 all');
  await add('province', 'shanxi', { region: '140000' }, '14 山西省');
  await add('city', 'lvliang', { region: '141100' }, '1411 吕梁市');
  await add('county', 'xingxian', { region: '141123' }, '141123 兴县');
  if (people.employerId) await add('employer', 'employer', { employerId: people.employerId }, people.employerName ?? '');
  if (people.gatheringPointId) await add('checkin', 'checkin-taiyuan', { gatheringPointId: people.gatheringPointId }, people.gatheringPointName ?? '');
  let workerCode: { phone: string; code: string } | undefined;
  const phone = people.workerPhoneEnc ? ctx.vault.decrypt(people.workerPhoneEnc) : undefined;
  if (people.workerId && phone) {
    if (!(await findUserByLogin(ctx.db, workerLogin(ctx, phone)))) {
      await addUser(ctx, actor, { role: 'worker', name: '演示 demo worker', workerId: people.workerId });
    }
    // A code valid for a week, so the demo worker can sign in without an SMS gateway.
    const issued = await issueLoginCode(ctx, phone, 7 * 24 * 60);
    if (issued) workerCode = { phone, code: issued.code };
    logins.push({ role: 'worker', login: phone, scope: '本人 own record' });
  }
  return { logins, workerCode };
}
