// The import contract's outcome, shared by workers and vacancies: keep every good row,
// refuse each bad one with its row number, column, value and reason, write in batches
// that are each one transaction (a killed import leaves whole batches; the upserts make
// a rerun reach the same state), and in --strict mode store nothing if any row is refused.
import type { Bilingual } from '../core/errors.js';
import { clipForMessage, findUnsafeCharacter, normalizeCell, showUnsafe, unsafeCharacterReason } from '../core/normalize.js';
import { inScopePrefix } from '../core/scope.js';
import { type ColumnSpec, findHeader, HEADER_SEARCH_ROWS } from './header.js';
import { cellText, openSheet, type RawCell, type ReadOptions, type SheetRow, type SheetSource } from './sheet-reader.js';

export type RowProblem = { column: string; value: string; reason: Bilingual };
export type RowRefusal = { rowNumber: number; cells: string[]; problems: RowProblem[] };

export type RowParse<T> = { ok: true; value: T; dedupeKey: string } | { ok: false; problems: RowProblem[] };

/** Rows of a batch new to the store, changed in it, and found identical (left alone). */
export type BatchResult = { inserted: number; updated: number; unchanged: number };

export type ImportSpec<K extends string, T> = {
  columns: readonly ColumnSpec<K>[];
  /** The column a duplicate is reported on (the identity number, the vacancy key). */
  dedupeColumn: K;
  dedupeLabel: Bilingual;
  parseRow: (cells: ReadonlyMap<K, RawCell>, label: (key: K) => string) => RowParse<T>;
  writeBatch: (batch: T[]) => Promise<BatchResult>;
  /**
   * Optional split of writeBatch: the CPU work (sealing, serialising) done now, the write
   * returned to start later. The pipeline prepares the next batch while the previous
   * write is still running, instead of after it.
   */
  prepareBatch?: (batch: T[]) => () => Promise<BatchResult>;
  /**
   * Where a row lives, for rows bound to a region (a worker's county of origin): with
   * `scopePrefix` set, a row outside it is refused on this column.
   */
  regionOf?: { column: K; region: (value: T) => string };
};

export type ImportProgress = { rows: number; bytesRead: number; totalBytes: number };

export type ImportOptions = ReadOptions & {
  strict?: boolean;
  batchSize?: number;
  /**
   * Batches being written at once (default 1). More than one only helps a server that
   * can work on several connections at once; batches of one file never share a key.
   */
  writesInFlight?: number;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * The importer's reach (a region code prefix, '' the whole country; '-' none): rows of
   * a spec with `regionOf` outside it are refused. Unset, nothing is limited.
   */
  scopePrefix?: string;
};

export type ImportOutcome = {
  imported: number;
  updated: number;
  unchanged: number;
  refused: number;
  rows: number;
  refusals: RowRefusal[];
  headerCells: string[];
  /** True when --strict found refusals and nothing was stored. */
  aborted: boolean;
};

const DEFAULT_BATCH = 2000;
/**
 * Progress goes out by time, not by rows: a page polling a big import must see the count
 * move every second whatever the rows cost (a slow sheet, a thread waiting on a write).
 */
const PROGRESS_MS = 200;
const PROGRESS_CHECK_ROWS = 16;

async function* withHeader<K extends string>(
  source: SheetSource,
  file: string,
  columns: readonly ColumnSpec<K>[],
  onHeader: (headerCells: string[], map: Map<K, number>) => void,
): AsyncGenerator<SheetRow> {
  const head: SheetRow[] = [];
  let header: ReturnType<typeof findHeader<K>> | undefined;
  for await (const row of source.rows) {
    if (!header) {
      head.push(row);
      if (head.length < HEADER_SEARCH_ROWS) continue;
      header = findHeader(file, head, columns);
      onHeader(header.headerCells, header.columns);
      for (const early of head) if (early.rowNumber > header.rowNumber) yield early;
      continue;
    }
    yield row;
  }
  if (!header) {
    header = findHeader(file, head, columns);
    onHeader(header.headerCells, header.columns);
    for (const early of head) if (early.rowNumber > header.rowNumber) yield early;
  }
}

function isBlank(row: SheetRow): boolean {
  for (const cell of row.cells) if (cell !== null && cell !== '' && cellText(cell).trim() !== '') return false;
  return true;
}

type Pass = { refusals: RowRefusal[]; headerCells: string[]; rows: number; good: number };

// A reason quotes at most a value or two; one far longer carries a hostile cell in it.
const REASON_LIMIT = 400;
const clipReason = (text: string): string => (text.length > REASON_LIMIT ? `${text.slice(0, REASON_LIMIT)}…` : text);

function refuse(pass: Pass, row: SheetRow, problems: RowProblem[]): void {
  pass.refusals.push({
    rowNumber: row.rowNumber,
    cells: row.cells.map((cell) => showUnsafe(cellText(cell))),
    // Messages quote at most ~100 characters of a value, however long the cell.
    problems: problems.map((p) => ({
      column: p.column,
      value: clipForMessage(showUnsafe(p.value)),
      reason: { zh: clipReason(p.reason.zh), en: clipReason(p.reason.en) },
    })),
  });
}

/** Cells holding a character no text may be stored with (NUL, a bidi override, U+FFFD from bytes that did not decode). */
function unsafeCells<K extends string>(cells: ReadonlyMap<K, RawCell>, label: (key: K) => string, encoding: string | undefined): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const [key, cell] of cells) {
    if (typeof cell !== 'string') continue;
    const text = normalizeCell(cell);
    const found = findUnsafeCharacter(text);
    if (found) problems.push({ column: label(key), value: text, reason: unsafeCharacterReason(found, encoding) });
  }
  return problems;
}

/** The column a row is refused on for lying outside the importer's reach, if it does. */
function outOfScope<K extends string, T>(spec: ImportSpec<K, T>, prefix: string | undefined, value: T): K | undefined {
  if (prefix === undefined || prefix === '' || !spec.regionOf) return undefined;
  return inScopePrefix(prefix, spec.regionOf.region(value)) ? undefined : spec.regionOf.column;
}

async function scan<K extends string, T>(
  file: string,
  spec: ImportSpec<K, T>,
  options: ImportOptions,
  onGood: ((value: T) => Promise<void>) | undefined,
): Promise<Pass> {
  const pass: Pass = { refusals: [], headerCells: [], rows: 0, good: 0 };
  let keys: K[] = [];
  let positions: number[] = [];
  const labels = new Map<K, string>();
  const seen = new Map<string, number>();
  const source = openSheet(file, options);
  const rows = withHeader(source, file, spec.columns, (headerCells, map) => {
    pass.headerCells = headerCells;
    keys = [...map.keys()];
    positions = [...map.values()];
    for (const [key, index] of map) labels.set(key, headerCells[index] ?? key);
  });
  const label = (key: K): string => labels.get(key) ?? spec.columns.find((c) => c.key === key)?.label ?? key;
  let reported = 0;
  for await (const row of rows) {
    if (isBlank(row)) continue;
    pass.rows += 1;
    const cells = new Map<K, RawCell>();
    for (let i = 0; i < keys.length; i += 1) cells.set(keys[i], row.cells[positions[i]] ?? null);
    const unsafe = unsafeCells(cells, label, source.encoding);
    const parsed = spec.parseRow(cells, label);
    const outside = parsed.ok ? outOfScope(spec, options.scopePrefix, parsed.value) : undefined;
    if (unsafe.length > 0) {
      // Both kinds of problem, one per column, in the file's column order.
      const flagged = new Set(unsafe.map((p) => p.column));
      const others = parsed.ok ? [] : parsed.problems.filter((p) => !flagged.has(p.column));
      const order = (p: RowProblem): number => keys.findIndex((key) => label(key) === p.column);
      refuse(pass, row, [...unsafe, ...others].sort((a, b) => order(a) - order(b)));
    } else if (!parsed.ok) {
      refuse(pass, row, parsed.problems);
    } else if (outside !== undefined) {
      refuse(pass, row, [{
        column: label(outside),
        value: cellText(cells.get(outside) ?? null),
        reason: { zh: '不在您的辖区', en: 'outside your region' },
      }]);
    } else {
      const first = seen.get(parsed.dedupeKey);
      if (first !== undefined) {
        const value = cellText(cells.get(spec.dedupeColumn) ?? null);
        refuse(pass, row, [{
          column: label(spec.dedupeColumn),
          value,
          reason: { zh: `与第 ${first} 行${spec.dedupeLabel.zh}重复`, en: `duplicate ${spec.dedupeLabel.en} of row ${first}` },
        }]);
      } else {
        seen.set(parsed.dedupeKey, row.rowNumber);
        pass.good += 1;
        if (onGood) await onGood(parsed.value);
      }
    }
    if (options.onProgress && pass.rows % PROGRESS_CHECK_ROWS === 0 && Date.now() - reported >= PROGRESS_MS) {
      reported = Date.now();
      options.onProgress({ rows: pass.rows, bytesRead: source.bytesRead(), totalBytes: source.totalBytes });
    }
  }
  options.onProgress?.({ rows: pass.rows, bytesRead: source.bytesRead(), totalBytes: source.totalBytes });
  return pass;
}

export async function runImport<K extends string, T>(file: string, spec: ImportSpec<K, T>, options: ImportOptions = {}): Promise<ImportOutcome> {
  const outcome = (pass: Pass, result: BatchResult, aborted: boolean): ImportOutcome => ({
    imported: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    refused: pass.refusals.length,
    rows: pass.rows,
    refusals: pass.refusals,
    headerCells: pass.headerCells,
    aborted,
  });
  if (options.strict) {
    const check = await scan(file, spec, { ...options, onProgress: undefined }, undefined);
    if (check.refusals.length > 0) return outcome(check, { inserted: 0, updated: 0, unchanged: 0 }, true);
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const totals: BatchResult = { inserted: 0, updated: 0, unchanged: 0 };
  let batch: T[] = [];
  // Writes run while the next batch is parsed and sealed: a PostgreSQL server works in
  // its own processes, PGlite on this thread while a worker thread parses (import-thread).
  const limit = Math.max(1, options.writesInFlight ?? 1);
  const inFlight = new Set<Promise<void>>();
  const flush = async (): Promise<void> => {
    const current = batch;
    batch = [];
    const write = spec.prepareBatch ? spec.prepareBatch(current) : () => spec.writeBatch(current);
    // A failed write rejects here (or at the end), and stops the import.
    while (inFlight.size >= limit) await Promise.race(inFlight);
    const pending = write().then((result) => {
      totals.inserted += result.inserted;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
      inFlight.delete(pending);
    });
    inFlight.add(pending);
    pending.catch(() => undefined); // never unhandled: awaited through the set
  };
  const pass = await scan(file, spec, options, async (value) => {
    batch.push(value);
    if (batch.length >= batchSize) await flush();
  });
  if (batch.length > 0) await flush();
  await Promise.all(inFlight);
  return outcome(pass, totals, false);
}
