// Each allocation run keeps its final job prices (the LP duals of the headcounts), so the
// next run of the same campaign starts from them and its proposals instead of from zero.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'ALTER TABLE allocation_runs ADD COLUMN job_prices jsonb;');
}
