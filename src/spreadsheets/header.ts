// Finds the header row (anywhere in the first 10 rows: title rows above it are common) and
// maps each known column to its position. Names match after trim, case-fold and
// full-width → half-width; Chinese and English names are both accepted.
import { domainError } from '../core/errors.js';
import { normalizeHeader } from '../core/normalize.js';
import { cellText, type SheetRow } from './sheet-reader.js';

export type ColumnSpec<K extends string> = Readonly<{
  key: K;
  names: readonly string[];
  required: boolean;
  /** How the column is named in messages and in the template: "姓名 / name". */
  label: string;
}>;

export type HeaderMatch<K extends string> = {
  rowNumber: number;
  /** Column index (0-based) of each key found. */
  columns: Map<K, number>;
  /** The header cells exactly as in the file, for the error report. */
  headerCells: string[];
};

export const HEADER_SEARCH_ROWS = 10;

function matchRow<K extends string>(row: SheetRow, specs: readonly ColumnSpec<K>[]): Map<K, number> {
  const byName = new Map<string, K>();
  for (const spec of specs) for (const name of spec.names) byName.set(normalizeHeader(name), spec.key);
  const columns = new Map<K, number>();
  row.cells.forEach((cell, index) => {
    const key = byName.get(normalizeHeader(cellText(cell)));
    if (key !== undefined && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

/** The first row of the first ten that has every required column; else a bad_file error. */
export function findHeader<K extends string>(
  file: string,
  rows: readonly SheetRow[],
  specs: readonly ColumnSpec<K>[],
): HeaderMatch<K> {
  let best: { row: SheetRow; columns: Map<K, number> } | undefined;
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = matchRow(row, specs);
    const complete = specs.every((spec) => !spec.required || columns.has(spec.key));
    if (complete) return { rowNumber: row.rowNumber, columns, headerCells: row.cells.map(cellText) };
    if (!best || columns.size > best.columns.size) best = { row, columns };
  }
  const required = specs.filter((spec) => spec.required);
  if (!best || best.columns.size === 0) {
    throw domainError({
      code: 'bad_file',
      record: file,
      zh: `前 ${HEADER_SEARCH_ROWS} 行中找不到表头（需要：${required.map((s) => s.label).join('、')}）`,
      en: `no header row in the first ${HEADER_SEARCH_ROWS} rows (needed: ${required.map((s) => s.label).join(', ')})`,
    });
  }
  const missing = required.filter((spec) => !best.columns.has(spec.key)).map((spec) => spec.label);
  throw domainError({
    code: 'bad_file',
    record: `${file} row ${best.row.rowNumber}`,
    zh: `表头缺少必填列：${missing.join('、')}`,
    en: `the header row lacks required columns: ${missing.join(', ')}`,
  });
}
