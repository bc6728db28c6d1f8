// The day's passenger list and the reconciliation workbook by role: each role lists
// exactly the passengers its reconciliation counts (the same reach), a state filter
// keeps only that state, another campaign answers 404, and the workbook is audited.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Reconciliation } from '../../src/departure/departure.schema.js';
import type { DayPassenger } from '../../src/departure/passengers.schema.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const DAY = '2021-01-06';
const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];

describeEachDatabase('departure passengers by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/campaigns/{id}/passengers', 'GET /api/campaigns/{id}/reconciliation.xlsx'), async () => {
    const w = world();
    expect((await w.request('admin', 'POST', `/api/campaigns/${w.campaignId}/trips`, { date: DAY })).statusCode).toBe(200);
    const counts: Partial<Record<RoleLogin, number>> = {};
    for (const role of ROLES) {
      const list = await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/passengers?date=${DAY}`);
      if (role === 'anonymous') { expect(list.statusCode).toBe(401); continue; }
      expect(list.statusCode, role).toBe(200);
      const items = (list.json() as { items: DayPassenger[] }).items;
      const recon = (await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/reconciliation?date=${DAY}`)).json() as Reconciliation;
      expect(items.length, role).toBe(recon.passengers);
      counts[role] = items.length;
      for (const p of items) expect(p.idMasked, role).toMatch(/\*/);
      const expected = await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/passengers?date=${DAY}&state=expected`);
      expect((expected.json() as { items: DayPassenger[] }).items.every((p) => p.state === 'expected'), role).toBe(true);
      const other = await w.request(role, 'GET', `/api/campaigns/${w.otherCampaignId}/passengers?date=${DAY}`);
      expect(other.statusCode, `${role} other`).toBe(role === 'admin' ? 200 : 404);
      const book = await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/reconciliation.xlsx?date=${DAY}`);
      expect(book.statusCode, `${role} xlsx`).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(book.rawPayload as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('乘客 passengers')?.actualRowCount, role).toBe(items.length + 1);
    }
    // The one planned rider (A, of 兴县, to the employer's vacancy) is seen by the officers
    // above them and the employer; not by Taiyuan's check-in staff nor another worker.
    expect(counts).toEqual({ admin: 1, shanxi: 1, lvliang: 1, xingxian: 1, employer: 1, 'checkin-taiyuan': 0, worker: 0 });
    const bad = await w.request('shanxi', 'GET', `/api/campaigns/${w.campaignId}/passengers?date=${DAY}&state=lost`);
    expect(bad.statusCode).toBe(400);
    const audited = await w.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'departure.reconciliation.export').execute();
    expect(audited.length).toBe(ROLES.length - 1);
  });
});
