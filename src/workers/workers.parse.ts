// One spreadsheet row → a worker registration, or every reason it is refused
// (import contract, workers table). Pure: reference lookups come in as `Lookups`.
import { ageOn, type Gender, type IdNumber, parseIdNumber } from '../core/id-number.js';
import { parseMobile } from '../core/phone.js';
import { parseYesNo, parseYuan } from '../core/values.js';
import { cellReader } from '../imports/cells.js';
import type { RowParse } from '../imports/import-pipeline.js';
import type { Lookups } from '../imports/lookups.js';
import type { RawCell } from '../imports/sheet-reader.js';
import type { WorkerColumn } from './workers.columns.js';

export type WorkerDraft = {
  name: string;
  idNumber: string;
  birthDate: string;
  gender: Gender;
  phone: string | null;
  regionCode: string;
  priority: boolean;
  certificates: string[];
  industries: string[];
  destinations: string[];
  minWage: number;
};

export const MINIMUM_WORKING_AGE = 16;
const MAX_NAME_LENGTH = 50;
const MAX_WISHES = 3;

export type WorkerParseContext = { lookups: Lookups; onDate: string };

export function parseWorkerRow(
  cells: ReadonlyMap<WorkerColumn, RawCell>,
  label: (key: WorkerColumn) => string,
  context: WorkerParseContext,
): RowParse<WorkerDraft> {
  const row = cellReader(cells, label);
  const { lookups } = context;

  const name = row.text('name');
  const nameLength = [...name].length;
  if (nameLength === 0) row.refuse('name', { zh: '姓名必填', en: 'the name is required' });
  else if (nameLength > MAX_NAME_LENGTH) {
    row.refuse('name', { zh: `姓名不超过 ${MAX_NAME_LENGTH} 个字`, en: `a name has at most ${MAX_NAME_LENGTH} characters` });
  }

  const rawId = row.raw('idNumber');
  let id: IdNumber | undefined;
  if (typeof rawId === 'number' && Math.abs(rawId) >= 1e15) {
    row.refuse('idNumber', {
      zh: '身份证号被 Excel 存成了数字，后几位已丢失：请把该列设为"文本"后重新录入',
      en: 'Excel stored the identity number as a number and lost its last digits: format the column as text and type it again',
    });
  } else {
    id = row.check('idNumber', parseIdNumber(row.text('idNumber'), context.onDate));
    if (id && ageOn(id.birthDate, context.onDate) < MINIMUM_WORKING_AGE) {
      row.refuse('idNumber', {
        zh: `未满 ${MINIMUM_WORKING_AGE} 周岁（${context.onDate} 时 ${ageOn(id.birthDate, context.onDate)} 岁），不得招用`,
        en: `under the minimum working age of ${MINIMUM_WORKING_AGE} on ${context.onDate} (aged ${ageOn(id.birthDate, context.onDate)})`,
      });
      id = undefined;
    }
  }

  const phoneText = row.text('phone');
  const phone = phoneText === '' ? null : row.check('phone', parseMobile(phoneText));

  const originText = row.text('origin');
  const regionCode =
    originText === ''
      ? (row.refuse('origin', { zh: '户籍地必填（县级行政区）', en: 'the place of origin is required (a county-level region)' }), undefined)
      : row.check('origin', lookups.county(originText));

  const priority = row.check('priority', parseYesNo(row.text('priority')));
  const certificates = row.list('certificates', lookups.certificate);
  const industries = row.list('industries', lookups.industry, MAX_WISHES);
  const destinations = row.list('destinations', lookups.destination, MAX_WISHES);
  const wageText = row.text('minWage');
  const minWage = wageText === '' ? 0 : row.check('minWage', parseYuan(wageText));

  if (row.problems.length > 0 || !id || regionCode === undefined || priority === undefined || minWage === undefined || phone === undefined) {
    return { ok: false, problems: row.problems };
  }
  return {
    ok: true,
    dedupeKey: id.idNumber,
    value: {
      name,
      idNumber: id.idNumber,
      birthDate: id.birthDate,
      gender: id.gender,
      phone,
      regionCode,
      priority,
      certificates,
      industries,
      destinations,
      minWage,
    },
  };
}
