// Who may see and change which worker: every workers route, as every role, with records
// inside and outside that role's reach. Outside answers 404 (ids can't be probed).
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

type Mark = 'A' | 'B' | 'C' | 'D' | 'self';

// Exactly which marked workers each role reaches.
const REACH: Record<RoleLogin, Mark[]> = {
  admin: ['A', 'B', 'C', 'D', 'self'],
  shanxi: ['A', 'B', 'D', 'self'],
  lvliang: ['A', 'self'],
  xingxian: ['A', 'self'],
  employer: ['A'],
  'checkin-taiyuan': ['D'],
  worker: ['self'],
  anonymous: [],
};
const MARKS: Mark[] = ['A', 'B', 'C', 'D', 'self'];
const ROLES = Object.keys(REACH) as RoleLogin[];

describeEachDatabase('workers routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/workers/{id}'), async () => {
    for (const role of ROLES) {
      for (const mark of MARKS) {
        const response = await world().request(role, 'GET', `/api/workers/${world().workers[mark]}`);
        const expected = role === 'anonymous' ? 401 : REACH[role].includes(mark) ? 200 : 404;
        expect(response.statusCode, `${role} → ${mark}`).toBe(expected);
      }
    }
  });

  it(covers('GET /api/workers/{id}/events'), async () => {
    for (const role of ROLES) {
      for (const mark of MARKS) {
        const response = await world().request(role, 'GET', `/api/workers/${world().workers[mark]}/events`);
        expect(response.statusCode, `${role} → ${mark}`).toBe(role === 'anonymous' ? 401 : REACH[role].includes(mark) ? 200 : 404);
      }
    }
  });

  it(covers('GET /api/workers'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/workers?pageSize=500&priority=true');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const ids = new Set((response.json() as { items: { id: string }[] }).items.map((w) => w.id));
      for (const mark of ['A', 'B', 'C', 'D'] as const) expect(ids.has(world().workers[mark]), `${role} lists ${mark}`).toBe(REACH[role].includes(mark));
      // A filter can narrow the reach, never widen it.
      const widened = await world().request(role, 'GET', '/api/workers?region=32&pageSize=500');
      const total = (widened.json() as { total: number }).total;
      expect(total, `${role} asking for Jiangsu`).toBe(REACH[role].includes('C') ? 1 : 0);
    }
  });

  it(covers('PATCH /api/workers/{id}'), async () => {
    const managers: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian'];
    for (const role of ROLES) {
      for (const mark of ['A', 'B', 'C'] as const) {
        const response = await world().request(role, 'PATCH', `/api/workers/${world().workers[mark]}`, { minWage: 4100 });
        const expected = role === 'anonymous' ? 401 : !REACH[role].includes(mark) ? 404 : managers.includes(role) ? 200 : 403;
        expect(response.statusCode, `${role} → ${mark}`).toBe(expected);
      }
    }
    const audit = await world().request('admin', 'GET', `/api/audit?action=worker.update&entity=${world().workers.A}`);
    const entries = (audit.json() as { items: { actor_login: string; before: { minWage: number }; after: { minWage: number } }[] }).items;
    expect(entries.map((e) => e.actor_login).sort()).toEqual(['admin', 'lvliang', 'shanxi', 'xingxian']);
    expect(entries.every((e) => e.after.minWage === 4100)).toBe(true);
  });

  it(covers('POST /api/workers/{id}/withdraw'), async () => {
    // C only: A is assigned in the shared world and must stay in the running.
    for (const role of ROLES) {
      const response = await world().request(role, 'POST', `/api/workers/${world().workers.C}/withdraw`, { reason: 'test' });
      const expected = role === 'anonymous' ? 401 : !REACH[role].includes('C') ? 404 : 200;
      expect(response.statusCode, `${role} → C`).toBe(expected);
      if (role === 'employer') {
        // In the employer's reach (assigned to it), but not theirs to withdraw.
        expect((await world().request(role, 'POST', `/api/workers/${world().workers.A}/withdraw`, { reason: 'test' })).statusCode).toBe(403);
      }
    }
    expect(((await world().request('admin', 'GET', `/api/workers/${world().workers.C}`)).json() as { status: string }).status).toBe('withdrawn');
  });

  it(covers('POST /api/workers/{id}/reveal'), async () => {
    const revealers: RoleLogin[] = ['admin', 'shanxi', 'xingxian'];
    for (const role of ROLES) {
      for (const mark of ['A', 'B', 'C'] as const) {
        const response = await world().request(role, 'POST', `/api/workers/${world().workers[mark]}/reveal`);
        const expected = role === 'anonymous' ? 401 : !REACH[role].includes(mark) ? 404 : revealers.includes(role) ? 200 : 403;
        expect(response.statusCode, `${role} → ${mark}`).toBe(expected);
        if (expected === 200) expect((response.json() as { idNumber: string }).idNumber).toMatch(/^\d{17}[\dX]$/);
      }
    }
    const audit = (await world().request('admin', 'GET', '/api/audit?action=worker.reveal&pageSize=100')).json() as {
      items: { actor_login: string; entity_id: string; ip: string | null; at: string }[];
    };
    expect(audit.items).toHaveLength(6); // admin A,B,C; shanxi A,B; xingxian A
    expect(audit.items.every((e) => e.ip && e.at)).toBe(true);
    const county = (await world().request('xingxian', 'GET', '/api/audit?action=worker.reveal&pageSize=100')).json() as { items: unknown[] };
    expect(county.items).toHaveLength(3); // the reveals of A, which lies in 141123
  });

  it(covers('GET /api/workers/export'), async () => {
    const counts: Partial<Record<RoleLogin, number>> = {};
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/workers/export');
      const expected = role === 'anonymous' ? 401 : ['admin', 'shanxi', 'lvliang', 'xingxian'].includes(role) ? 200 : 403;
      expect(response.statusCode, role).toBe(expected);
      if (expected === 200) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
        counts[role] = workbook.worksheets[0].rowCount - 1;
      }
    }
    // Each officer exports exactly what they can list.
    for (const role of ['admin', 'shanxi', 'lvliang', 'xingxian'] as const) {
      const listed = (await world().request(role, 'GET', '/api/workers?pageSize=1')).json() as { total: number };
      expect(counts[role], role).toBe(listed.total);
    }
    expect(counts.admin ?? 0).toBeGreaterThan(counts.shanxi ?? 0);
    expect(counts.shanxi ?? 0).toBeGreaterThan(counts.lvliang ?? 0);
    expect(counts.lvliang ?? 0).toBeGreaterThan(counts.xingxian ?? 0);
  });
});
