// The worker's answers on the phone pages: accept or decline the job offered, change
// wishes, withdraw from the campaign. Each is journaled (with who assisted, if anyone)
// and audited; refusals name the field in Chinese and English.
import type { AppContext } from '../app/context.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import type { ParseResult } from '../core/values.js';
import { referenceLookups } from '../reference/lookups.data.js';
import { appendEvent, declineOffer, updateWishes, type WishChanges, withdrawWorker } from './answers.repository.js';
import { eventActor, type PortalWho } from './assisted.js';
import { currentOffer, journeyEvents, workerRecord } from './portal.repository.js';
import { destinationText } from './portal.values.js';

const noOffer = () => domainError({ code: 'not_found', record: 'offer', zh: '目前没有推荐给您的岗位', en: 'no job is offered to you at present' });

function reasonOf(text: string | undefined, required: { zh: string; en: string }): string {
  const reason = (text ?? '').trim();
  if (reason === '') throw invalidInput('worker', 'reason', required);
  if (reason.length > 200) throw invalidInput('worker', 'reason', { zh: '原因不超过 200 字', en: 'a reason has at most 200 characters' });
  return reason;
}

export async function answerOffer(ctx: AppContext, who: PortalWho, body: { accept: boolean; reason?: string }): Promise<{ answer: 'accepted' | 'declined' }> {
  const offer = await currentOffer(ctx.db, who);
  if (!offer) throw noOffer();
  const job = { province: offer.job_province, id: offer.job_id };
  const by = eventActor(who);
  if (body.accept) {
    const events = await journeyEvents(ctx.db, who);
    const last = [...events].reverse().find((e) => (e.type === 'offer_accepted' || e.type === 'offer_declined') && (e.data as { job?: string }).job === job.id);
    // Accepting twice (a retried tap on a flaky network) records it once.
    if (last?.type !== 'offer_accepted') await appendEvent(ctx.db, who, 'offer_accepted', { actor: by.actor, data: { ...by.data, job: job.id } });
  } else {
    const reason = reasonOf(body.reason, { zh: '婉拒须填写原因', en: 'declining needs a reason' });
    if (!(await declineOffer(ctx.db, who, job, reason, { actor: by.actor, data: { ...by.data, job: job.id, reason } }))) throw noOffer();
  }
  await recordAudit(ctx, who.actor, {
    action: body.accept ? 'offer.accept' : 'offer.decline', entity: 'worker', entityId: who.id, regionCode: who.regionCode,
    after: { job: job.id, assisted: who.assistedBy !== null, reason: body.accept ? null : body.reason?.trim() },
  });
  return { answer: body.accept ? 'accepted' : 'declined' };
}

function codes(field: string, items: readonly string[], rule: (text: string) => ParseResult<string>): string[] {
  return [...new Set(items.map((item) => {
    const result = rule(item);
    if (!result.ok) throw invalidInput('worker', field, { zh: `“${item}”：${result.reason.zh}`, en: `"${item}": ${result.reason.en}` });
    return result.value;
  }))];
}


export async function changeWishes(
  ctx: AppContext, who: PortalWho, body: { industries?: string[]; destinations?: string[]; minWage?: number; certificates?: string[] },
): Promise<void> {
  const before = await workerRecord(ctx.db, who);
  if (!before) throw noOffer();
  if (before.status === 'withdrawn') {
    throw domainError({ code: 'conflict', record: 'worker', field: 'status', zh: '您已退出本次活动', en: 'you have withdrawn from this campaign' });
  }
  const lookups = referenceLookups();
  const changes: WishChanges = {};
  if (body.industries) changes.industries = codes('industries', body.industries, lookups.industry);
  if (body.destinations) changes.destinations = codes('destinations', body.destinations.map(destinationText), lookups.destination);
  if (body.minWage !== undefined) changes.min_wage = body.minWage;
  const certificates = body.certificates ? codes('certificates', body.certificates, lookups.certificate).sort() : undefined;
  const fields = [...Object.keys(changes), ...(certificates ? ['certificates'] : [])];
  if (fields.length === 0) return;
  const by = eventActor(who);
  await updateWishes(ctx.db, who, changes, certificates, { actor: by.actor, data: { ...by.data, source: 'phone', fields } });
  await recordAudit(ctx, who.actor, {
    action: 'worker.wishes', entity: 'worker', entityId: who.id, regionCode: who.regionCode,
    before: { industries: before.industries, destinations: before.destinations, minWage: before.min_wage },
    after: { ...changes, certificates, assisted: who.assistedBy !== null },
  });
}

export async function withdrawFromCampaign(ctx: AppContext, who: PortalWho, reasonText: string): Promise<void> {
  const reason = reasonOf(reasonText, { zh: '退出须填写原因', en: 'withdrawing needs a reason' });
  const by = eventActor(who);
  await withdrawWorker(ctx.db, who, { actor: by.actor, data: { ...by.data, reason, source: 'phone' } });
  await recordAudit(ctx, who.actor, {
    action: 'worker.withdraw', entity: 'worker', entityId: who.id, regionCode: who.regionCode, after: { status: 'withdrawn', reason, assisted: who.assistedBy !== null },
  });
}
