// Writes of one employer at a time (the console's form); bulk writes are the import's
// (jobs.repository.ts). A taken credit code comes back as 'taken', never as an exception.
import type { Db } from '../db/database.js';

export type EmployerValues = { creditCode: string; name: string; regionCode: string };

/** PostgreSQL's unique_violation, as pg and PGlite both report it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export async function insertEmployer(db: Db, values: EmployerValues): Promise<{ id: string } | 'taken'> {
  const row = await db
    .insertInto('employers')
    .values({ credit_code: values.creditCode, name: values.name, region_code: values.regionCode })
    .onConflict((oc) => oc.column('credit_code').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ?? 'taken';
}

export async function employerIdByCreditCode(db: Db, creditCode: string): Promise<string | undefined> {
  const row = await db.selectFrom('employers').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
  return row?.id;
}

export async function updateEmployerRow(db: Db, id: string, values: Partial<EmployerValues>): Promise<'done' | 'taken'> {
  const set: { credit_code?: string; name?: string; region_code?: string; updated_at: Date } = { updated_at: new Date() };
  if (values.creditCode !== undefined) set.credit_code = values.creditCode;
  if (values.name !== undefined) set.name = values.name;
  if (values.regionCode !== undefined) set.region_code = values.regionCode;
  try {
    await db.updateTable('employers').set(set).where('id', '=', id).execute();
    return 'done';
  } catch (error) {
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}
