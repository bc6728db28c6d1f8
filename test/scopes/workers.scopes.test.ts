// Who may see and change which worker: every workers route, as every role, with records
// inside and outside that role's reach. Outside answers 404 (ids can't be probed).
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { makeIdNumber } from '../../src/core/id-number.js';
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
      // Search, like every filter, only narrows: the marked workers by name, and C by its phone's last digits.
      const found = (await world().request(role, 'GET', `/api/workers?q=${encodeURIComponent('标记')}&pageSize=500`)).json() as { items: { name: string }[] };
      expect(found.items.map((w) => w.name.slice(2)).sort(), `${role} searching`).toEqual(MARKS.filter((m) => m !== 'self' && REACH[role].includes(m)));
      const byPhone = (await world().request(role, 'GET', '/api/workers?q=0002&pageSize=500')).json() as { items: { id: string }[] };
      expect(byPhone.items.some((w) => w.id === world().workers.C), `${role} finds C by phone`).toBe(REACH[role].includes('C'));
    }
  });

  it(covers('POST /api/workers'), async () => {
    const managers: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian'];
    let seq = 601;
    const body = (origin: string) => ({
      campaign: world().campaignId, name: '代登记', idNumber: makeIdNumber(origin, '1991-07-07', (seq += 2)), phone: '13912340000', origin,
    });
    for (const role of ROLES) {
      // 兴县 lies in every officer's reach; 平城区 (Datong) only in the province's.
      for (const origin of ['141123', '140213']) {
        const response = await world().request(role, 'POST', '/api/workers', body(origin));
        const inReach = role === 'admin' || role === 'shanxi' || origin === '141123';
        const expected = role === 'anonymous' ? 401 : !managers.includes(role) ? 403 : inReach ? 201 : 400;
        expect(response.statusCode, `${role} registers in ${origin}`).toBe(expected);
        if (expected === 400) expect((response.json() as { field: string }).field).toBe('origin');
        if (expected === 201) {
          const worker = response.json() as { id: string; idMasked: string; regionCode: string };
          expect(worker.regionCode).toBe(origin);
          expect((await world().request(role, 'GET', `/api/workers/${worker.id}`)).statusCode).toBe(200);
        }
      }
    }
    // A campaign outside the officer's reach is not found, as if it did not exist.
    const other = await world().request('xingxian', 'POST', '/api/workers', { ...body('141123'), campaign: world().otherCampaignId });
    expect(other.statusCode).toBe(404);
    // Someone already registered: the officer who reaches them is told who; another only that they exist.
    // (Read from the store, not revealed: the reveal test counts its audit entries.)
    const idNumberOf = async (id: string) => world().ctx.vault.decrypt(
      (await world().ctx.db.selectFrom('workers').select('id_enc').where('id', '=', id).executeTakeFirstOrThrow()).id_enc);
    const a = { idNumber: await idNumberOf(world().workers.A) };
    const again = await world().request('xingxian', 'POST', '/api/workers', { ...body('141123'), idNumber: a.idNumber });
    expect(again.statusCode).toBe(409);
    expect((again.json() as { record: string }).record).toBe(`worker ${world().workers.A}`);
    const b = { idNumber: await idNumberOf(world().workers.B) };
    const elsewhere = await world().request('xingxian', 'POST', '/api/workers', { ...body('141123'), idNumber: b.idNumber });
    expect(elsewhere.statusCode).toBe(409);
    expect(JSON.stringify(elsewhere.json())).not.toContain(world().workers.B);
    const audit = (await world().request('admin', 'GET', '/api/audit?action=worker.register&pageSize=100')).json() as { items: unknown[] };
    expect(audit.items).toHaveLength(6); // admin ×2, shanxi ×2, lvliang, xingxian
    // Two officers registering the same new person at the same moment: one is stored, the
    // other is told it exists (never a silent update of the first).
    const twin = { ...body('141123'), name: '同时登记' };
    const both = await Promise.all([
      world().request('xingxian', 'POST', '/api/workers', twin),
      world().request('lvliang', 'POST', '/api/workers', { ...twin, name: '同时登记乙' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const stored = await world().ctx.db.selectFrom('workers').select(['name']).where('name', 'in', ['同时登记', '同时登记乙']).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.name).toBe((both.find((r) => r.statusCode === 201)?.json() as { name: string }).name);
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
    const entries = (audit.json() as { items: { actorLogin: string; before: { minWage: number }; after: { minWage: number } }[] }).items;
    expect(entries.map((e) => e.actorLogin).sort()).toEqual(['admin', 'lvliang', 'shanxi', 'xingxian']);
    expect(entries.every((e) => e.after.minWage === 4100)).toBe(true);
    // A corrected name is held to the import's rule: a right-to-left override is refused, naming the field.
    const spoofed = await world().request('xingxian', 'PATCH', `/api/workers/${world().workers.A}`, { name: '张\u202E三' });
    expect([spoofed.statusCode, (spoofed.json() as { field?: string }).field]).toEqual([400, 'name']);
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
    // With the list's filters the export holds what the table shows: here the marked workers in reach.
    for (const role of ['admin', 'shanxi', 'lvliang', 'xingxian'] as const) {
      const response = await world().request(role, 'GET', `/api/workers/export?q=${encodeURIComponent('标记')}&priority=true`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const names: string[] = [];
      workbook.worksheets[0].eachRow((row, n) => { if (n > 1) names.push(String(row.getCell(1).value)); });
      expect(names.map((n) => n.slice(2)).sort(), role).toEqual((['A', 'B', 'C', 'D'] as const).filter((m) => REACH[role].includes(m)));
    }
  });
});
