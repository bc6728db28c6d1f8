// Imports started from the web console: who uploaded which file into which campaign, its
// progress and counts, and the refused rows' workbook. That workbook holds full identity
// numbers and phones (the officer needs them to correct the rows), so it is stored
// SM4-encrypted like every personal number, served only through the scoped route, and
// dropped when it expires.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const IMPORT_RUNS = `
  CREATE TABLE import_runs (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('workers', 'jobs')),
    campaign_id uuid REFERENCES campaigns(id),
    actor_id uuid,
    actor_login text NOT NULL,
    region_prefix text NOT NULL,
    file_name text NOT NULL,
    file_bytes integer NOT NULL DEFAULT 0,
    status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    rows integer NOT NULL DEFAULT 0,
    bytes_read integer NOT NULL DEFAULT 0,
    imported integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0,
    unchanged integer NOT NULL DEFAULT 0,
    refused integer NOT NULL DEFAULT 0,
    error jsonb,
    errors_enc text,
    errors_expire_at timestamptz,
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  );
  CREATE INDEX import_runs_started ON import_runs (started_at);
  CREATE INDEX import_runs_region ON import_runs (region_prefix text_pattern_ops, started_at);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, IMPORT_RUNS);
}
