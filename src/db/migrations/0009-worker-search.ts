// Indexes for the workers table of the console: whole numbers are found by their blind
// index, last digits through the masks' last four characters, and the sorted columns
// walk in order for the first pages of a province's list.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const WORKER_SEARCH = `
  CREATE INDEX workers_id_hash ON workers (province, id_hash);
  CREATE INDEX workers_phone_hash ON workers (province, phone_hash) WHERE phone_hash IS NOT NULL;
  CREATE INDEX workers_id_last4 ON workers (province, right(id_masked, 4));
  CREATE INDEX workers_phone_last4 ON workers (province, right(phone_masked, 4)) WHERE phone_masked IS NOT NULL;
  CREATE INDEX workers_certificate ON worker_certificates (certificate_code, province, worker_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, WORKER_SEARCH);
}
