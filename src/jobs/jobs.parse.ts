// One spreadsheet row → a vacancy, or every reason it is refused (import contract,
// vacancies table). Pure: reference lookups come in as `Lookups`.
import { parseCreditCode } from '../core/credit-code.js';
import { parseContactPhone } from '../core/phone.js';
import { type AgeRange, parseAgeRange, parseDate, parseHeadcount, type ParseResult, parseWage } from '../core/values.js';
import { cellReader } from '../spreadsheets/cells.js';
import type { RowParse } from '../spreadsheets/import-pipeline.js';
import type { Lookups } from '../spreadsheets/lookups.js';
import type { RawCell } from '../spreadsheets/sheet-reader.js';
import type { JobColumn } from './jobs.columns.js';
import { MAX_ADDRESS, type Provision, type VacancyFields } from './jobs.schema.js';

/** A vacancy as a row gives it: the shared fields, its employer, and the contact phone in full (sealed on writing). */
export type JobDraft = VacancyFields & { employer: string; creditCode: string; contactPhone: string | null };

const MAX_TEXT = 100;

// How sheets say it: 包住 / 提供 / 是 …; 补贴 / 住房补贴 / 餐补 …; 不提供 / 无 / 否 ….
const PROVISION_WORDS: Record<string, Provision> = {
  provided: 'provided', yes: 'provided', 提供: 'provided', 包: 'provided', 是: 'provided', 有: 'provided', 免费: 'provided',
  包住: 'provided', 包吃: 'provided', 包食宿: 'provided', 免费住宿: 'provided', 免费餐: 'provided', 宿舍: 'provided', 食堂: 'provided',
  allowance: 'allowance', 补贴: 'allowance', 补助: 'allowance', 住房补贴: 'allowance', 房补: 'allowance', 餐补: 'allowance', 餐费补贴: 'allowance', 伙食补贴: 'allowance',
  none: 'none', no: 'none', 不提供: 'none', 无: 'none', 否: 'none', 没有: 'none', 不包: 'none', 自理: 'none',
};

/** 住宿 / 餐饮 cells: provided, allowance or none, in the words a sheet uses. */
export function parseProvision(text: string): ParseResult<Provision> {
  const value = PROVISION_WORDS[text.trim().toLowerCase()];
  return value
    ? { ok: true, value }
    : { ok: false, reason: { zh: '应为"提供"、"补贴"或"不提供"', en: 'expected provided, allowance or none' } };
}

export function parseJobRow(
  cells: ReadonlyMap<JobColumn, RawCell>,
  label: (key: JobColumn) => string,
  lookups: Lookups,
): RowParse<JobDraft> {
  const row = cellReader(cells, label);
  const required = (key: JobColumn, what: { zh: string; en: string }): string => {
    const value = row.text(key);
    if (value === '') row.refuse(key, { zh: `${what.zh}必填`, en: `the ${what.en} is required` });
    else if ([...value].length > MAX_TEXT) row.refuse(key, { zh: `不超过 ${MAX_TEXT} 个字`, en: `at most ${MAX_TEXT} characters` });
    return value;
  };
  const employer = required('employer', { zh: '用人单位', en: 'employer' });
  const creditText = required('creditCode', { zh: '统一社会信用代码', en: 'credit code' });
  const creditCode = creditText === '' ? undefined : row.check('creditCode', parseCreditCode(creditText));
  const siteText = required('site', { zh: '工作地点', en: 'site' });
  const siteCode = siteText === '' ? undefined : row.check('site', lookups.site(siteText));
  const title = required('title', { zh: '岗位名称', en: 'title' });
  const industryText = required('industry', { zh: '行业', en: 'industry' });
  const industry = industryText === '' ? undefined : row.check('industry', lookups.industry(industryText));
  const headcount = row.check('headcount', parseHeadcount(row.text('headcount')));
  const wage = row.check('wage', parseWage(row.text('wage')));
  const certificates = row.list('certificates', lookups.certificate);
  const ageText = row.text('age');
  const age: AgeRange | undefined = ageText === '' ? {} : row.check('age', parseAgeRange(ageText));
  const contactName = row.text('contact') || null;
  const phoneText = row.text('contactPhone');
  const contactPhone = phoneText === '' ? null : row.check('contactPhone', parseContactPhone(phoneText));
  const rawDate = row.raw('startDate');
  const startDate =
    rawDate === null || row.text('startDate') === ''
      ? null
      : row.check('startDate', parseDate(typeof rawDate === 'boolean' ? String(rawDate) : rawDate));
  const siteAddress = row.text('siteAddress') || null;
  if (siteAddress && [...siteAddress].length > MAX_ADDRESS) row.refuse('siteAddress', { zh: `不超过 ${MAX_ADDRESS} 个字`, en: `at most ${MAX_ADDRESS} characters` });
  const provisionOf = (key: 'accommodation' | 'meals') => (row.text(key) === '' ? null : row.check(key, parseProvision(row.text(key))));
  const accommodation = provisionOf('accommodation');
  const meals = provisionOf('meals');

  if (
    row.problems.length > 0 || creditCode === undefined || siteCode === undefined || industry === undefined ||
    headcount === undefined || wage === undefined || age === undefined || contactPhone === undefined || startDate === undefined ||
    accommodation === undefined || meals === undefined
  ) {
    return { ok: false, problems: row.problems };
  }
  return {
    ok: true,
    dedupeKey: `${creditCode}|${siteCode}|${title}`,
    value: {
      employer,
      creditCode,
      siteCode,
      title,
      industry,
      headcount,
      wage: wage.min,
      wageMax: wage.max !== undefined && wage.max !== wage.min ? wage.max : null,
      certificates,
      ageMin: age.ageMin ?? null,
      ageMax: age.ageMax ?? null,
      contactName,
      contactPhone,
      startDate,
      siteAddress,
      accommodation,
      meals,
    },
  };
}
