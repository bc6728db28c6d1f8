// What each allocation run changed against the proposals before it: who got a new
// proposal, who moved to another vacancy, who lost theirs, and the rule or reason why.
// People data, keyed by province first like the assignments it describes.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const ALLOCATION_CHANGES = `
  CREATE TABLE allocation_changes (
    province char(2) NOT NULL,
    run_id uuid NOT NULL REFERENCES allocation_runs(id),
    worker_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('new', 'moved', 'dropped')),
    job_before uuid,
    job_after uuid,
    value_before integer,
    value_after integer,
    reason text NOT NULL,
    PRIMARY KEY (province, run_id, worker_id),
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
  );
  CREATE INDEX allocation_changes_run ON allocation_changes (run_id, kind);
  CREATE INDEX assignments_run ON assignments (run_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ALLOCATION_CHANGES);
}
