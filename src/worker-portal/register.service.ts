// A worker registers on the phone pages: with the ticket a registration code gave their
// phone, or through an officer at a village service point (assisted). The form goes through
// the import's own row rules (a typed, an imported and a self-made registration can never
// differ); someone already imported from a county sheet is found by the identity number's
// blind index and linked, never duplicated. The worker gets a phone account and, when
// registering themselves, a session.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { findUserByLogin, insertUser } from '../auth/auth.repository.js';
import { openWorkerSession, type Session, workerLogin } from '../auth/auth.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { parseIdNumber } from '../core/id-number.js';
import { findUnsafeCharacter, normalizeCell, unsafeCharacterReason } from '../core/normalize.js';
import { inScopePrefix } from '../core/scope.js';
import { referenceLookups } from '../reference/lookups.data.js';
import type { RowProblem } from '../spreadsheets/import-pipeline.js';
import type { RawCell } from '../spreadsheets/sheet-reader.js';
import { sealWorker } from '../workers/registration-batch.js';
import type { WorkerColumn } from '../workers/workers.columns.js';
import { parseWorkerRow, type WorkerDraft } from '../workers/workers.parse.js';
import { mayAssist } from './assisted.js';
import { pickCampaign } from './campaign-pick.js';
import { linkedWorkerAccount, pointAccount } from './portal.repository.js';
import type { RegisterBody } from './portal.schema.js';
import { mobileOrRefuse, phoneOfTicket, spendTicket } from './portal.service.js';
import {
  findByIdHash, findManyByIdHash, insertPortalWorker, joinTravelGroup, namedAsCompanionBy, recordPendingCompanions, type RegisteredWorker,
  updateLinkedWorker,
} from './registration.repository.js';
import { destinationText } from './portal.values.js';

export type Registered = { workerId: string; linked: boolean; session: Session | null };

// The form's fields are the import's columns, under the names the form uses.
const FIELD_OF: Partial<Record<WorkerColumn, string>> = { origin: 'regionCode' };

function refused(problems: RowProblem[]): Error {
  const issues = problems.map((p) => ({ field: FIELD_OF[p.column as WorkerColumn] ?? p.column, zh: p.reason.zh, en: p.reason.en }));
  return domainError({ code: 'invalid_input', record: 'worker', field: issues[0].field, zh: issues[0].zh, en: issues[0].en, issues });
}


function draftOf(body: RegisterBody, phone: string, onDate: string): WorkerDraft {
  const cells = new Map<WorkerColumn, RawCell>([
    ['name', body.name], ['idNumber', body.idNumber], ['phone', phone], ['origin', body.regionCode], ['priority', '否'],
    ['certificates', body.certificates.join('、')], ['industries', body.industries.join('、')],
    ['destinations', body.destinations.map(destinationText).join('、')], ['minWage', body.minWage > 0 ? String(body.minWage) : ''],
  ]);
  const unsafe: RowProblem[] = [];
  for (const [key, cell] of cells) {
    const found = findUnsafeCharacter(normalizeCell(String(cell)));
    if (found) unsafe.push({ column: key, value: String(cell), reason: unsafeCharacterReason(found) });
  }
  if (unsafe.length > 0) throw refused(unsafe);
  if (!/^\d{6}$/.test(body.regionCode.trim())) {
    throw invalidInput('worker', 'regionCode', { zh: '户籍地须为 6 位县级行政区划代码', en: 'the county of origin is a 6-digit county code' });
  }
  const parsed = parseWorkerRow(cells, (key) => FIELD_OF[key] ?? key, { lookups: referenceLookups(), onDate });
  if (!parsed.ok) throw refused(parsed.problems);
  return parsed.value;
}

function companionHashes(ctx: AppContext, numbers: readonly string[], own: string): string[] {
  const hashes = new Set<string>();
  for (const [i, text] of numbers.entries()) {
    if (text.trim() === '') continue;
    const id = parseIdNumber(text);
    if (!id.ok) {
      throw invalidInput('worker', 'companionIdNumbers', { zh: `第 ${i + 1} 位同行人：${id.reason.zh}`, en: `companion ${i + 1}: ${id.reason.en}` });
    }
    if (id.value.idNumber !== own) hashes.add(ctx.vault.blindIndex(id.value.idNumber));
  }
  return [...hashes];
}

type Who = { actor: string; data: Record<string, unknown>; auditActor: Actor; assisted: boolean; phone: string };

async function whoRegisters(ctx: AppContext, actor: Actor | null, body: RegisterBody, ip: string): Promise<Who> {
  if (body.ticket) {
    const phone = await phoneOfTicket(ctx, body.ticket);
    if (body.phone && mobileOrRefuse(body.phone) !== phone) {
      throw invalidInput('worker', 'phone', { zh: '手机号与验证码的手机号不一致', en: 'the phone is not the one the code was sent to' });
    }
    const self: Actor = { userId: null, login: 'worker', name: 'worker', role: 'worker', scope: { kind: 'none' }, ip };
    return { actor: 'worker', data: { source: 'phone' }, auditActor: self, assisted: false, phone };
  }
  if (actor && mayAssist(actor)) {
    if (!body.phone) throw invalidInput('worker', 'phone', { zh: '代办报名须填写劳动力本人的手机号', en: 'an assisted registration needs the worker\'s own phone' });
    const phone = mobileOrRefuse(body.phone);
    return { actor: actor.login, data: { source: 'assisted', assisted: true, by: actor.login }, auditActor: actor, assisted: true, phone };
  }
  throw domainError({ code: 'unauthorized', field: 'ticket', zh: '请先用手机验证码获取报名凭证', en: 'first prove the phone with a code to get a registration ticket' });
}

const takenElsewhere = () =>
  domainError({ code: 'conflict', record: 'worker', field: 'idNumber', zh: '该身份证号已在其他地区登记，请联系当地人社部门', en: 'this identity number is registered in another region: ask the local bureau' });

export async function registerFromPhone(ctx: AppContext, actor: Actor | null, body: RegisterBody, ip: string): Promise<Registered> {
  const who = await whoRegisters(ctx, actor, body, ip);
  if (body.consent !== true) {
    throw invalidInput('worker', 'consent', { zh: '请阅读个人信息使用说明并勾选同意', en: 'read the notice on personal data and tick the consent box' });
  }
  const campaign = await pickCampaign(ctx, body.regionCode.trim(), body.campaignId);
  const draft = draftOf(body, who.phone, campaign.startDate);
  if (who.assisted && actor?.scope.kind === 'region' && !inScopePrefix(actor.scope.prefix, draft.regionCode)) {
    throw invalidInput('worker', 'regionCode', { zh: '户籍地不在您的辖区内', en: 'the county of origin is outside your region' });
  }
  const companions = companionHashes(ctx, body.companionIdNumbers, draft.idNumber);
  const sealed = sealWorker(ctx.vault, draft);
  const existing = await findByIdHash(ctx.db, campaign.id, sealed.idHash);
  let key: { province: string; id: string; campaignId: string; regionCode: string };
  let linked = false;
  if (existing) {
    key = await linkExisting(ctx, who, existing, sealed, campaign.id, draft);
    linked = true;
  } else {
    const id = await insertPortalWorker(ctx.db, campaign.id, sealed, who);
    const now = id ? undefined : await findByIdHash(ctx.db, campaign.id, sealed.idHash);
    if (id) key = { province: sealed.province, id, campaignId: campaign.id, regionCode: sealed.regionCode };
    else if (now) {
      key = await linkExisting(ctx, who, now, sealed, campaign.id, draft);
      linked = true;
    } else throw takenElsewhere();
  }
  await groupCompanions(ctx, who, key, sealed.idHash, companions);
  const userId = await accountFor(ctx, who, { ...key, name: sealed.name }, sealed.idHash);
  await recordAudit(ctx, who.auditActor, {
    action: linked ? 'worker.link' : 'worker.register', entity: 'worker', entityId: key.id, regionCode: key.regionCode,
    after: { source: who.data.source, linked, campaign: campaign.id, companions: companions.length, idMasked: sealed.idMasked },
  });
  if (who.assisted) return { workerId: key.id, linked, session: null };
  await spendTicket(ctx, who.phone);
  return { workerId: key.id, linked, session: await openWorkerSession(ctx, userId, ip) };
}

async function linkExisting(
  ctx: AppContext, who: Who, existing: RegisteredWorker, sealed: ReturnType<typeof sealWorker>, campaignId: string, draft: WorkerDraft,
) {
  const row = await ctx.db.selectFrom('workers').select(['phone_hash', 'name']).where('province', '=', existing.province).where('id', '=', existing.id)
    .executeTakeFirstOrThrow();
  // A number alone must not hand someone's record to any phone: a record that has a phone
  // links only from that phone (or through an officer); one without needs the same name.
  if (!who.assisted && ((row.phone_hash && row.phone_hash !== sealed.phoneHash) || (!row.phone_hash && row.name !== draft.name))) {
    throw domainError({
      code: 'conflict', record: 'worker', field: 'idNumber',
      zh: '该身份证号已登记，但手机号或姓名与登记的不一致，请联系村或县劳务专员', en: 'this identity number is registered with another phone or name: ask your village or county officer',
    });
  }
  if (who.assisted && who.auditActor.scope.kind === 'region' && !inScopePrefix(who.auditActor.scope.prefix, existing.region_code)) throw takenElsewhere();
  const key = { province: existing.province, id: existing.id, campaignId };
  // The county moves only inside the province: the province is part of the record's key.
  const region = existing.province === sealed.province ? sealed.regionCode : existing.region_code;
  await updateLinkedWorker(ctx.db, key, {
    name: sealed.name, phone_enc: sealed.phoneEnc, phone_hash: sealed.phoneHash, phone_masked: sealed.phoneMasked,
    industries: sealed.industries, destinations: sealed.destinations, min_wage: sealed.minWage, region_code: region,
  }, sealed.certificates, { actor: who.actor, data: { ...who.data, linked: true } });
  return { ...key, regionCode: region };
}

/**
 * Companions who are registered share one travel group with the worker: the first
 * companion's group if they have one, else a new one. Numbers not registered yet wait on
 * an event, and whoever registers with one of them later joins the group then.
 */
async function groupCompanions(ctx: AppContext, who: Who, key: { province: string; id: string; campaignId: string }, ownHash: string, hashes: string[]) {
  const found = await findManyByIdHash(ctx.db, key.campaignId, hashes);
  const namedMe = await namedAsCompanionBy(ctx.db, key.campaignId, ownHash);
  const mates = [...found, ...namedMe].filter((m) => !(m.province === key.province && m.id === key.id));
  const pending = hashes.filter((h) => !found.some((f) => f.id_hash === h));
  if (pending.length > 0) await recordPendingCompanions(ctx.db, key, pending, who);
  if (mates.length === 0) return;
  const own = await ctx.db.selectFrom('workers').select('travel_group').where('province', '=', key.province).where('id', '=', key.id).executeTakeFirst();
  const group = mates.find((m) => m.travel_group)?.travel_group ?? own?.travel_group ?? randomUUID();
  const joining = [{ province: key.province, id: key.id, travel_group: own?.travel_group ?? null }, ...mates].filter((m) => m.travel_group !== group);
  await joinTravelGroup(ctx.db, key.campaignId, joining, group, who);
}

/** The worker's phone account: made once; a new campaign's record of the same person takes it over. */
async function accountFor(ctx: AppContext, who: Who, key: { province: string; id: string; regionCode: string; name: string }, idHash: string): Promise<string> {
  const login = workerLogin(ctx, who.phone);
  const user = await findUserByLogin(ctx.db, login);
  if (user) {
    if (user.worker_id === key.id) return user.id;
    const previous = await linkedWorkerAccount(ctx.db, user.id);
    if (user.role !== 'worker' || (previous && previous.id_hash !== idHash)) {
      throw domainError({ code: 'conflict', record: 'worker', field: 'phone', zh: '该手机号已是另一位劳动力的登录账号', en: 'this phone already signs in another worker' });
    }
    await pointAccount(ctx.db, user.id, key);
    return user.id;
  }
  const created = await insertUser(ctx.db, {
    login, name: key.name, role: 'worker', region_prefix: key.regionCode, worker_province: key.province, worker_id: key.id,
    created_by: who.auditActor.userId,
  });
  await recordAudit(ctx, who.auditActor, {
    action: 'user.create', entity: 'user', entityId: created.id, regionCode: key.regionCode, after: { login: 'worker', role: 'worker', regionPrefix: key.regionCode },
  });
  return created.id;
}
