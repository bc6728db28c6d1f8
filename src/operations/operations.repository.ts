// What the health, readiness and metrics answers read from the database: cheap counts
// over a few tables, so that a scrape every 15 s costs the server nothing it would notice.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export async function pingDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

export type OperationCounts = {
  importRows: { kind: string; rows: number }[];
  allocationRuns: { status: string; runs: number }[];
  checkins: number;
  arrivals: number;
  importsRunning: number;
  allocationsRunning: number;
};

export async function operationCounts(db: Db): Promise<OperationCounts> {
  const [importRows, allocationRuns, checkins, arrivals] = await Promise.all([
    db.selectFrom('import_runs').select(['kind', sql<number>`coalesce(sum(rows), 0)::bigint`.as('rows'), sql<number>`count(*) FILTER (WHERE status = 'running')::int`.as('running')])
      .groupBy('kind').execute(),
    db.selectFrom('allocation_runs').select(['status', sql<number>`count(*)::int`.as('runs')]).groupBy('status').execute(),
    sql<{ n: number }>`SELECT count(*)::bigint AS n FROM checkin_records`.execute(db),
    sql<{ n: number }>`SELECT count(*)::bigint AS n FROM arrival_records`.execute(db),
  ]);
  return {
    importRows: importRows.map((r) => ({ kind: r.kind, rows: Number(r.rows) })),
    allocationRuns: allocationRuns.map((r) => ({ status: r.status, runs: r.runs })),
    checkins: Number(checkins.rows[0]?.n ?? 0),
    arrivals: Number(arrivals.rows[0]?.n ?? 0),
    importsRunning: importRows.reduce((sum, r) => sum + r.running, 0),
    allocationsRunning: allocationRuns.find((r) => r.status === 'running')?.runs ?? 0,
  };
}
