// The employer's follow-up workbook: its open checks as a sheet to fill in (one row a check,
// the result column left blank), and the same sheet read back through the spreadsheet wing's
// pipeline. Each row is checked against the checks the caller reaches before anything is
// stored; refused rows come back in the wing's refused-rows workbook.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import type { Bilingual } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { writeErrorReport } from '../spreadsheets/errors-report.js';
import type { ColumnSpec } from '../spreadsheets/header.js';
import { type RowParse, runImport } from '../spreadsheets/import-pipeline.js';
import { cellText, type RawCell } from '../spreadsheets/sheet-reader.js';
import { normalizeCell } from '../core/normalize.js';
import { todayInChina } from '../core/values.js';
import { listChecks } from './retention.repository.js';
import { checkState, checkWhere, type Outcome, OUTCOME_TEXT, OUTCOMES } from './retention.rules.js';
import { campaignFor, dueChecks, importResults, mustFollowUp, type ResultInput, settingsOf } from './retention.service.js';

type Key = 'worker' | 'month' | 'name' | 'outcome' | 'where' | 'whereRegion';

const COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'worker', names: ['编号', 'worker id', 'id'], required: true, label: '编号 / worker id' },
  { key: 'name', names: ['姓名', 'name'], required: false, label: '姓名 / name' },
  { key: 'month', names: ['回访月', 'month', '第几个月'], required: true, label: '回访月 / month' },
  { key: 'outcome', names: ['结果', 'outcome'], required: true, label: '结果 / outcome' },
  { key: 'where', names: ['去向', 'where'], required: false, label: '去向 / where' },
  { key: 'whereRegion', names: ['去向地区代码', 'where region'], required: false, label: '去向地区代码 / where region' },
];

/** The exported sheet's own headers ("编号 / worker id") are read back too. */
export const RETENTION_COLUMNS: readonly ColumnSpec<Key>[] = COLUMNS.map((c) => ({ ...c, names: [...c.names, c.label] }));

const OUTCOME_NAMES = new Map<string, Outcome>(OUTCOMES.flatMap((o) => [
  [o, o], [OUTCOME_TEXT[o].zh, o], [OUTCOME_TEXT[o].en, o],
  [`${OUTCOME_TEXT[o].zh} / ${OUTCOME_TEXT[o].en}`, o],
] as [string, Outcome][]).concat([['在岗', 'employed'], ['换工作', 'changed_job'], ['返乡', 'returned_home']]));

const HEADER = RETENTION_COLUMNS.map((c) => c.label).concat(['到期日 / due', '岗位 / job']);

/** The caller's open checks as the workbook to fill in. */
export async function followUpWorkbook(ctx: AppContext, actor: Actor, campaignId?: string): Promise<Buffer> {
  const { items } = await dueChecks(ctx, actor, { campaignId, state: 'open' }, { limit: 20_000, offset: 0 });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('稳岗回访 follow-up');
  sheet.addRow(HEADER).font = { bold: true };
  for (const c of items) sheet.addRow([c.worker.id, c.worker.name, c.month, '', '', '', c.due, c.job?.title ?? '']);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const choices = `"${OUTCOMES.filter((o) => o !== 'unreachable').map((o) => OUTCOME_TEXT[o].zh).join(',')}"`;
  for (let row = 2; row <= items.length + 1; row += 1) {
    sheet.getCell(row, 4).dataValidation = { type: 'list', allowBlank: true, formulae: [choices] };
  }
  sheet.columns.forEach((col, i) => { col.width = i === 0 ? 38 : 16; });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export type FollowUpImport = { rows: number; stored: number; unchanged: number; refused: number; skipped: number; errorsXlsx: string | null };

const refuse = (column: string, value: string, reason: Bilingual) => ({ ok: false as const, problems: [{ column, value, reason }] });

/** Reads a filled-in workbook; rows left without a result are skipped, not refused. */
export async function importFollowUp(ctx: AppContext, actor: Actor, file: string, campaignId?: string): Promise<FollowUpImport> {
  mustFollowUp(actor);
  const campaign = await campaignFor(ctx, actor.scope, campaignId);
  const settings = await settingsOf(ctx, campaign.id);
  const today = todayInChina();
  const { rows } = await listChecks(ctx.db, actor.scope, { campaignId: campaign.id, months: settings.months, today, state: 'all' }, null);
  const checks = new Map(rows.map((r) => [`${r.worker_id}:${r.month}`, r]));
  let skipped = 0;
  const SKIP = '-';
  const parseRow = (cells: ReadonlyMap<Key, RawCell>, label: (key: Key) => string): RowParse<ResultInput> => {
    const text = (k: Key) => normalizeCell(cellText(cells.get(k) ?? null));
    const outcomeText = text('outcome');
    if (outcomeText === '') {
      skipped += 1;
      return { ok: true, value: { workerId: SKIP, month: 0, outcome: 'employed' }, dedupeKey: `skip:${skipped}` };
    }
    const workerId = text('worker');
    const month = Number(text('month'));
    if (!isUuid(workerId)) return refuse(label('worker'), workerId, { zh: '编号不是本表导出的劳动力编号', en: 'not a worker id from the exported sheet' });
    const check = checks.get(`${workerId}:${month}`);
    if (!check) return refuse(label('month'), text('month'), { zh: '没有这名劳动力这个月的回访', en: 'no such follow-up check for this worker' });
    if (checkState(check.due, today, false) === 'upcoming') return refuse(label('month'), text('month'), { zh: `${check.due} 才到期`, en: `falls due on ${check.due}` });
    const outcome = OUTCOME_NAMES.get(outcomeText) ?? OUTCOME_NAMES.get(outcomeText.toLowerCase());
    if (!outcome || (actor.scope.kind === 'employer' && outcome === 'unreachable')) {
      return refuse(label('outcome'), outcomeText, { zh: '结果填 在岗、换工作 或 返乡', en: 'the outcome is employed, changed job or returned home' });
    }
    const where = checkWhere(outcome, text('where'), text('whereRegion'));
    if (!where.ok) return refuse(label(where.field === 'whereText' ? 'where' : 'whereRegion'), text(where.field === 'whereText' ? 'where' : 'whereRegion'), where.reason);
    return {
      ok: true, dedupeKey: `${workerId}:${month}`,
      value: { workerId, month, outcome, whereText: where.whereText ?? undefined, whereRegion: where.whereRegion ?? undefined },
    };
  };
  let stored = 0;
  let unchanged = 0;
  const outcome = await runImport(file, {
    columns: RETENTION_COLUMNS, dedupeColumn: 'worker', dedupeLabel: { zh: '同一回访', en: 'the same check' }, parseRow,
    writeBatch: async (batch) => {
      const items = batch.filter((i) => i.workerId !== SKIP);
      if (items.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
      const done = await importResults(ctx, actor, items, today);
      stored += done.stored;
      unchanged += done.unchanged;
      return { inserted: done.stored, updated: 0, unchanged: done.unchanged };
    },
  });
  let errorsXlsx: string | null = null;
  if (outcome.refused > 0) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-retention-'));
    try {
      const out = path.join(dir, 'refused.xlsx');
      await writeErrorReport(out, outcome, 'xlsx');
      errorsXlsx = fs.readFileSync(out).toString('base64');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows: outcome.rows, stored, unchanged, refused: outcome.refused, skipped, errorsXlsx };
}
