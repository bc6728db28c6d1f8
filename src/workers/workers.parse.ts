// One spreadsheet row → a worker registration, or every reason it is refused
// (import contract, workers table). Pure: reference lookups come in as `Lookups`.
import { ageOn, type Gender, type IdNumber, parseIdNumber } from '../core/id-number.js';
import { parseMobile } from '../core/phone.js';
import { parseYesNo, parseYuan } from '../core/values.js';
import { type CellReader, cellReader } from '../spreadsheets/cells.js';
import type { RowParse, RowProblem } from '../spreadsheets/import-pipeline.js';
import type { Lookups } from '../spreadsheets/lookups.js';
import { cellText, type RawCell } from '../spreadsheets/sheet-reader.js';
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

type Label = (key: WorkerColumn) => string;
type Cells = ReadonlyMap<WorkerColumn, RawCell>;
type ColumnOutcome<T> = { value: T | undefined; problems: RowProblem[] };

// Columns whose verdict depends on the cell's text alone and repeats down a file (the
// same counties, yes/no, catalogue lists, wages): each distinct text is judged once per
// import. The memo hangs off the import's context object, so it lives as long as that.
type ColumnMemo = { label: string; outcomes: Map<string, ColumnOutcome<unknown>> };
const memos = new WeakMap<WorkerParseContext, Map<WorkerColumn, ColumnMemo>>();
const MEMO_LIMIT = 50_000; // per column: a hostile file could hold a million distinct texts

function judged<T>(
  context: WorkerParseContext,
  key: WorkerColumn,
  cells: Cells,
  label: Label,
  judge: (row: CellReader<WorkerColumn>) => T | undefined,
): ColumnOutcome<T> {
  const raw = cells.get(key) ?? null;
  const text = typeof raw === 'string' ? raw : cellText(raw);
  let columns = memos.get(context);
  if (!columns) memos.set(context, (columns = new Map()));
  let memo = columns.get(key);
  // Problems name the column by its label, so a memo holds for one label only.
  const columnLabel = label(key);
  if (!memo || memo.label !== columnLabel) columns.set(key, (memo = { label: columnLabel, outcomes: new Map() }));
  const known = memo.outcomes.get(text) as ColumnOutcome<T> | undefined;
  if (known) return known;
  const row = cellReader(new Map([[key, raw]]), label);
  const outcome = { value: judge(row), problems: row.problems };
  if (memo.outcomes.size < MEMO_LIMIT) memo.outcomes.set(text, outcome);
  return outcome;
}

export function parseWorkerRow(cells: Cells, label: Label, context: WorkerParseContext): RowParse<WorkerDraft> {
  const row = cellReader(cells, label);
  const { lookups } = context;

  const name = row.text('name');
  // Characters, not UTF-16 units; counting them is only needed when the units are many.
  const nameLength = name.length <= MAX_NAME_LENGTH ? name.length : [...name].length;
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

  const origin = judged(context, 'origin', cells, label, (cell) => {
    const originText = cell.text('origin');
    return originText === ''
      ? (cell.refuse('origin', { zh: '户籍地必填（县级行政区）', en: 'the place of origin is required (a county-level region)' }), undefined)
      : cell.check('origin', lookups.county(originText));
  });
  const priority = judged(context, 'priority', cells, label, (cell) => cell.check('priority', parseYesNo(cell.text('priority'))));
  const certificates = judged(context, 'certificates', cells, label, (cell) => cell.list('certificates', lookups.certificate));
  const industries = judged(context, 'industries', cells, label, (cell) => cell.list('industries', lookups.industry, MAX_WISHES));
  const destinations = judged(context, 'destinations', cells, label, (cell) => cell.list('destinations', lookups.destination, MAX_WISHES));
  const minWage = judged(context, 'minWage', cells, label, (cell) => {
    const wageText = cell.text('minWage');
    return wageText === '' ? 0 : cell.check('minWage', parseYuan(wageText));
  });
  // In column order, as a row reader would have recorded them.
  for (const column of [origin, priority, certificates, industries, destinations, minWage]) {
    for (const problem of column.problems) row.problems.push({ ...problem });
  }

  const regionCode = origin.value;
  if (
    row.problems.length > 0 || !id || regionCode === undefined || priority.value === undefined || minWage.value === undefined || phone === undefined
  ) {
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
      priority: priority.value,
      // Copies: the memoised lists are shared between rows.
      certificates: [...(certificates.value ?? [])],
      industries: [...(industries.value ?? [])],
      destinations: [...(destinations.value ?? [])],
      minWage: minWage.value,
    },
  };
}
