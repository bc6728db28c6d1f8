// `menkou import workers FILE`: the import contract for registrations, on top of the
// shared pipeline. Personal numbers are encrypted here, before anything leaves memory.
import type { AppContext } from '../app/context.js';
import { campaignForWork } from '../campaigns/campaigns.service.js';
import { maskIdNumber, maskPhone } from '../core/mask.js';
import { type ImportOptions, type ImportOutcome, runImport } from '../imports/import-pipeline.js';
import { referenceLookups } from '../imports/lookups.data.js';
import { contentDigest, type Vault } from '../core/crypto.js';
import { WORKER_COLUMNS } from './workers.columns.js';
import { parseWorkerRow, type WorkerDraft } from './workers.parse.js';
import { upsertWorkers, type WorkerRow } from './workers.repository.js';

export type WorkerImportOptions = ImportOptions & { campaignId?: string; actor: string };

export function sealWorker(vault: Vault, draft: WorkerDraft): WorkerRow {
  const certificates = [...draft.certificates].sort();
  const idHash = vault.blindIndex(draft.idNumber);
  const phoneHash = draft.phone ? vault.blindIndex(draft.phone) : null;
  return {
    province: draft.regionCode.slice(0, 2),
    regionCode: draft.regionCode,
    name: draft.name,
    idEnc: vault.encrypt(draft.idNumber),
    idHash,
    idMasked: maskIdNumber(draft.idNumber),
    birthDate: draft.birthDate,
    gender: draft.gender,
    phoneEnc: draft.phone ? vault.encrypt(draft.phone) : null,
    phoneHash,
    phoneMasked: draft.phone ? maskPhone(draft.phone) : null,
    priority: draft.priority,
    industries: draft.industries,
    destinations: draft.destinations,
    minWage: draft.minWage,
    // Only blinded numbers go into the digest, so a plain hash leaks nothing extra.
    contentHash: contentDigest([
      draft.name, idHash, phoneHash, draft.regionCode, draft.priority, certificates, draft.industries, draft.destinations, draft.minWage,
    ]),
    certificates,
  };
}

export async function importWorkersFile(ctx: AppContext, file: string, options: WorkerImportOptions): Promise<ImportOutcome> {
  const campaign = await campaignForWork(ctx, options.campaignId);
  const lookups = referenceLookups();
  const context = { lookups, onDate: campaign.startDate };
  const outcome = await runImport(
    file,
    {
      columns: WORKER_COLUMNS,
      dedupeColumn: 'idNumber',
      dedupeLabel: { zh: '身份证号', en: 'identity number' },
      parseRow: (cells, label) => parseWorkerRow(cells, label, context),
      writeBatch: (batch: WorkerDraft[]) =>
        upsertWorkers(ctx.db, campaign.id, batch.map((draft) => sealWorker(ctx.vault, draft)), {
          actor: options.actor,
          source: 'import',
        }),
    },
    options,
  );
  ctx.log.info({ campaign: campaign.id, imported: outcome.imported, updated: outcome.updated, refused: outcome.refused }, 'workers imported');
  return outcome;
}
