// The daily report (日报) as a use case: for a day and a region in the caller's reach, the
// journey's figures against the region's own target and the day before, by destination
// province and industry. The workbook, the PDF, the API and `menkou report daily --json`
// all render this one object.
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { campaignFor } from '../retention/retention.service.js';
import { quotaTargets } from '../campaigns/quotas.repository.js';
import { shownCode, targetFor } from '../campaigns/stats.service.js';
import { industryName } from '../core/catalog.js';
import { domainError } from '../core/errors.js';
import { getRegion } from '../core/regions.js';
import { narrowScope } from '../core/scope.js';
import { addDays } from '../retention/retention.rules.js';
import { dailyCells, REPORT_STEPS, type ReportStep } from './daily.queries.js';

type ByKey = Record<string, number>;

/** Flat numbers and objects of numbers only: what `--json` prints and the sums test adds up. */
export type DailyFigures = Record<ReportStep | `${ReportStep}Previous` | `${ReportStep}Change` | 'priority' | 'priorityPrevious' | 'priorityShare', number>
  & { target: number | null; progress: number | null }
  & Record<`${'confirmed' | 'departed' | 'arrived' | 'stillEmployed'}By${'Destination' | 'Industry'}`, ByKey>;

export type DailyReport = {
  campaign: { id: string; name: string };
  date: string;
  previousDate: string;
  region: { prefix: string; code: string; name: string };
  targetSource: 'campaign' | 'quota' | 'none';
  figures: DailyFigures;
  /** Names of the keys in the By… objects (province and industry names), for the workbook and the PDF. */
  names: Record<string, string>;
};

export const BY_STEPS = ['confirmed', 'departed', 'arrived', 'stillEmployed'] as const;

const NONE = 'none';

export const reportForbidden = () => domainError({ code: 'forbidden', zh: '日报只供辖区官员查看', en: 'the daily report is for officers of the region' });

export async function dailyReport(ctx: AppContext, actor: Actor, q: { campaignId?: string; date: string; region?: string }): Promise<DailyReport> {
  const { scope } = actor;
  if (scope.kind !== 'region' || !(actor.role === 'admin' || isOfficer(actor.role))) throw reportForbidden();
  const campaign = await campaignFor(ctx, scope, q.campaignId);
  const prefix = narrowScope(scope.prefix, q.region);
  if (prefix === null) throw domainError({ code: 'not_found', record: `region ${q.region}`, field: 'region', zh: '不在您的辖区内', en: 'not in your region' });
  const cells = await dailyCells(ctx.db, campaign.id, prefix, q.date);
  const code = shownCode(prefix);
  const quotas = await quotaTargets(ctx.db, campaign.id, [code]);
  const target = targetFor(campaign, prefix, quotas);

  const figures = {} as Record<string, number | null | ByKey>;
  const sum = (key: keyof (typeof cells)[number], only?: (c: (typeof cells)[number]) => boolean) =>
    cells.filter((c) => !only || only(c)).reduce((s, c) => s + (c[key] as number), 0);
  for (const step of REPORT_STEPS) {
    figures[step] = sum(step);
    figures[`${step}Previous`] = sum(`${step}Before`);
    figures[`${step}Change`] = sum(step) - sum(`${step}Before`);
  }
  figures.priority = sum('registered', (c) => c.priority);
  figures.priorityPrevious = sum('registeredBefore', (c) => c.priority);
  const registered = figures.registered as number;
  figures.priorityShare = registered > 0 ? (figures.priority as number) / registered : 0;
  figures.target = target.target;
  figures.progress = target.target !== null && target.target > 0 ? (figures.confirmed as number) / target.target : null;
  const names: Record<string, string> = { [NONE]: '未分配 unassigned' };
  for (const step of BY_STEPS) {
    const byDestination: ByKey = {};
    const byIndustry: ByKey = {};
    for (const c of cells) {
      if (c[step] === 0) continue;
      const d = c.destination ?? NONE;
      const i = c.industry ?? NONE;
      byDestination[d] = (byDestination[d] ?? 0) + c[step];
      byIndustry[i] = (byIndustry[i] ?? 0) + c[step];
      names[d] ??= getRegion(d)?.name ?? d;
      names[i] ??= industryName(i)?.zh ?? i;
    }
    figures[`${step}ByDestination`] = byDestination;
    figures[`${step}ByIndustry`] = byIndustry;
  }
  return {
    campaign: { id: campaign.id, name: campaign.name },
    date: q.date, previousDate: addDays(q.date, -1),
    region: { prefix, code, name: code === '000000' ? '全国' : getRegion(code)?.name ?? code },
    targetSource: target.source,
    figures: figures as DailyFigures,
    names,
  };
}

/** The report as one flat JSON object: identifiers, then the figures. */
export function dailyJson(report: DailyReport): Record<string, unknown> {
  return { campaign: report.campaign.id, date: report.date, region: report.region.code, ...report.figures };
}
