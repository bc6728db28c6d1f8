// One spreadsheet row → a vacancy, or every reason it is refused (import contract,
// vacancies table). Pure: reference lookups come in as `Lookups`.
import { parseCreditCode } from '../core/credit-code.js';
import { parseContactPhone } from '../core/phone.js';
import { type AgeRange, parseAgeRange, parseDate, parseHeadcount, parseWage } from '../core/values.js';
import { cellReader } from '../spreadsheets/cells.js';
import type { RowParse } from '../spreadsheets/import-pipeline.js';
import type { Lookups } from '../spreadsheets/lookups.js';
import type { RawCell } from '../spreadsheets/sheet-reader.js';
import type { JobColumn } from './jobs.columns.js';
import type { VacancyFields } from './jobs.schema.js';

/** A vacancy as a row gives it: the shared fields, its employer, and the contact phone in full (sealed on writing). */
export type JobDraft = VacancyFields & { employer: string; creditCode: string; contactPhone: string | null };

const MAX_TEXT = 100;

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
      contactName,
      contactPhone,
      startDate,
    },
  };
}
