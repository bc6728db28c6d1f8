// Assisted registration: an officer types in one worker. The form's fields become the
// cells of one spreadsheet row and go through the import's own row rules, sealing and
// batch write (a batch of one), so a typed registration and an imported one can never
// differ. Every broken field is named at once, in Chinese and English.
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { campaignForWork, getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { findUnsafeCharacter, normalizeCell, unsafeCharacterReason } from '../core/normalize.js';
import { inScopePrefix } from '../core/scope.js';
import { referenceLookups } from '../reference/lookups.data.js';
import type { RowProblem } from '../spreadsheets/import-pipeline.js';
import type { RawCell } from '../spreadsheets/sheet-reader.js';
import type { WorkerColumn } from './workers.columns.js';
import { sealWorker } from './workers.import.js';
import { parseWorkerRow } from './workers.parse.js';
import { findRegistration, findWorker, type WorkerSummary } from './workers.queries.js';
import { upsertWorkers } from './workers.repository.js';
import type { WorkerRegistrationBody } from './workers.schema.js';

function cellsOf(body: WorkerRegistrationBody): Map<WorkerColumn, RawCell> {
  return new Map<WorkerColumn, RawCell>([
    ['name', body.name],
    ['idNumber', body.idNumber],
    ['phone', body.phone ?? ''],
    ['origin', body.origin],
    ['priority', body.priority ? '是' : '否'],
    ['certificates', body.certificates.join('、')],
    ['industries', body.industries.join('、')],
    ['destinations', body.destinations.join('、')],
    ['minWage', body.minWage > 0 ? String(body.minWage) : ''],
  ]);
}

function refused(problems: RowProblem[]): Error {
  const issues = problems.map((p) => ({ field: p.column, zh: p.reason.zh, en: p.reason.en }));
  const first = issues[0];
  return domainError({ code: 'invalid_input', record: 'worker', field: first.field, zh: first.zh, en: first.en, issues });
}

// Someone registered elsewhere is not shown, only said to exist: one person is registered
// once per campaign, and the officer must know to ask about it.
function alreadyRegistered(id: string | null) {
  return domainError({
    code: 'conflict', record: id ? `worker ${id}` : 'worker', field: 'idNumber',
    zh: id ? '该身份证号已登记' : '该身份证号已在其他地区登记', en: id ? 'this identity number is already registered' : 'this identity number is registered in another region',
  });
}

export async function registerWorker(ctx: AppContext, actor: Actor, body: WorkerRegistrationBody): Promise<WorkerSummary> {
  if (!mayManage(actor) || actor.scope.kind !== 'region') {
    throw domainError({ code: 'forbidden', zh: '无权登记劳动力', en: 'you may not register workers' });
  }
  const prefix = actor.scope.prefix;
  const campaign = body.campaign ? await getVisibleCampaign(ctx, actor.scope, body.campaign) : await campaignForWork(ctx, undefined);
  const cells = cellsOf(body);
  // The pipeline refuses these characters before the row rules; so does a form.
  const unsafe: RowProblem[] = [];
  for (const [key, cell] of cells) {
    const text = normalizeCell(String(cell));
    const found = findUnsafeCharacter(text);
    if (found) unsafe.push({ column: key, value: text, reason: unsafeCharacterReason(found) });
  }
  if (unsafe.length > 0) throw refused(unsafe);
  const parsed = parseWorkerRow(cells, (key) => key, { lookups: referenceLookups(), onDate: campaign.startDate });
  if (!parsed.ok) throw refused(parsed.problems);
  const draft = parsed.value;
  if (!inScopePrefix(prefix, draft.regionCode)) {
    throw invalidInput('worker', 'origin', { zh: '户籍地不在您的辖区内', en: 'the county of origin is outside your region' });
  }
  const sealed = sealWorker(ctx.vault, draft);
  const existing = await findRegistration(ctx.db, actor.scope, campaign.id, sealed.province, sealed.idHash);
  if (existing) throw alreadyRegistered(existing.id ?? null);
  // Insert only: two officers registering the same person at once must not turn the
  // second registration into a silent update of the first.
  const written = await upsertWorkers(ctx.db, campaign.id, [sealed], { actor: actor.login, source: 'assisted' }, { insertOnly: true });
  const stored = await findRegistration(ctx.db, actor.scope, campaign.id, sealed.province, sealed.idHash);
  if (written.inserted === 0) throw alreadyRegistered(stored?.id ?? null);
  const worker = stored?.id ? await findWorker(ctx.db, actor.scope, stored.id) : undefined;
  if (!worker) throw new Error('registered worker not found right after writing it');
  await recordAudit(ctx, actor, { action: 'worker.register', entity: 'worker', entityId: worker.id, regionCode: worker.regionCode, after: worker });
  return worker;
}
