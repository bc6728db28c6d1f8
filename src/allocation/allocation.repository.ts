// SQL for allocation: the stored campaign as the engine's instance, runs, and proposals.
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { AllocationRunTable } from '../db/schema.js';
import type { Change } from './allocation.changes.js';

export type StoredWorker = {
  province: string;
  id: string;
  birth_date: string;
  certificates: string[];
  industries: string[];
  destinations: string[];
  min_wage: number;
  priority: boolean;
};

export type StoredJob = {
  province: string;
  id: string;
  site_code: string;
  industry: string;
  headcount: number;
  wage: number;
  certificates: string[];
  age_min: number | null;
  age_max: number | null;
};

export type StoredAssignment = { province: string; worker_id: string; job_province: string; job_id: string; status: string; value: number | null };

/** Workers still in the running (not withdrawn), with their certificates. */
export async function loadCampaignWorkers(db: Db, campaignId: string): Promise<StoredWorker[]> {
  const result = await sql<StoredWorker>`
    SELECT w.province, w.id, w.birth_date::text AS birth_date, w.industries, w.destinations, w.min_wage, w.priority,
           coalesce(c.codes, '{}') AS certificates
    FROM workers w
    LEFT JOIN (SELECT province, worker_id, array_agg(certificate_code ORDER BY certificate_code) AS codes
               FROM worker_certificates GROUP BY province, worker_id) c
      ON c.province = w.province AND c.worker_id = w.id
    WHERE w.campaign_id = ${campaignId} AND w.status <> 'withdrawn'
    ORDER BY w.province, w.id`.execute(db);
  return result.rows;
}

export async function loadCampaignJobs(db: Db, campaignId: string): Promise<StoredJob[]> {
  return db.selectFrom('jobs')
    .select(['province', 'id', 'site_code', 'industry', 'headcount', 'wage', 'certificates', 'age_min', 'age_max'])
    .where('campaign_id', '=', campaignId).where('approval', '=', 'approved').orderBy('province').orderBy('id').execute();
}

export async function loadAssignments(db: Db, campaignId: string): Promise<StoredAssignment[]> {
  return db.selectFrom('assignments').select(['province', 'worker_id', 'job_province', 'job_id', 'status', 'value'])
    .where('campaign_id', '=', campaignId).where('status', '!=', 'withdrawn').execute();
}

/** Pairs the employer or the worker turned down: the next runs do not propose them again. */
export async function loadDeclinedPairs(db: Db, campaignId: string): Promise<{ worker_id: string; job_id: string }[]> {
  return db.selectFrom('assignment_decisions').select(['worker_id', 'job_id'])
    .where('campaign_id', '=', campaignId).where('decision', '=', 'declined').execute();
}

export async function insertRun(db: Db, campaignId: string, actor: string, parameters: Record<string, unknown>): Promise<string> {
  const row = await db.insertInto('allocation_runs')
    .values({ campaign_id: campaignId, status: 'running', actor, parameters: JSON.stringify(parameters) })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function finishRun(db: Db, runId: string, outcome: { summary?: Record<string, unknown>; error?: string; jobPrices?: ReadonlyMap<string, number> }): Promise<void> {
  await db.updateTable('allocation_runs').set({
    status: outcome.error ? 'failed' : 'done',
    job_prices: outcome.jobPrices ? JSON.stringify(Object.fromEntries(outcome.jobPrices)) : null,
    summary: outcome.summary ? JSON.stringify(outcome.summary) : null,
    error: outcome.error ?? null,
    finished_at: new Date(),
  }).where('id', '=', runId).execute();
}

/** The job prices of the campaign's latest finished run that kept them (a re-run's warm start). */
export async function latestRunPrices(db: Db, campaignId: string, runId: string): Promise<Map<string, number> | undefined> {
  const row = await db.selectFrom('allocation_runs').select('job_prices')
    .where('campaign_id', '=', campaignId).where('id', '!=', runId).where('status', '=', 'done').where('job_prices', 'is not', null)
    .orderBy('finished_at', 'desc').limit(1).executeTakeFirst();
  return row?.job_prices ? new Map(Object.entries(row.job_prices)) : undefined;
}

export type RunRecord = {
  id: string;
  campaignId: string;
  status: 'running' | 'done' | 'failed';
  actor: string;
  parameters: Record<string, unknown>;
  summary: Record<string, unknown> | null;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

function runRecord(row: Selectable<AllocationRunTable>): RunRecord {
  return {
    id: row.id, campaignId: row.campaign_id, status: row.status, actor: row.actor, parameters: row.parameters, summary: row.summary,
    error: row.error, startedAt: row.started_at, finishedAt: row.finished_at,
  };
}

export async function findRun(db: Db, runId: string): Promise<RunRecord | undefined> {
  const row = await db.selectFrom('allocation_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  return row && runRecord(row);
}

export async function listRuns(db: Db, campaignId: string): Promise<RunRecord[]> {
  const rows = await db.selectFrom('allocation_runs').selectAll().where('campaign_id', '=', campaignId).orderBy('started_at', 'desc').limit(50).execute();
  return rows.map(runRecord);
}

/** The latest finished run before `runId` started, for "what changed since". */
export async function earlierFinishedRun(db: Db, campaignId: string, runId: string): Promise<{ id: string; startedAt: Date } | undefined> {
  const row = await db.selectFrom('allocation_runs').select(['id', 'started_at'])
    .where('campaign_id', '=', campaignId).where('status', '=', 'done').where('id', '!=', runId)
    .where('started_at', '<=', db.selectFrom('allocation_runs').select('started_at').where('id', '=', runId))
    .orderBy('started_at', 'desc').limit(1).executeTakeFirst();
  return row && { id: row.id, startedAt: row.started_at };
}

/** Workers of the campaign registered after `since`. */
export async function workersRegisteredSince(db: Db, campaignId: string, since: Date): Promise<Set<string>> {
  const rows = await db.selectFrom('workers').select('id').where('campaign_id', '=', campaignId).where('created_at', '>', since).execute();
  return new Set(rows.map((r) => r.id));
}

export type Proposal = { province: string; workerId: string; jobProvince: string; jobId: string; value: number };

export type StoredChange = Change & { province: string };

async function insertChanges(db: Db, runId: string, changes: readonly StoredChange[]): Promise<void> {
  const CHUNK = 5000;
  for (let i = 0; i < changes.length; i += CHUNK) {
    const part = changes.slice(i, i + CHUNK);
    await sql`
      INSERT INTO allocation_changes (province, run_id, worker_id, kind, job_before, job_after, value_before, value_after, reason)
      SELECT t.province, ${runId}::uuid, t.worker_id, t.kind, t.job_before, t.job_after, t.value_before, t.value_after, t.reason
      FROM unnest(${part.map((c) => c.province)}::text[], ${part.map((c) => c.workerId)}::uuid[], ${part.map((c) => c.kind)}::text[],
                  ${part.map((c) => c.jobBefore)}::uuid[], ${part.map((c) => c.jobAfter)}::uuid[], ${part.map((c) => c.valueBefore)}::int[],
                  ${part.map((c) => c.valueAfter)}::int[], ${part.map((c) => c.reason)}::text[])
        AS t(province, worker_id, kind, job_before, job_after, value_before, value_after, reason)`.execute(db);
  }
}

/**
 * Replaces the campaign's open proposals by a run's, in one transaction. Confirmed
 * assignments are never touched; each worker whose proposal is new gets a "matched" event.
 */
export async function replaceProposals(
  db: Db, campaignId: string, runId: string, actor: string, proposals: readonly Proposal[], changes: readonly StoredChange[] = [],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await insertChanges(trx, runId, changes);
    const previous = await trx.selectFrom('assignments').select(['province', 'worker_id', 'job_id'])
      .where('campaign_id', '=', campaignId).where('status', '=', 'proposed').execute();
    const before = new Map(previous.map((p) => [`${p.province}:${p.worker_id}`, p.job_id]));
    await trx.deleteFrom('assignments').where('campaign_id', '=', campaignId).where('status', '=', 'proposed').execute();
    const changed = proposals.filter((p) => before.get(`${p.province}:${p.workerId}`) !== p.jobId);
    const proposed = new Set(proposals.map((p) => `${p.province}:${p.workerId}`));
    const unmatched = previous.filter((p) => !proposed.has(`${p.province}:${p.worker_id}`));
    const CHUNK = 5000;
    for (let i = 0; i < proposals.length; i += CHUNK) {
      const part = proposals.slice(i, i + CHUNK);
      await sql`
        INSERT INTO assignments (province, worker_id, campaign_id, job_province, job_id, status, run_id, value)
        SELECT t.province, t.worker_id, ${campaignId}::uuid, t.job_province, t.job_id, 'proposed', ${runId}::uuid, t.value
        FROM unnest(${part.map((p) => p.province)}::text[], ${part.map((p) => p.workerId)}::uuid[],
                    ${part.map((p) => p.jobProvince)}::text[], ${part.map((p) => p.jobId)}::uuid[], ${part.map((p) => p.value)}::int[])
          AS t(province, worker_id, job_province, job_id, value)
        -- A worker who declined (or was declined) keeps that withdrawn row, one per campaign:
        -- a new offer to them takes its place. Confirmed rows are never overwritten.
        ON CONFLICT (province, worker_id, campaign_id) DO UPDATE
          SET job_province = EXCLUDED.job_province, job_id = EXCLUDED.job_id, status = 'proposed',
              run_id = EXCLUDED.run_id, value = EXCLUDED.value, updated_at = now()
          WHERE assignments.status = 'withdrawn'`.execute(trx);
    }
    for (let i = 0; i < changed.length; i += CHUNK) {
      const part = changed.slice(i, i + CHUNK);
      await sql`
        INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
        SELECT t.province, t.worker_id, ${campaignId}::uuid, 'matched', ${actor}, jsonb_build_object('job', t.job_id, 'run', ${runId}::text)
        FROM unnest(${part.map((p) => p.province)}::text[], ${part.map((p) => p.workerId)}::uuid[], ${part.map((p) => p.jobId)}::text[])
          AS t(province, worker_id, job_id)`.execute(trx);
      await sql`
        UPDATE workers w SET status = 'matched' FROM unnest(${part.map((p) => p.province)}::text[], ${part.map((p) => p.workerId)}::uuid[]) AS t(province, id)
        WHERE w.province = t.province AND w.id = t.id`.execute(trx);
    }
    if (unmatched.length > 0) {
      await sql`
        UPDATE workers w SET status = 'registered' FROM unnest(${unmatched.map((p) => p.province)}::text[], ${unmatched.map((p) => p.worker_id)}::uuid[]) AS t(province, id)
        WHERE w.province = t.province AND w.id = t.id`.execute(trx);
    }
    return changed.length;
  });
}

export type ConfirmFilter = {
  runId?: string;
  worker?: { province: string; id: string };
  /** A selection of workers (ids); others' proposals stay open. */
  workers?: readonly string[];
  /** Only workers whose region starts with this prefix (the caller's reach). */
  prefix?: string;
};

/** Confirms open proposals (all of a run, a selection, or one worker's); returns how many. */
export async function confirmProposals(db: Db, campaignId: string, actor: string, filter: ConfirmFilter): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let query = trx.updateTable('assignments').set({ status: 'confirmed', updated_at: new Date() })
      .where('campaign_id', '=', campaignId).where('status', '=', 'proposed');
    if (filter.runId) query = query.where('run_id', '=', filter.runId);
    if (filter.worker) query = query.where('province', '=', filter.worker.province).where('worker_id', '=', filter.worker.id);
    if (filter.workers) query = query.where(sql<boolean>`worker_id = ANY(${[...filter.workers]}::uuid[])`);
    if (filter.prefix) {
      query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM workers w WHERE w.province = assignments.province AND w.id = assignments.worker_id
        AND w.region_code LIKE ${`${filter.prefix}%`})`);
    }
    const confirmed = await query.returning(['province', 'worker_id', 'job_id']).execute();
    if (confirmed.length > 0) {
      await sql`
        INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
        SELECT t.province, t.worker_id, ${campaignId}::uuid, 'confirmed', ${actor}, jsonb_build_object('job', t.job_id)
        FROM unnest(${confirmed.map((c) => c.province)}::text[], ${confirmed.map((c) => c.worker_id)}::uuid[], ${confirmed.map((c) => c.job_id)}::text[])
          AS t(province, worker_id, job_id)`.execute(trx);
      await sql`
        UPDATE workers w SET status = 'confirmed' FROM unnest(${confirmed.map((c) => c.province)}::text[], ${confirmed.map((c) => c.worker_id)}::uuid[]) AS t(province, id)
        WHERE w.province = t.province AND w.id = t.id`.execute(trx);
    }
    return confirmed.length;
  });
}
