// Text written into files that spreadsheets open. A workbook cell written as a string is
// text whatever it starts with; a CSV field has no types, so Excel and WPS evaluate one
// that starts with = + - @ as a formula (=HYPERLINK(…) in a name is the classic attack).
// Such a field is written with a leading apostrophe, which spreadsheets read as "this
// is text" and do not show; the import removes it again (see unquoteFormulaGuard).

const FORMULA_START = /^[=+\-@\t\r]/;

/** A value as a CSV field: formula-looking text guarded, quoted when it has to be. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The inverse of the guard, for a CSV cell read back: "'=1+1" → "=1+1". */
export function unquoteFormulaGuard(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
