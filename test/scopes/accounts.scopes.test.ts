// Account management by role: who may reset, disable, enable and unlock whom (404 outside
// reach, 403 for roles that manage nobody), and changing one's own password.
import { expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import { addUser } from '../../src/auth/users.service.js';
import { describeEachDatabase } from '../db.js';
import { signIn, TEST_PASSWORD } from '../session.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];
const TARGETS = ['inXingxian', 'inLinxian', 'henan', 'employer'] as const;
type Target = (typeof TARGETS)[number];
// Officers manage the officers, check-in staff and workers inside their region; employer
// accounts and other provinces' are the administrator's.
const REACH: Record<RoleLogin, Target[] | 'forbidden' | 'anonymous'> = {
  admin: ['inXingxian', 'inLinxian', 'henan', 'employer'],
  shanxi: ['inXingxian', 'inLinxian'],
  lvliang: ['inXingxian', 'inLinxian'],
  xingxian: ['inXingxian'],
  employer: 'forbidden',
  'checkin-taiyuan': 'forbidden',
  worker: 'forbidden',
  anonymous: 'anonymous',
};

function expectedStatus(role: RoleLogin, target: Target): number {
  const reach = REACH[role];
  if (reach === 'anonymous') return 401;
  if (reach === 'forbidden') return 403;
  return reach.includes(target) ? 200 : 404;
}

describeEachDatabase('account management by role', (ctx) => {
  const world = useWorld(ctx);

  async function targets(tag: string): Promise<Record<Target, string>> {
    const c = world().ctx;
    const make = async (login: string, region: string, role: string) =>
      (await addUser(c, CLI_ACTOR, { role, name: `目标 ${login}`, login: `${login}-${tag}`, password: TEST_PASSWORD, region })).id;
    const employer = await addUser(c, CLI_ACTOR, { role: 'employer', name: '目标 employer', login: `em-${tag}`, password: TEST_PASSWORD, employerId: world().employers.own });
    return {
      inXingxian: await make('xx', '141123', 'county'),
      inLinxian: await make('lx', '141124', 'county'),
      henan: await make('ha', '410000', 'province'),
      employer: employer.id,
    };
  }

  it(covers('POST /api/users/{id}/disable', 'POST /api/users/{id}/enable', 'POST /api/users/{id}/unlock'), async () => {
    const ids = await targets('state');
    for (const role of ROLES) {
      for (const target of TARGETS) {
        for (const verb of ['disable', 'enable', 'unlock']) {
          const response = await world().request(role, 'POST', `/api/users/${ids[target]}/${verb}`);
          expect(response.statusCode, `${role} ${verb} ${target}`).toBe(expectedStatus(role, target));
          if (response.statusCode === 404) expect(response.json()).toMatchObject({ type: 'not_found', zh: '找不到该账户' });
        }
      }
      // Ids that are no account, or no id at all, are just not found.
      if (REACH[role] !== 'forbidden' && REACH[role] !== 'anonymous') {
        for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
          expect((await world().request(role, 'POST', `/api/users/${id}/disable`)).statusCode, `${role} ${id}`).toBe(404);
        }
      }
    }
    // Nobody disables themselves (they would lock themselves out).
    const self = await world().ctx.db.selectFrom('users').select('id').where('login', '=', 'xingxian').executeTakeFirstOrThrow();
    const own = await world().request('xingxian', 'POST', `/api/users/${self.id}/disable`);
    expect(own.statusCode).toBe(400);
    expect(own.json()).toMatchObject({ en: 'you cannot disable your own account' });
  });

  it(covers('POST /api/users/{id}/password'), async () => {
    const ids = await targets('reset');
    for (const role of ROLES) {
      for (const target of TARGETS) {
        const response = await world().request(role, 'POST', `/api/users/${ids[target]}/password`, {});
        expect(response.statusCode, `${role} resets ${target}`).toBe(expectedStatus(role, target));
        if (response.statusCode === 200) expect((response.json() as { temporaryPassword: string }).temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/);
      }
    }
    // The one given is set instead, and must meet the rule; the reset is audited, never with the password.
    const given = await world().request('xingxian', 'POST', `/api/users/${ids.inXingxian}/password`, { password: 'chosen-by-officer-7' });
    expect(given.statusCode).toBe(200);
    expect(given.json()).not.toHaveProperty('temporaryPassword');
    await signIn(world().app, 'xx-reset', 'chosen-by-officer-7', '10.6.6.6');
    const weak = await world().request('xingxian', 'POST', `/api/users/${ids.inXingxian}/password`, { password: 'short' });
    expect([weak.statusCode, weak.json().field]).toEqual([400, 'password']);
    const audit = (await world().request('xingxian', 'GET', `/api/audit?action=user.password.reset&entity=${ids.inXingxian}`)).json() as { items: { after: unknown }[] };
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(audit.items)).not.toContain('chosen-by-officer-7');
    // Workers have no password to reset.
    const worker = await world().ctx.db.selectFrom('users').select('id').where('role', '=', 'worker').executeTakeFirstOrThrow();
    expect((await world().request('xingxian', 'POST', `/api/users/${worker.id}/password`, {})).statusCode).toBe(400);
  });

  it(covers('POST /api/auth/password'), async () => {
    const expected: Record<RoleLogin, number> = {
      admin: 200, shanxi: 200, lvliang: 200, xingxian: 200, employer: 200, 'checkin-taiyuan': 200, worker: 400, anonymous: 401,
    };
    for (const role of ROLES) {
      // The world's sessions were opened with the demo's generated passwords.
      const current = role === 'worker' || role === 'anonymous' ? 'whatever-1234' : world().passwords[role];
      const wrong = await world().request(role, 'POST', '/api/auth/password', { currentPassword: 'not-the-current-1', newPassword: 'a-new-password-42' });
      expect(wrong.statusCode, `${role} wrong current`).toBe(role === 'anonymous' ? 401 : 400);
      const response = await world().request(role, 'POST', '/api/auth/password', { currentPassword: current, newPassword: `${role}-new-password-42` });
      expect(response.statusCode, role).toBe(expected[role]);
      if (response.statusCode !== 200) continue;
      // The session that changed it stays; the new password signs in, the old one no longer.
      expect((await world().request(role, 'GET', '/api/auth/me')).statusCode).toBe(200);
      await signIn(world().app, role, `${role}-new-password-42`, '10.7.7.8');
      const old = await world().app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: role, password: current }, remoteAddress: '10.7.7.7' });
      expect(old.statusCode).toBe(401);
    }
  });
});
