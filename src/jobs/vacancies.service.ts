// An officer enters or corrects one vacancy: the same rules as the import (jobs.schema.ts
// for the form's rules, the reference data for codes), sealed the same way so that a
// later identical import finds it unchanged, and audited with before and after.
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage, regionPrefixOf } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { findVisibleCampaign } from '../campaigns/campaigns.repository.js';
import { type DomainError, domainError, invalidInput } from '../core/errors.js';
import { parseContactPhone } from '../core/phone.js';
import { parseDate, type ParseResult } from '../core/values.js';
import { referenceLookups } from '../reference/lookups.data.js';
import { sealJob } from './jobs.import.js';
import type { JobDraft } from './jobs.parse.js';
import { findEmployer, findJob } from './jobs.queries.js';
import { checkVacancy, type Vacancy, type VacancyFields, type VacancyInput, type VacancyPatch } from './jobs.schema.js';
import { employerNotFound, throwFirstProblem } from './employers.service.js';
import { insertVacancy, type JobKey, setApproval, updateVacancyRow, vacancyContactPhoneEnc } from './vacancies.repository.js';

export function vacancyNotFound(id: string): DomainError {
  return domainError({ code: 'not_found', record: `job ${id}`, zh: '找不到该岗位', en: 'no such vacancy' });
}

function mustManage(actor: Actor): void {
  if (!mayManage(actor)) throw domainError({ code: 'forbidden', zh: '无权维护岗位', en: 'you may not change vacancies' });
}

const taken = (record: string) =>
  domainError({ code: 'conflict', record, field: 'title', zh: '该单位在此地点已有同名岗位', en: 'this employer already has a vacancy of that title at that site' });

function code(record: string, field: string, result: ParseResult<string>): string {
  if (!result.ok) throw invalidInput(record, field, result.reason);
  return result.value;
}

/** The fields after every rule, codes resolved against the reference data. */
function checked(record: string, fields: VacancyFields & { contactPhone: string | null }): VacancyFields & { contactPhone: string | null } {
  throwFirstProblem(record, fields, checkVacancy);
  const lookups = referenceLookups();
  const certificates = fields.certificates.map((c) => code(record, 'certificates', lookups.certificate(c)));
  return {
    ...fields,
    title: fields.title.trim(),
    siteCode: code(record, 'siteCode', lookups.site(fields.siteCode)),
    industry: code(record, 'industry', lookups.industry(fields.industry)),
    certificates: [...new Set(certificates)],
    contactName: fields.contactName?.trim() || null,
    siteAddress: fields.siteAddress?.trim() || null,
    contactPhone: fields.contactPhone ? code(record, 'contactPhone', parseContactPhone(fields.contactPhone)) : null,
    startDate: fields.startDate === null ? null : code(record, 'startDate', parseDate(fields.startDate)),
  };
}

function draftOf(employer: { name: string; creditCode: string }, f: VacancyFields & { contactPhone: string | null }): JobDraft {
  return {
    employer: employer.name, creditCode: employer.creditCode, siteCode: f.siteCode, title: f.title, industry: f.industry,
    headcount: f.headcount, wage: f.wage, wageMax: f.wageMax, certificates: f.certificates, ageMin: f.ageMin, ageMax: f.ageMax,
    contactName: f.contactName, contactPhone: f.contactPhone, startDate: f.startDate,
    siteAddress: f.siteAddress, accommodation: f.accommodation, meals: f.meals,
  };
}

/** An employer posts for itself only; its vacancy then waits for an officer's approval. */
async function campaignFor(ctx: AppContext, actor: Actor, input: VacancyInput) {
  if (actor.scope.kind === 'employer') {
    if (input.employerId !== actor.scope.employerId) throw employerNotFound(input.employerId);
    return ctx.db.selectFrom('campaigns').select('id').where('id', '=', input.campaignId).executeTakeFirst();
  }
  mustManage(actor);
  return findVisibleCampaign(ctx.db, actor.scope, input.campaignId);
}

export async function createVacancy(ctx: AppContext, actor: Actor, input: VacancyInput): Promise<Vacancy> {
  const record = 'job';
  const campaign = await campaignFor(ctx, actor, input);
  if (!campaign) throw domainError({ code: 'not_found', record: `campaign ${input.campaignId}`, field: 'campaignId', zh: '找不到该活动', en: 'no such campaign' });
  const employer = await findEmployer(ctx.db, actor.scope, input.employerId);
  if (!employer) throw employerNotFound(input.employerId);
  const { campaignId, employerId, ...fields } = input;
  const row = sealJob(ctx.vault, draftOf(employer, checked(record, fields)));
  const key = await insertVacancy(ctx.db, campaignId, employerId, row);
  if (key === 'taken') throw taken(record);
  if (actor.scope.kind === 'employer') await setApproval(ctx.db, key, { approval: 'pending', reason: null, by: actor.login });
  const after = (await findJob(ctx.db, actor.scope, key.id)) as Vacancy;
  await recordAudit(ctx, actor, { action: 'job.create', entity: 'job', entityId: key.id, regionCode: regionPrefixOf(actor) ?? '', after });
  return after;
}

export async function updateVacancy(ctx: AppContext, actor: Actor, id: string, patch: VacancyPatch): Promise<Vacancy> {
  const before = await findJob(ctx.db, actor.scope, id);
  if (!before) throw vacancyNotFound(id);
  if (actor.scope.kind !== 'employer') mustManage(actor);
  const record = `job ${id}`;
  const key: JobKey = { province: before.siteCode.slice(0, 2), id };
  const storedPhone = await vacancyContactPhoneEnc(ctx.db, key);
  const {
    id: _id, campaignId: _c, employerId: _e, employerName, creditCode, contactPhoneMasked: _m, siteName: _s, approval: _a, approvalReason: _r, ...current
  } = before;
  const merged = { ...current, contactPhone: storedPhone ? ctx.vault.decrypt(storedPhone) : null, ...patch };
  const fields = checked(record, merged);
  // A vacancy's key starts with its province (the data is distributed by it): moving it
  // to another province is a new vacancy, not an edit.
  if (fields.siteCode.slice(0, 2) !== key.province) {
    throw invalidInput(record, 'siteCode', { zh: '工作地点只能在本省内更改；到外省请新建岗位', en: 'the site can only move within its province; enter a new vacancy for another one' });
  }
  const row = sealJob(ctx.vault, draftOf({ name: employerName, creditCode }, fields));
  if ((await updateVacancyRow(ctx.db, key, row)) === 'taken') throw taken(record);
  // An employer's edit is reviewed again: allocation must not use terms nobody checked.
  if (actor.scope.kind === 'employer') await setApproval(ctx.db, key, { approval: 'pending', reason: null, by: actor.login });
  const after = (await findJob(ctx.db, actor.scope, id)) as Vacancy;
  await recordAudit(ctx, actor, { action: 'job.update', entity: 'job', entityId: id, regionCode: regionPrefixOf(actor) ?? '', before, after });
  return after;
}
