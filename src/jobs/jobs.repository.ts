// SQL for employers and vacancies; bulk writes through unnest() like the workers'.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { BatchResult } from '../imports/import-pipeline.js';
import { arrayLiteral } from '../workers/workers.repository.js';
import type { VacancyFields } from './jobs.schema.js';

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
    const result = await sql<{ inserted: boolean }>`
      INSERT INTO jobs (province, campaign_id, employer_id, site_code, title, industry, headcount, wage, wage_max,
                        certificates, age_min, age_max, contact_name, contact_phone_enc, contact_phone_masked, start_date, content_hash)
      SELECT t.province, ${campaignId}::uuid, e.id, t.site_code, t.title, t.industry, t.headcount, t.wage, t.wage_max,
             t.certificates::text[], t.age_min, t.age_max, t.contact_name, t.contact_phone_enc, t.contact_phone_masked,
             t.start_date::date, t.content_hash
      FROM unnest(
        ${pick((j) => j.province)}::text[], ${pick((j) => j.employerCreditCode)}::text[], ${pick((j) => j.siteCode)}::text[],
        ${pick((j) => j.title)}::text[], ${pick((j) => j.industry)}::text[], ${pick((j) => j.headcount)}::integer[],
        ${pick((j) => j.wage)}::integer[], ${pick((j) => j.wageMax)}::integer[], ${pick((j) => arrayLiteral(j.certificates))}::text[],
        ${pick((j) => j.ageMin)}::integer[], ${pick((j) => j.ageMax)}::integer[], ${pick((j) => j.contactName)}::text[],
        ${pick((j) => j.contactPhoneEnc)}::text[], ${pick((j) => j.contactPhoneMasked)}::text[],
        ${pick((j) => j.startDate)}::text[], ${pick((j) => j.contentHash)}::text[]
      ) AS t(province, credit_code, site_code, title, industry, headcount, wage, wage_max, certificates, age_min, age_max,
             contact_name, contact_phone_enc, contact_phone_masked, start_date, content_hash)
      JOIN employers e ON e.credit_code = t.credit_code
      ON CONFLICT (province, campaign_id, employer_id, site_code, title) DO UPDATE SET
        industry = excluded.industry, headcount = excluded.headcount, wage = excluded.wage, wage_max = excluded.wage_max,
        certificates = excluded.certificates, age_min = excluded.age_min, age_max = excluded.age_max,
        contact_name = excluded.contact_name, contact_phone_enc = excluded.contact_phone_enc,
        contact_phone_masked = excluded.contact_phone_masked, start_date = excluded.start_date,
        content_hash = excluded.content_hash, updated_at = now()
      WHERE jobs.content_hash IS DISTINCT FROM excluded.content_hash
      RETURNING (xmax = 0) AS inserted
    `.execute(trx);
    // Identical rows are skipped by the WHERE above and come back from RETURNING not at all.
    const inserted = result.rows.filter((row) => row.inserted).length;
    const updated = result.rows.length - inserted;
    return { inserted, updated, unchanged: jobs.length - inserted - updated };
  });
}
