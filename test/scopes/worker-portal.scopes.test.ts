// The phone pages' routes by role. The code routes are public (a worker registering has
// no account), so every role, signed in or not, gets the same answer, and it names nobody.
// The worker's own routes answer the signed-in worker about themselves only; an officer
// may act for a worker inside their region (?worker=), nobody else may use them.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { as } from '../session.js';
import { covers, ROLE_LOGINS, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = [...ROLE_LOGINS, 'anonymous'];

const OWN_ROUTES = [
  { method: 'GET', url: '/api/m/me' },
  { method: 'POST', url: '/api/m/offer', payload: { accept: true } },
  { method: 'PATCH', url: '/api/m/wishes', payload: { minWage: 3000 } },
  { method: 'POST', url: '/api/m/withdraw', payload: { reason: '' } },
  { method: 'GET', url: '/api/m/vacancies' },
] as const;

describeEachDatabase('worker phone page routes by role', (ctx) => {
  const world = useWorld(ctx);
  const send = (who: RoleLogin, url: string, payload: object, i: number) => {
    const options = { method: 'POST' as const, url, payload, remoteAddress: `10.77.0.${i + 1}` };
    return who === 'anonymous' ? world().app.inject(options) : world().app.inject(as(world().sessions[who], options));
  };

  it(covers('POST /api/m/code', 'POST /api/m/code/verify'), async () => {
    for (const [i, role] of ROLES.entries()) {
      const asked = await send(role, '/api/m/code', { phone: '13900001111' }, i);
      expect(asked.statusCode, role).toBe(200);
      expect(asked.json(), role).toEqual({ sent: true });
      // A guessed code gets the same refusal whoever asks: a session gives no way round it.
      const guessed = await send(role, '/api/m/code/verify', { phone: '13900001111', code: '12345' }, i);
      expect(guessed.statusCode, role).toBe(400);
      expect(guessed.body, role).not.toContain('13900001111');
    }
  });

  it(covers('GET /api/m/me', 'POST /api/m/offer', 'PATCH /api/m/wishes', 'POST /api/m/withdraw', 'GET /api/m/vacancies'), async () => {
    const w = world();
    for (const route of OWN_ROUTES) {
      const payload = 'payload' in route ? route.payload : undefined;
      const label = `${route.method} ${route.url}`;
      // Not signed in: refused before anything is read.
      expect((await w.request('anonymous', route.method, route.url, payload)).statusCode, label).toBe(401);
      // Employers and check-in staff have no worker to act as, and may not act for one.
      for (const role of ['employer', 'checkin-taiyuan'] as const) {
        expect((await w.request(role, route.method, `${route.url}?worker=${w.workers.A}`, payload)).statusCode, `${label} ${role}`).toBe(403);
      }
      // A worker naming someone else gets "not found", never the other's record.
      const other = await w.request('worker', route.method, `${route.url}?worker=${w.workers.A}`, payload);
      expect(other.statusCode, `${label} worker→A`).toBe(404);
      expect(other.body).not.toContain('标记A');
      // Officers reach their own region only: Xing county reaches A, not B (Datong) or C (Jiangsu).
      expect((await w.request('xingxian', route.method, `${route.url}?worker=${w.workers.B}`, payload)).statusCode, `${label} xingxian→B`).toBe(404);
      expect((await w.request('lvliang', route.method, `${route.url}?worker=${w.workers.C}`, payload)).statusCode, `${label} lvliang→C`).toBe(404);
      // An officer must say whom they act for.
      expect((await w.request('xingxian', route.method, route.url, payload)).statusCode, `${label} xingxian, nobody`).toBe(400);
    }
  });
});
