// `menkou import jobs FILE`: the import contract for vacancies. Employers are keyed by
// their unified social credit code; a vacancy by employer, site and title.
import type { AppContext } from '../app/context.js';
import { campaignForWork } from '../campaigns/campaigns.service.js';
import { contentDigest, type Vault } from '../core/crypto.js';
import { maskPhone } from '../core/mask.js';
import { type ImportActor, importActor, recordImport } from '../imports/import-audit.js';
import { type ImportOptions, type ImportOutcome, runImport } from '../spreadsheets/import-pipeline.js';
import { referenceLookups } from '../reference/lookups.data.js';
import { JOB_COLUMNS } from './jobs.columns.js';
import { type JobDraft, parseJobRow } from './jobs.parse.js';
import { type EmployerRow, type JobRow, upsertEmployersAndJobs } from './jobs.repository.js';
import type { VacancyFields } from './jobs.schema.js';
import { pickVacancyFields, VACANCY_FIELDS } from './vacancy-columns.js';

export type JobImportOptions = ImportOptions & { campaignId?: string; actor: ImportActor };

/** GB 32100: characters 3–8 of the credit code are the registering authority's region. */
export function employerRegion(creditCode: string, siteCode: string): string {
  const region = creditCode.slice(2, 8);
  return /^[1-8]\d{5}$/.test(region) ? region : siteCode;
}

export function sealJob(vault: Vault, draft: JobDraft): JobRow {
  const fields: VacancyFields = { ...pickVacancyFields(draft), certificates: [...draft.certificates].sort() };
  // What counts as a change on re-import: every field but the vacancy's identity (employer,
  // site, title), the employer's name, and the contact phone by its blind index.
  const content = [
    draft.employer, ...VACANCY_FIELDS.filter((field) => field !== 'siteCode' && field !== 'title').map((field) => fields[field]),
    draft.contactPhone ? vault.blindIndex(draft.contactPhone) : null,
  ];
  return {
    ...fields,
    province: draft.siteCode.slice(0, 2),
    employerCreditCode: draft.creditCode,
    contactPhoneEnc: draft.contactPhone ? vault.encrypt(draft.contactPhone) : null,
    contactPhoneMasked: draft.contactPhone ? maskPhone(draft.contactPhone) : null,
    contentHash: contentDigest(content),
  };
}

export function employersOf(drafts: readonly JobDraft[]): EmployerRow[] {
  const byCode = new Map<string, EmployerRow>();
  for (const draft of drafts) {
    byCode.set(draft.creditCode, { creditCode: draft.creditCode, name: draft.employer, regionCode: employerRegion(draft.creditCode, draft.siteCode) });
  }
  return [...byCode.values()];
}

export async function importJobsFile(ctx: AppContext, file: string, options: JobImportOptions): Promise<ImportOutcome> {
  const campaign = await campaignForWork(ctx, options.campaignId);
  const lookups = referenceLookups();
  const outcome = await runImport(
    file,
    {
      columns: JOB_COLUMNS,
      dedupeColumn: 'title',
      dedupeLabel: { zh: '（同一单位、地点、岗位）', en: 'vacancy (same employer, site and title)' },
      parseRow: (cells, label) => parseJobRow(cells, label, lookups),
      writeBatch: (batch: JobDraft[]) =>
        upsertEmployersAndJobs(ctx.db, campaign.id, employersOf(batch), batch.map((draft) => sealJob(ctx.vault, draft))),
    },
    options,
  );
  await recordImport(ctx, importActor(options.actor), 'job', file, campaign, outcome);
  ctx.log.info({ campaign: campaign.id, imported: outcome.imported, updated: outcome.updated, unchanged: outcome.unchanged, refused: outcome.refused }, 'jobs imported');
  return outcome;
}
