// Every import is in the audit log, whoever ran it (an officer's CLI session, a script):
// which file, into which campaign, and what came of it. Counts only, never a row's data.
import path from 'node:path';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, systemActor } from '../auth/audit.service.js';
import type { Campaign } from '../campaigns/campaigns.repository.js';
import type { ImportOutcome } from '../spreadsheets/import-pipeline.js';

/** Callers outside the CLI and the API (tests, benchmarks, scripts) may name themselves with a string. */
export type ImportActor = Actor | string;

export function importActor(actor: ImportActor): Actor {
  return typeof actor === 'string' ? systemActor(actor) : actor;
}

export async function recordImport(
  ctx: AppContext,
  actor: Actor,
  entity: 'worker' | 'job',
  file: string,
  campaign: Campaign,
  outcome: ImportOutcome,
): Promise<void> {
  await recordAudit(ctx, actor, {
    action: `${entity}.import`,
    entity,
    entityId: campaign.id,
    regionCode: campaign.regionCode === '000000' ? '' : campaign.regionCode,
    after: {
      file: path.basename(file),
      imported: outcome.imported,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      refused: outcome.refused,
      stored: !outcome.aborted,
    },
  });
}
