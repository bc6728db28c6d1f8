// Retention follow-up (issue 13): checks fall due 1, 3 and 6 months after a worker's arrival
// (the campaign's schedule); each ends as employed at the same employer, changed job, returned
// home or unreachable. Only results are stored: when a check is due is derived from the
// arrival event, so a changed schedule never leaves stale rows. A result carries a snapshot
// of where the worker was sent (employer, job, industry, home county) so the rates read one
// table even at a million workers. A later result for the same check replaces the earlier
// one; each is also a journey event, which keeps the history.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const RETENTION = `
  ALTER TABLE campaigns ADD COLUMN retention_months integer[] NOT NULL DEFAULT '{1,3,6}';
  ALTER TABLE campaigns ADD COLUMN retention_threshold numeric(3, 2) NOT NULL DEFAULT 0.70 CHECK (retention_threshold BETWEEN 0 AND 1);
  CREATE TABLE retention_checks (
    province char(2) NOT NULL,
    worker_id uuid NOT NULL,
    month smallint NOT NULL CHECK (month BETWEEN 1 AND 36),
    campaign_id uuid NOT NULL,
    region_code text NOT NULL,
    due_date date NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('employed', 'changed_job', 'returned_home', 'unreachable')),
    where_text text,
    where_region text,
    employer_id uuid,
    job_province text,
    job_id uuid,
    industry text,
    source text NOT NULL CHECK (source IN ('employer', 'worker', 'officer', 'import')),
    actor text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, worker_id, month),
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
  );
  CREATE INDEX retention_checks_campaign ON retention_checks (campaign_id, region_code);
  CREATE INDEX retention_checks_employer ON retention_checks (employer_id, campaign_id);
  CREATE INDEX worker_events_arrived ON worker_events (campaign_id, province, worker_id) WHERE type = 'arrived';
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, RETENTION);
}
