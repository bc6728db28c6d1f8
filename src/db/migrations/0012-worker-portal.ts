// The worker's own pages (/m/): one-time codes for phones that have no account yet (a
// registration starts before there is a user to hang a login code on), the "I'm
// interested" marks on vacancies, and on the worker the travel group and the moment the
// PIPL consent was given.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const WORKER_PORTAL = `
  CREATE TABLE registration_codes (
    phone_hash text PRIMARY KEY,
    code_hash text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    expires_at timestamptz NOT NULL,
    ticket_hash text
  );
  CREATE TABLE worker_interests (
    province text NOT NULL,
    worker_id uuid NOT NULL,
    job_province text NOT NULL,
    job_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, worker_id, job_province, job_id)
  );
  CREATE INDEX worker_interests_job ON worker_interests (job_province, job_id);
  ALTER TABLE workers ADD COLUMN travel_group text;
  ALTER TABLE workers ADD COLUMN consent_at timestamptz;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, WORKER_PORTAL);
}
