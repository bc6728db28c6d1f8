// SQL for allocation: the stored campaign as the engine's instance, runs, and proposals.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

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

export type StoredAssignment = { province: string; worker_id: string; job_province: string; job_id: string; status: string };

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
    .where('campaign_id', '=', campaignId).orderBy('province').orderBy('id').execute();
}

export async function loadAssignments(db: Db, campaignId: string): Promise<StoredAssignment[]> {
  return db.selectFrom('assignments').select(['province', 'worker_id', 'job_province', 'job_id', 'status'])
    .where('campaign_id', '=', campaignId).where('status', '!=', 'withdrawn').execute();
}

export async function insertRun(db: Db, campaignId: string, actor: string, parameters: Record<string, unknown>): Promise<string> {
  const row = await db.insertInto('allocation_runs')
    .values({ campaign_id: campaignId, status: 'running', actor, parameters: JSON.stringify(parameters) })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function finishRun(db: Db, runId: string, outcome: { summary?: Record<string, unknown>; error?: string }): Promise<void> {
  await db.updateTable('allocation_runs').set({
    status: outcome.error ? 'failed' : 'done',
    summary: outcome.summary ? JSON.stringify(outcome.summary) : null,
    error: outcome.error ?? null,
    finished_at: new Date(),
  }).where('id', '=', runId).execute();
}

export async function findRun(db: Db, runId: string) {
  return db.selectFrom('allocation_runs').selectAll().where('id', '=', runId).executeTakeFirst();
}

export async function listRuns(db: Db, campaignId: string) {
  return db.selectFrom('allocation_runs').selectAll().where('campaign_id', '=', campaignId).orderBy('started_at', 'desc').limit(50).execute();
}

export type Proposal = { province: string; workerId: string; jobProvince: string; jobId: string; value: number };

/**
 * Replaces the campaign's open proposals by a run's, in one transaction. Confirmed
 * assignments are never touched; each worker whose proposal is new gets a "matched" event.
 */
export async function replaceProposals(db: Db, campaignId: string, runId: string, actor: string, proposals: readonly Proposal[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
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
          AS t(province, worker_id, job_province, job_id, value)`.execute(trx);
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

/** Confirms open proposals (all of a run, or one worker's); returns how many. */
export async function confirmProposals(db: Db, campaignId: string, actor: string, filter: { runId?: string; worker?: { province: string; id: string } }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let query = trx.updateTable('assignments').set({ status: 'confirmed', updated_at: new Date() })
      .where('campaign_id', '=', campaignId).where('status', '=', 'proposed');
    if (filter.runId) query = query.where('run_id', '=', filter.runId);
    if (filter.worker) query = query.where('province', '=', filter.worker.province).where('worker_id', '=', filter.worker.id);
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
