// Retention rates by employer, destination province, industry and home county, within the
// caller's reach; employers below the campaign's threshold are flagged (on their page and in
// allocation's recommendations).
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { domainError } from '../core/errors.js';
import { narrowScope, WHOLE_COUNTRY } from '../core/scope.js';
import { type RateDimension, rateCounts, type RateRow } from './retention.repository.js';
import { isFlagged, type Rate, rateOf } from './retention.rules.js';
import { campaignFor, settingsOf } from './retention.service.js';

export const DIMENSIONS: readonly RateDimension[] = ['employer', 'destination', 'industry', 'county'];

/** A rate as the API gives it: JSON keys are camelCase, the outcome codes stay as they are. */
export type RateJson = Omit<Rate, 'changed_job' | 'returned_home'> & {
  changedJob: number; returnedHome: number; key: string | null; name: string | null; flagged: boolean;
};

export type RetentionStats = {
  campaignId: string; month: number | null; threshold: number; months: number[];
  total: RateJson;
  by: Record<RateDimension, RateJson[]>;
};

function toJson(row: RateRow, threshold: number, flaggable: boolean): RateJson {
  const rate = rateOf(row);
  const { changed_job: changedJob, returned_home: returnedHome, ...rest } = rate;
  return { key: row.key, name: row.name, ...rest, changedJob, returnedHome, flagged: flaggable && isFlagged(rate, threshold) };
}

export async function retentionStats(
  ctx: AppContext, actor: Actor, q: { campaignId?: string; month?: number; region?: string; by?: RateDimension[] },
): Promise<RetentionStats> {
  const { scope } = actor;
  const officer = scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role));
  if (!officer && scope.kind !== 'employer') {
    throw domainError({ code: 'forbidden', zh: '只有辖区官员和用人单位可以查看稳岗率', en: 'only officers and employers may see retention rates' });
  }
  const campaign = await campaignFor(ctx, scope, q.campaignId);
  const settings = await settingsOf(ctx, campaign.id);
  let region: string | undefined;
  if (q.region !== undefined && scope.kind === 'region') region = narrowScope(scope.prefix, q.region) ?? '-';
  const f = { campaignId: campaign.id, month: q.month, region };
  const [total] = await rateCounts(ctx.db, scope, f, 'all');
  const empty: RateRow = { key: null, name: null, employed: 0, changed_job: 0, returned_home: 0, unreachable: 0 };
  const by = {} as Record<RateDimension, RateJson[]>;
  for (const dimension of DIMENSIONS) {
    by[dimension] = (q.by === undefined || q.by.includes(dimension))
      ? (await rateCounts(ctx.db, scope, f, dimension)).map((r) => toJson(r, settings.threshold, dimension === 'employer'))
      : [];
  }
  return { campaignId: campaign.id, month: q.month ?? null, threshold: settings.threshold, months: settings.months, total: toJson(total ?? empty, settings.threshold, false), by };
}

/**
 * Employers' rates over every worker of the campaign (not the caller's region: an employer
 * who loses other counties' people is still a risk to this county's), for the flag on the
 * employer's page and in recommendations. Only rates are returned, never people.
 */
export async function employerRetention(ctx: AppContext, campaignId: string, employerIds?: string[]): Promise<Map<string, RateJson>> {
  const settings = await settingsOf(ctx, campaignId);
  const rows = await rateCounts(ctx.db, WHOLE_COUNTRY, { campaignId, employerIds }, 'employer');
  return new Map(rows.filter((r) => r.key !== null).map((r) => [r.key as string, toJson(r, settings.threshold, true)]));
}

/** One employer's rate and flag (its page in the console and in the portal). */
export async function employerRetentionFlag(ctx: AppContext, actor: Actor, employerId: string, campaignId?: string) {
  const scope = actor.scope;
  if (scope.kind === 'employer' && scope.employerId !== employerId) {
    throw domainError({ code: 'not_found', record: `employer ${employerId}`, zh: '找不到该用人单位', en: 'no such employer' });
  }
  if (scope.kind !== 'employer' && !(scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role)))) {
    throw domainError({ code: 'forbidden', zh: '只有官员和用人单位本身可以查看稳岗率', en: 'only officers and the employer itself may see its retention rate' });
  }
  const campaign = await campaignFor(ctx, scope, campaignId);
  const settings = await settingsOf(ctx, campaign.id);
  const rate = (await employerRetention(ctx, campaign.id, [employerId])).get(employerId) ?? null;
  return { campaignId: campaign.id, employerId, threshold: settings.threshold, rate };
}
