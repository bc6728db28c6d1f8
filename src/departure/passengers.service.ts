// The people behind the day's numbers: the board's and the reconciliation's counts drill
// down to this list (same reach, same state rules), and the reconciliation is exported
// as a workbook for the daily report.
import ExcelJS from 'exceljs';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { fullName } from '../core/regions.js';
import type { DayPassenger, PassengersQuery } from './passengers.schema.js';
import { type Counted, dayOf, reconcile } from './reconcile.service.js';
import { STATES } from './state.js';

const shown = (p: Counted): DayPassenger => ({
  tripId: p.trip_id, number: p.number, pointName: p.point_name, workerId: p.worker_id, name: p.name, idMasked: p.id_masked,
  regionCode: p.region_code, regionName: fullName(p.region_code) ?? p.region_code, seat: p.seat, travelGroup: p.travel_group,
  state: p.state, overdue: p.overdue, estimatedArrival: p.eta?.toISOString() ?? null, toTripId: p.to_trip_id,
});

export async function dayPassengers(ctx: AppContext, actor: Actor, campaignId: string, query: PassengersQuery, now = new Date()) {
  const day = await dayOf(ctx, actor, campaignId, query.date, now);
  const items = day
    .filter((p) => (!query.state || p.state === query.state) && (!query.trip || p.trip_id === query.trip) && (query.overdue !== 'true' || p.overdue))
    .map(shown);
  return { items };
}

const STATE_LABELS: Record<(typeof STATES)[number], string> = {
  expected: '待检录 expected', checked_in: '已检录 checked in', refused: '未通过 refused', departed: '已发车 departed',
  no_show: '未到 no-show', arrived: '已交接 arrived', absent_at_arrival: '抵达缺席 absent at arrival', rebooked: '已改签 rebooked', cancelled: '已取消 cancelled',
};

/** Two sheets: the counts as the contract states them, then every passenger of the day. */
export async function reconciliationWorkbook(ctx: AppContext, actor: Actor, campaignId: string, date: string): Promise<Buffer> {
  const numbers = await reconcile(ctx, actor, campaignId, date);
  const { items } = await dayPassengers(ctx, actor, campaignId, { date });
  const book = new ExcelJS.Workbook();
  book.creator = 'menkou';
  const summary = book.addWorksheet('对账 reconciliation');
  summary.columns = [{ width: 28 }, { width: 12 }];
  summary.addRow([`发车日对账 Reconciliation ${date}`]).font = { bold: true, size: 14 };
  summary.addRow(['车次 trips', numbers.trips]);
  summary.addRow(['乘客 passengers', numbers.passengers]);
  for (const state of STATES) summary.addRow([STATE_LABELS[state], numbers.states[state]]);
  summary.addRow(['超时未交接 overdue', numbers.overdue]);
  summary.addRow(['冲突 conflicts', numbers.conflicts]);
  summary.addRow(['下落不明 unaccounted', numbers.unaccounted]);
  const people = book.addWorksheet('乘客 passengers');
  people.columns = [12, 22, 10, 14, 22, 26, 16, 10].map((width) => ({ width }));
  people.addRow(['车次 trip', '集合点 gathering point', '座位 seat', '姓名 name', '身份证号 id (masked)', '户籍 county', '状态 state', '超时 overdue']).font = { bold: true };
  for (const p of items) people.addRow([p.number, p.pointName ?? '', p.seat, p.name, p.idMasked, p.regionName, STATE_LABELS[p.state], p.overdue ? '是 yes' : '']);
  people.views = [{ state: 'frozen', ySplit: 1 }];
  await recordAudit(ctx, actor, { action: 'departure.reconciliation.export', entity: 'campaign', entityId: campaignId, after: { date, passengers: items.length } });
  return Buffer.from(await book.xlsx.writeBuffer());
}
