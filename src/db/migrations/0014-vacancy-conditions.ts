// What a worker weighs beside the wage: housing and meals (given, paid as an allowance, or
// neither), and the site's street address. Nullable: vacancies entered before say nothing.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const PROVISION = `CHECK (%s IN ('provided', 'allowance', 'none'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `
    ALTER TABLE jobs ADD COLUMN site_address text;
    ALTER TABLE jobs ADD COLUMN accommodation text ${PROVISION.replace('%s', 'accommodation')};
    ALTER TABLE jobs ADD COLUMN meals text ${PROVISION.replace('%s', 'meals')};
  `);
}
