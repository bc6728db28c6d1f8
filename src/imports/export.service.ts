// `menkou export workers|jobs --out FILE.xlsx`: streamed workbooks whose headers are the
// import template's, so a list can be edited and sent back; identity numbers and phones
// are masked (an export is a copy that leaves the system). Every export, from the CLI or
// the API, goes through these functions and is audited here: who, what, how many rows.
// Cells are written as strings, so a name like =HYPERLINK(…) stays text, never a formula.
import ExcelJS from 'exceljs';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { fullName } from '../core/regions.js';
import { JOB_COLUMNS } from '../jobs/jobs.columns.js';
import { streamJobs } from '../jobs/jobs.queries.js';
import { WORKER_COLUMNS } from '../workers/workers.columns.js';
import { streamWorkers, type WorkerFilter } from '../workers/workers.queries.js';
import { auditedFilter } from '../workers/workers.search.js';
import { certificateName, industryName } from '../reference/lookups.data.js';

export type ExportOptions = {
  out: string; campaignId?: string; region?: string; onProgress?: (rows: number) => void;
  /** Workers: the list's whole filter (search included), so an export holds what the table shows. */
  workers?: WorkerFilter;
};

const names = (codes: readonly string[], name: (code: string) => string): string => codes.map(name).join('、');
const regionName = (code: string): string => fullName(code) ?? code;

function workbookFor(out: string, sheetName: string, headers: string[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).commit();
  return { workbook, sheet };
}

async function recordExport(ctx: AppContext, actor: Actor, entity: 'worker' | 'job', options: ExportOptions, rows: number): Promise<void> {
  await recordAudit(ctx, actor, {
    action: `${entity}.export`,
    entity,
    regionCode: actor.scope.kind === 'region' ? actor.scope.prefix : '',
    after: { rows, region: options.region ?? null, campaign: options.campaignId ?? null, ...(options.workers ? { filter: auditedFilter(options.workers) } : {}) },
  });
}

export async function exportWorkers(ctx: AppContext, actor: Actor, options: ExportOptions): Promise<number> {
  const { workbook, sheet } = workbookFor(options.out, '劳动力 workers', WORKER_COLUMNS.map((c) => c.label));
  let rows = 0;
  for await (const page of streamWorkers(ctx.db, actor.scope, options.workers ?? { region: options.region, campaignId: options.campaignId })) {
    for (const w of page) {
      sheet.addRow([
        w.name, w.idMasked, w.phoneMasked ?? '', regionName(w.regionCode), w.priority ? '是' : '否',
        names(w.certificates, certificateName), names(w.industries, industryName), names(w.destinations, regionName),
        w.minWage || '',
      ]).commit();
    }
    rows += page.length;
    options.onProgress?.(rows);
  }
  sheet.commit();
  await workbook.commit();
  await recordExport(ctx, actor, 'worker', options, rows);
  return rows;
}

// The words the vacancy import reads back (jobs.parse.ts).
const PROVISION_WORD = { provided: '提供', allowance: '补贴', none: '不提供' } as const;
const provisionWord = (value: keyof typeof PROVISION_WORD | null): string => (value ? PROVISION_WORD[value] : '');

export async function exportJobs(ctx: AppContext, actor: Actor, options: ExportOptions): Promise<number> {
  const { workbook, sheet } = workbookFor(options.out, '岗位 vacancies', JOB_COLUMNS.map((c) => c.label));
  let rows = 0;
  for await (const page of streamJobs(ctx.db, actor.scope, { region: options.region, campaignId: options.campaignId })) {
    for (const j of page) {
      const age = j.ageMin !== null && j.ageMax !== null ? `${j.ageMin}-${j.ageMax}` : j.ageMax !== null ? `${j.ageMax}岁以下` : j.ageMin !== null ? `${j.ageMin}岁以上` : '不限';
      sheet.addRow([
        j.employerName, j.creditCode, regionName(j.siteCode), j.title, industryName(j.industry), j.headcount,
        j.wageMax ? `${j.wage}-${j.wageMax}` : j.wage, names(j.certificates, certificateName), age,
        j.contactName ?? '', j.contactPhoneMasked ?? '', j.startDate ?? '',
        j.siteAddress ?? '', provisionWord(j.accommodation), provisionWord(j.meals),
      ]).commit();
    }
    rows += page.length;
    options.onProgress?.(rows);
  }
  sheet.commit();
  await workbook.commit();
  await recordExport(ctx, actor, 'job', options, rows);
  return rows;
}
