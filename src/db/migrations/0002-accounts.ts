// Accounts, sessions, one-time codes for workers, the audit log, and assignments
// (worker ↔ vacancy), which both allocation and employers' scope rest on.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const ACCOUNTS = `
  CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login text NOT NULL UNIQUE,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'province', 'city', 'county', 'employer', 'checkin', 'worker')),
    region_prefix text NOT NULL DEFAULT '' CHECK (region_prefix ~ '^[0-9]{0,6}$'),
    employer_id uuid REFERENCES employers(id),
    gathering_point_id uuid REFERENCES gathering_points(id),
    worker_province char(2),
    worker_id uuid,
    password_hash text,
    failed_logins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    created_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (worker_province, worker_id) REFERENCES workers(province, id)
  );
  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    ip text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);
  CREATE TABLE login_codes (
    user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id uuid,
    actor_login text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    region_code text NOT NULL DEFAULT '',
    ip text,
    before jsonb,
    after jsonb
  );
  CREATE INDEX audit_region ON audit_log (region_code text_pattern_ops, id);
  CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
  END $$;
  CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
  CREATE TABLE assignments (
    province char(2) NOT NULL,
    worker_id uuid NOT NULL,
    campaign_id uuid NOT NULL REFERENCES campaigns(id),
    job_province char(2) NOT NULL,
    job_id uuid NOT NULL,
    status text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'withdrawn')),
    run_id uuid,
    value integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, worker_id, campaign_id),
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id),
    FOREIGN KEY (job_province, job_id) REFERENCES jobs(province, id)
  );
  CREATE INDEX assignments_job ON assignments (job_province, job_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ACCOUNTS);
}
