// One spreadsheet row → a vacancy, or every reason it is refused (import contract,
// vacancies table). Pure: reference lookups come in as `Lookups`.
import { parseCreditCode } from '../core/credit-code.js';
import { normalizeCell } from '../core/normalize.js';
import { parseMobile } from '../core/phone.js';
import { type AgeRange, ok, type ParseResult, parseAgeRange, parseDate, parseHeadcount, parseWage, refuse } from '../core/values.js';
import { cellReader } from '../imports/cells.js';
import type { RowParse } from '../imports/import-pipeline.js';
import type { Lookups } from '../imports/lookups.js';
import type { RawCell } from '../imports/sheet-reader.js';
import type { JobColumn } from './jobs.columns.js';

export type JobDraft = {
  employer: string;
  creditCode: string;
  siteCode: string;
  title: string;
  industry: string;
  headcount: number;
  wage: number;
  wageMax: number | null;
  certificates: string[];
  ageMin: number | null;
  ageMax: number | null;
  contact: string | null;
  contactPhone: string | null;
  startDate: string | null;
};

const MAX_TEXT = 100;

/** Employers give mobiles or fixed lines with an area code (0512-6789 1234). */
export function parseContactPhone(text: string): ParseResult<string> {
  const mobile = parseMobile(text);
  if (mobile.ok) return mobile;
  const fixed = normalizeCell(text).replace(/[\s()（）]/g, '');
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,5})?$/.test(fixed)) return ok(fixed);
  return refuse('不是有效的手机号或带区号的固定电话', 'not a mobile number nor a fixed line with area code');
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
  const contact = row.text('contact') || null;
  const phoneText = row.text('contactPhone');
  const contactPhone = phoneText === '' ? null : row.check('contactPhone', parseContactPhone(phoneText));
  const rawDate = row.raw('startDate');
  const startDate =
    rawDate === null || row.text('startDate') === ''
      ? null
      : row.check('startDate', parseDate(typeof rawDate === 'boolean' ? String(rawDate) : rawDate));

  if (
    row.problems.length > 0 || creditCode === undefined || siteCode === undefined || industry === undefined ||
    headcount === undefined || wage === undefined || age === undefined || contactPhone === undefined || startDate === undefined
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
      contact,
      contactPhone,
      startDate,
    },
  };
}
