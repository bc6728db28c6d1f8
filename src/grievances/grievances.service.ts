// Grievances as use cases: a worker (or an officer on their behalf) files one about their
// destination; it is routed by the worker's home region (the county officers reach it) and
// by the job (the employer's account reaches it); officers, the employer and the worker
// move it through received → in hand → resolved → closed, each move journaled and audited.
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { fullName } from '../core/regions.js';
import type { PortalWho } from '../worker-portal/assisted.js';
import {
  CATEGORY_TEXT, checkMove, dueAt, type GrievanceCategory, type GrievanceParty, type GrievanceState, isOverdue, movesFor, STATE_TEXT,
} from './grievance.rules.js';
import {
  findGrievance, type GrievanceFilter, type GrievanceRow, grievanceEvents, insertGrievance, listGrievances, listPhotos, moveGrievance, workerDestination,
} from './grievances.repository.js';
import type { GrievanceJson } from './grievances.schema.js';

export const grievanceNotFound = (id: string) =>
  domainError({ code: 'not_found', record: `grievance ${id}`, zh: '找不到该投诉', en: 'no such grievance' });

/** Which side of a grievance the caller is on; check-in staff and nobody-accounts have none. */
export function partyOf(actor: Actor): GrievanceParty {
  if (actor.scope.kind === 'worker') return 'worker';
  if (actor.scope.kind === 'employer') return 'employer';
  if (actor.scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role))) return 'officer';
  throw domainError({ code: 'forbidden', zh: '只有劳动力本人、辖区官员和用人单位可以处理投诉', en: 'only the worker, officers of their region and the employer may handle grievances' });
}

function text(value: string | undefined, field: string, max: number, required: boolean): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') {
    if (required) throw invalidInput('grievance', field, field === 'description'
      ? { zh: '请写明发生了什么', en: 'say what happened' }
      : { zh: '这一步须填写处理说明', en: 'this step needs a note saying what was done' });
    return null;
  }
  if (trimmed.length > max) throw invalidInput('grievance', field, { zh: `不超过 ${max} 字`, en: `at most ${max} characters` });
  return trimmed;
}

export async function grievanceJson(ctx: AppContext, row: GrievanceRow, party: GrievanceParty | null, now = new Date()): Promise<GrievanceJson> {
  const state = row.state as GrievanceState;
  const key = { province: row.province, id: row.id };
  const [events, photos] = await Promise.all([grievanceEvents(ctx.db, key), listPhotos(ctx.db, key)]);
  return {
    id: row.id, category: row.category as GrievanceCategory, categoryText: CATEGORY_TEXT[row.category as GrievanceCategory],
    description: ctx.vault.decrypt(row.description_enc), state, stateText: STATE_TEXT[state],
    dueAt: row.due_at?.toISOString() ?? null, overdue: isOverdue(state, row.due_at, now),
    createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(), reportedBy: row.reported_by,
    worker: { id: row.worker_id, name: row.worker_name },
    routedTo: {
      county: { code: row.region_code, name: fullName(row.region_code) ?? row.region_code },
      employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
      job: row.job_id ? { id: row.job_id, title: row.job_title ?? '' } : null,
      contact: row.job_id ? { name: row.contact_name, phoneMasked: row.contact_phone_masked } : null,
    },
    photos: photos.map((p) => ({ id: p.id, mime: p.mime, bytes: p.bytes, url: `/api/grievances/${row.id}/photos/${p.id}` })),
    history: events.map((e) => ({
      at: e.at.toISOString(), actor: e.actor, role: e.actor_role, from: (e.state_from as GrievanceState | null), to: e.state_to as GrievanceState,
      note: e.note_enc ? ctx.vault.decrypt(e.note_enc) : null,
    })),
    moves: party ? movesFor(state, party) : [],
  };
}

export async function fileGrievance(
  ctx: AppContext, who: PortalWho, body: { category: GrievanceCategory; description: string; clientId?: string },
): Promise<GrievanceJson> {
  const description = text(body.description, 'description', 1000, true) as string;
  const destination = await workerDestination(ctx.db, who);
  const now = new Date();
  const reportedBy = who.assistedBy ?? 'worker';
  const { id, created } = await insertGrievance(ctx.db, {
    province: who.province, workerId: who.id, campaignId: who.campaignId, regionCode: who.regionCode,
    employerId: destination?.employer_id ?? null, jobProvince: destination?.job_province ?? null, jobId: destination?.job_id ?? null,
    category: body.category, descriptionEnc: ctx.vault.encrypt(description), dueAt: dueAt('received', now) as Date,
    reportedBy, actorRole: who.assistedBy ? who.actor.role : 'worker', clientId: body.clientId ?? null,
  });
  if (created) {
    await recordAudit(ctx, who.actor, {
      action: 'grievance.file', entity: 'grievance', entityId: id, regionCode: who.regionCode,
      after: { worker: who.id, category: body.category, employer: destination?.employer_id ?? null, assisted: who.assistedBy !== null },
    });
  }
  const row = await findGrievance(ctx.db, { kind: 'worker', province: who.province, workerId: who.id }, id);
  if (!row) throw grievanceNotFound(id);
  return grievanceJson(ctx, row, 'worker', now);
}

/** The worker's own grievances, newest first (the phone page; at most 50, a season's worth). */
export async function workerGrievances(ctx: AppContext, who: PortalWho): Promise<{ items: GrievanceJson[]; total: number }> {
  const scope = { kind: 'worker' as const, province: who.province, workerId: who.id };
  const { rows, total } = await listGrievances(ctx.db, scope, {}, { limit: 50, offset: 0 }, new Date());
  return { items: await Promise.all(rows.map((r) => grievanceJson(ctx, r, 'worker'))), total };
}

export async function findVisibleGrievance(ctx: AppContext, actor: Actor, id: string): Promise<GrievanceRow> {
  const row = isUuid(id) ? await findGrievance(ctx.db, actor.scope, id) : undefined;
  if (!row) throw grievanceNotFound(id);
  return row;
}

export async function getGrievance(ctx: AppContext, actor: Actor, id: string): Promise<GrievanceJson> {
  const party = partyOf(actor);
  return grievanceJson(ctx, await findVisibleGrievance(ctx, actor, id), party);
}

export async function consoleGrievances(ctx: AppContext, actor: Actor, filter: GrievanceFilter, page: { limit: number; offset: number }) {
  const party = partyOf(actor);
  if (party === 'worker') {
    throw domainError({ code: 'forbidden', zh: '请在“我的报名”页面查看自己的投诉', en: 'see your own grievances on your phone pages' });
  }
  const now = new Date();
  const { rows, total } = await listGrievances(ctx.db, actor.scope, filter, page, now);
  return { items: await Promise.all(rows.map((r) => grievanceJson(ctx, r, party, now))), total };
}

export async function changeGrievanceState(ctx: AppContext, actor: Actor, id: string, body: { to: GrievanceState; note?: string }): Promise<GrievanceJson> {
  const party = partyOf(actor);
  const row = await findVisibleGrievance(ctx, actor, id);
  const from = row.state as GrievanceState;
  const check = checkMove(from, body.to, party);
  if (!check.ok) throw domainError({ code: check.why === 'not_yours' ? 'forbidden' : 'conflict', record: `grievance ${id}`, field: 'to', ...check.reason });
  const note = text(body.note, 'note', 1000, check.noteRequired);
  const now = new Date();
  const moved = await moveGrievance(ctx.db, { province: row.province, id: row.id }, {
    from, to: body.to, dueAt: dueAt(body.to, now), actor: actor.login, actorRole: actor.role, noteEnc: note ? ctx.vault.encrypt(note) : null,
    worker: { province: row.province, id: row.worker_id, campaignId: row.campaign_id },
  });
  if (!moved) {
    throw domainError({ code: 'conflict', record: `grievance ${id}`, field: 'to', zh: '该投诉刚被他人处理，请刷新后再试', en: 'someone else has just changed this grievance: reload and try again' });
  }
  await recordAudit(ctx, actor, {
    action: 'grievance.state', entity: 'grievance', entityId: row.id, regionCode: row.region_code, before: { state: from }, after: { state: body.to, note: note !== null },
  });
  const after = await findGrievance(ctx.db, actor.scope, id);
  if (!after) throw grievanceNotFound(id);
  return grievanceJson(ctx, after, party, now);
}
