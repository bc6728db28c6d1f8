// Accounts that can be managed: an account can be disabled (it cannot sign in and its
// sessions end), and failed sign-ins are counted per login AND address, so a stranger
// elsewhere cannot lock an officer out. The count is kept for unknown logins too, so a
// lock-out cannot tell which logins exist.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const ACCOUNT_MANAGEMENT = `
  ALTER TABLE users ADD COLUMN disabled_at timestamptz;
  ALTER TABLE users DROP COLUMN failed_logins;
  ALTER TABLE users DROP COLUMN locked_until;
  CREATE TABLE login_failures (
    login text NOT NULL,
    ip text NOT NULL,
    failures integer NOT NULL,
    last_at timestamptz NOT NULL DEFAULT now(),
    locked_until timestamptz,
    PRIMARY KEY (login, ip)
  );
  CREATE INDEX login_failures_last ON login_failures (last_at);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ACCOUNT_MANAGEMENT);
}
