// An officer registers or corrects an employer by hand: the credit code is checked by
// GB 32100 as on import, the region is the registering authority's (characters 3–8 of
// the code) unless given, and every change is audited with before and after.
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage, regionPrefixOf } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { parseCreditCode } from '../core/credit-code.js';
import { type DomainError, domainError, invalidInput } from '../core/errors.js';
import { getRegion } from '../core/regions.js';
import { insertEmployer, updateEmployerRow } from './employers.repository.js';
import { findEmployer } from './jobs.queries.js';
import { checkEmployer, type EmployerDetail, type EmployerInput, type EmployerPatch, type FieldProblem } from './jobs.schema.js';

export function employerNotFound(id: string): DomainError {
  return domainError({ code: 'not_found', record: `employer ${id}`, zh: '找不到该用人单位', en: 'no such employer' });
}

/** Runs a room's field rules and throws the first problem as a 400 naming the field. */
export function throwFirstProblem<T>(record: string, value: T, check: (value: T, report: (p: FieldProblem) => void) => void): void {
  const problems: FieldProblem[] = [];
  check(value, (p) => problems.push(p));
  const first = problems[0];
  if (first) throw invalidInput(record, first.field, { zh: first.zh, en: first.en });
}

function mustManage(actor: Actor): void {
  if (!mayManage(actor)) throw domainError({ code: 'forbidden', zh: '无权维护用人单位', en: 'you may not change employers' });
}

const creditCodeTaken = (record: string) =>
  domainError({ code: 'conflict', record, field: 'creditCode', zh: '该统一社会信用代码已登记为另一家单位', en: 'this credit code is already registered to an employer' });

function regionOf(record: string, creditCode: string, given: string | undefined): string {
  if (given !== undefined) {
    if (!getRegion(given)) throw invalidInput(record, 'regionCode', { zh: `没有代码为 ${given} 的行政区划`, en: `no administrative division has the code ${given}` });
    return given;
  }
  const fromCode = creditCode.slice(2, 8);
  if (getRegion(fromCode)) return fromCode;
  throw invalidInput(record, 'regionCode', {
    zh: '信用代码第 3–8 位不是行政区划代码，请填写登记地',
    en: 'characters 3–8 of the credit code are not a region code: give the registering region',
  });
}

const clean = (text: string): string => text.trim().replace(/\s+/g, ' ');

export async function createEmployer(ctx: AppContext, actor: Actor, input: EmployerInput): Promise<EmployerDetail> {
  mustManage(actor);
  const record = 'employer';
  throwFirstProblem(record, input, checkEmployer);
  const code = parseCreditCode(input.creditCode);
  if (!code.ok) throw invalidInput(record, 'creditCode', code.reason);
  const values = { creditCode: code.value, name: clean(input.name), regionCode: regionOf(record, code.value, input.regionCode) };
  const inserted = await insertEmployer(ctx.db, values);
  if (inserted === 'taken') throw creditCodeTaken(record);
  const after = (await findEmployer(ctx.db, actor.scope, inserted.id)) as EmployerDetail;
  await recordAudit(ctx, actor, { action: 'employer.create', entity: 'employer', entityId: inserted.id, regionCode: regionPrefixOf(actor) ?? '', after });
  return after;
}

export async function updateEmployer(ctx: AppContext, actor: Actor, id: string, patch: EmployerPatch): Promise<EmployerDetail> {
  const before = await findEmployer(ctx.db, actor.scope, id);
  if (!before) throw employerNotFound(id);
  mustManage(actor);
  const record = `employer ${id}`;
  throwFirstProblem(record, patch, checkEmployer);
  const changes: { creditCode?: string; name?: string; regionCode?: string } = {};
  if (patch.creditCode !== undefined) {
    const code = parseCreditCode(patch.creditCode);
    if (!code.ok) throw invalidInput(record, 'creditCode', code.reason);
    changes.creditCode = code.value;
  }
  if (patch.name !== undefined) changes.name = clean(patch.name);
  if (patch.regionCode !== undefined) changes.regionCode = regionOf(record, changes.creditCode ?? before.creditCode, patch.regionCode);
  if ((await updateEmployerRow(ctx.db, id, changes)) === 'taken') throw creditCodeTaken(record);
  const after = (await findEmployer(ctx.db, actor.scope, id)) as EmployerDetail;
  await recordAudit(ctx, actor, { action: 'employer.update', entity: 'employer', entityId: id, regionCode: regionPrefixOf(actor) ?? '', before, after });
  return after;
}
