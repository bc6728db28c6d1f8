// An officer corrects one registration: checked by the same rules as the import, written
// with a journey event and an audit entry holding before and after (numbers masked).
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { maskPhone } from '../core/mask.js';
import { findUnsafeCharacter, unsafeCharacterReason } from '../core/normalize.js';
import { parseMobile } from '../core/phone.js';
import { referenceLookups } from '../reference/lookups.data.js';
import type { ParseResult } from '../core/values.js';
import { findWorker, type WorkerSummary } from './workers.queries.js';
import { applyWorkerUpdate, markWithdrawn } from './workers.repository.js';

export type WorkerPatch = {
  name?: string;
  phone?: string | null;
  priority?: boolean;
  industries?: string[];
  destinations?: string[];
  minWage?: number;
};

export function workerNotFound(id: string) {
  return domainError({ code: 'not_found', record: `worker ${id}`, zh: '找不到该劳动力', en: 'no such worker' });
}

function codes(field: string, items: string[], rule: (text: string) => ParseResult<string>): string[] {
  if (items.length > 3) throw invalidInput('worker', field, { zh: '最多 3 项', en: 'at most 3 items' });
  return items.map((item) => {
    const result = rule(item);
    if (!result.ok) throw invalidInput('worker', field, { zh: `“${item}”：${result.reason.zh}`, en: `"${item}": ${result.reason.en}` });
    return result.value;
  });
}

export async function updateWorker(ctx: AppContext, actor: Actor, id: string, patch: WorkerPatch): Promise<WorkerSummary> {
  const before = await findWorker(ctx.db, actor.scope, id);
  if (!before) throw workerNotFound(id);
  if (!mayManage(actor)) throw domainError({ code: 'forbidden', zh: '无权修改劳动力信息', en: 'you may not change registrations' });
  const lookups = referenceLookups();
  const changes: Parameters<typeof applyWorkerUpdate>[2] = {};
  if (patch.name !== undefined) {
    const name = patch.name.trim();
    // The import's rule for a cell: no format (bidi), control or replacement characters.
    const unsafe = findUnsafeCharacter(name);
    if (unsafe) throw invalidInput('worker', 'name', unsafeCharacterReason(unsafe));
    if (name.length < 1 || name.length > 50) throw invalidInput('worker', 'name', { zh: '姓名为 1–50 个字', en: 'a name has 1–50 characters' });
    changes.name = name;
  }
  if (patch.phone !== undefined) {
    if (patch.phone === null || patch.phone === '') {
      Object.assign(changes, { phone_enc: null, phone_hash: null, phone_masked: null });
    } else {
      const phone = parseMobile(patch.phone);
      if (!phone.ok) throw invalidInput('worker', 'phone', phone.reason);
      Object.assign(changes, { phone_enc: ctx.vault.encrypt(phone.value), phone_hash: ctx.vault.blindIndex(phone.value), phone_masked: maskPhone(phone.value) });
    }
  }
  if (patch.priority !== undefined) changes.priority = patch.priority;
  if (patch.industries !== undefined) changes.industries = codes('industries', patch.industries, lookups.industry);
  if (patch.destinations !== undefined) changes.destinations = codes('destinations', patch.destinations, lookups.destination);
  if (patch.minWage !== undefined) {
    if (!Number.isInteger(patch.minWage) || patch.minWage < 0 || patch.minWage > 1_000_000) {
      throw invalidInput('worker', 'minWage', { zh: '期望月薪为 0–1000000 的整数', en: 'min wage is an integer 0–1000000' });
    }
    changes.min_wage = patch.minWage;
  }
  await applyWorkerUpdate(ctx.db, { province: before.regionCode.slice(0, 2), id, campaignId: before.campaignId }, changes, actor.login);
  const after = (await findWorker(ctx.db, actor.scope, id)) as WorkerSummary;
  await recordAudit(ctx, actor, { action: 'worker.update', entity: 'worker', entityId: id, regionCode: before.regionCode, before, after });
  return after;
}

/** A worker drops out: their assignment is withdrawn and the next trip plan leaves them off. */
export async function withdrawWorker(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<WorkerSummary> {
  const before = await findWorker(ctx.db, actor.scope, id);
  if (!before) throw workerNotFound(id);
  if (!mayManage(actor)) throw domainError({ code: 'forbidden', zh: '无权办理退出', en: 'you may not withdraw workers' });
  await markWithdrawn(ctx.db, { province: before.regionCode.slice(0, 2), id, campaignId: before.campaignId }, actor.login, reason.slice(0, 200));
  const after = (await findWorker(ctx.db, actor.scope, id)) as WorkerSummary;
  await recordAudit(ctx, actor, { action: 'worker.withdraw', entity: 'worker', entityId: id, regionCode: before.regionCode, before: { status: before.status }, after: { status: after.status, reason } });
  return after;
}
