// Employers post their own vacancies; a posted one waits for an officer before allocation
// uses it. Existing and imported vacancies were entered by officers, so they start approved.
// The employer's decision on each proposed worker is kept with its reason, so the worker's
// journey and a later run can both see it.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const VACANCY_APPROVAL = `
  ALTER TABLE jobs ADD COLUMN approval text NOT NULL DEFAULT 'approved' CHECK (approval IN ('pending', 'approved', 'rejected'));
  ALTER TABLE jobs ADD COLUMN approval_reason text;
  ALTER TABLE jobs ADD COLUMN reviewed_by text;
  ALTER TABLE jobs ADD COLUMN reviewed_at timestamptz;
  CREATE INDEX jobs_pending ON jobs (approval) WHERE approval = 'pending';
  CREATE TABLE assignment_decisions (
    province text NOT NULL,
    worker_id uuid NOT NULL,
    job_province text NOT NULL,
    job_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    decision text NOT NULL CHECK (decision IN ('confirmed', 'declined')),
    reason text,
    actor text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, worker_id, job_province, job_id)
  );
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, VACANCY_APPROVAL);
}
