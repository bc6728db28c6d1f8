// SQL for employers and vacancies; bulk writes through unnest() like the workers'.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { BatchResult } from '../spreadsheets/import-pipeline.js';
import { arrayLiteral } from '../workers/workers.repository.js';
import type { VacancyFields } from './jobs.schema.js';
import { VACANCY_COLUMNS, VACANCY_FIELDS, type VacancyField } from './vacancy-columns.js';

/** A vacancy's identity within a campaign and employer: what a re-import matches on, never overwrites. */
const KEY_FIELDS: ReadonlySet<VacancyField> = new Set(['siteCode', 'title']);

/** A vacancy ready to store: the shared fields (jobs.schema.ts) plus what sealing adds. */
export type JobRow = VacancyFields & {
  province: string;
  employerCreditCode: string;
  contactPhoneEnc: string | null;
  contactPhoneMasked: string | null;
  contentHash: string;
};

export type EmployerRow = { creditCode: string; name: string; regionCode: string };

export async function upsertEmployersAndJobs(
  db: Db,
  campaignId: string,
  employers: readonly EmployerRow[],
  jobs: readonly JobRow[],
): Promise<BatchResult> {
  if (jobs.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  return db.transaction().execute(async (trx) => {
    // An employer record is shared by every campaign and bureau that hires for it: a sheet
    // only adds employers it does not know; renaming one is an audited edit on its page.
    await sql`
      INSERT INTO employers (credit_code, name, region_code)
      SELECT * FROM unnest(${employers.map((e) => e.creditCode)}::text[], ${employers.map((e) => e.name)}::text[],
                           ${employers.map((e) => e.regionCode)}::text[])
      ON CONFLICT (credit_code) DO NOTHING
    `.execute(trx);
    const pick = <T>(f: (job: JobRow) => T): T[] => jobs.map(f);
    // unnest() takes one array per column; a text[] field travels as array literals.
    const fieldArrays = VACANCY_FIELDS.map((field) => {
      const { cast } = VACANCY_COLUMNS[field];
      const values = cast === 'text[]' ? pick((j) => arrayLiteral(j[field] as string[])) : pick((j) => j[field]);
      return sql`${values}::${sql.raw(cast === 'text[]' || cast === 'date' ? 'text' : cast)}[]`;
    });
    const fieldReads = VACANCY_FIELDS.map((field) => {
      const { column, cast } = VACANCY_COLUMNS[field];
      return cast === 'text[]' || cast === 'date' ? sql.raw(`t.${column}::${cast}`) : sql.raw(`t.${column}`);
    });
    const fieldColumns = sql.raw(VACANCY_FIELDS.map((field) => VACANCY_COLUMNS[field].column).join(', '));
    const fieldUpdates = sql.raw(VACANCY_FIELDS.filter((field) => !KEY_FIELDS.has(field))
      .map((field) => `${VACANCY_COLUMNS[field].column} = excluded.${VACANCY_COLUMNS[field].column}`).join(', '));
    const result = await sql<{ inserted: boolean }>`
      INSERT INTO jobs (province, campaign_id, employer_id, ${fieldColumns}, contact_phone_enc, contact_phone_masked, content_hash)
      SELECT t.province, ${campaignId}::uuid, e.id, ${sql.join(fieldReads)}, t.contact_phone_enc, t.contact_phone_masked, t.content_hash
      FROM unnest(
        ${pick((j) => j.province)}::text[], ${pick((j) => j.employerCreditCode)}::text[], ${sql.join(fieldArrays)},
        ${pick((j) => j.contactPhoneEnc)}::text[], ${pick((j) => j.contactPhoneMasked)}::text[], ${pick((j) => j.contentHash)}::text[]
      ) AS t(province, credit_code, ${fieldColumns}, contact_phone_enc, contact_phone_masked, content_hash)
      JOIN employers e ON e.credit_code = t.credit_code
      ON CONFLICT (province, campaign_id, employer_id, site_code, title) DO UPDATE SET
        ${fieldUpdates}, contact_phone_enc = excluded.contact_phone_enc,
        contact_phone_masked = excluded.contact_phone_masked, content_hash = excluded.content_hash, updated_at = now()
      WHERE jobs.content_hash IS DISTINCT FROM excluded.content_hash
      RETURNING (xmax = 0) AS inserted
    `.execute(trx);
    // Identical rows are skipped by the WHERE above and come back from RETURNING not at all.
    const inserted = result.rows.filter((row) => row.inserted).length;
    const updated = result.rows.length - inserted;
    return { inserted, updated, unchanged: jobs.length - inserted - updated };
  });
}
