// Helpers the row parsers share: read a cell as normalised text, run a rule on it, and
// collect every broken cell of the row (a row is refused naming all of them).
import type { Bilingual } from '../core/errors.js';
import { clipForMessage, normalizeCell, splitList } from '../core/normalize.js';
import type { ParseResult } from '../core/values.js';
import type { RowProblem } from './import-pipeline.js';
import { cellText, type RawCell } from './sheet-reader.js';

export type CellReader<K extends string> = {
  text: (key: K) => string;
  raw: (key: K) => RawCell;
  /** Runs a rule on a cell; on refusal records the problem and returns undefined. */
  check: <T>(key: K, result: ParseResult<T>) => T | undefined;
  refuse: (key: K, reason: Bilingual) => void;
  /** A list cell: each item through the rule, at most `max` items. */
  list: (key: K, rule: (item: string) => ParseResult<string>, max?: number) => string[];
  problems: RowProblem[];
};

export function cellReader<K extends string>(cells: ReadonlyMap<K, RawCell>, label: (key: K) => string): CellReader<K> {
  const problems: RowProblem[] = [];
  const text = (key: K): string => normalizeCell(cellText(cells.get(key) ?? null));
  const refuse = (key: K, reason: Bilingual): void => {
    problems.push({ column: label(key), value: text(key), reason });
  };
  return {
    text,
    raw: (key) => cells.get(key) ?? null,
    problems,
    refuse,
    check<T>(key: K, result: ParseResult<T>): T | undefined {
      if (result.ok) return result.value;
      refuse(key, result.reason);
      return undefined;
    },
    list(key, rule, max) {
      const items = splitList(text(key));
      if (max !== undefined && items.length > max) {
        refuse(key, { zh: `最多填写 ${max} 项（现有 ${items.length} 项）`, en: `at most ${max} items (found ${items.length})` });
        return [];
      }
      const values: string[] = [];
      const broken: Bilingual[] = [];
      for (const item of items) {
        const result = rule(item);
        if (!result.ok) {
          const quoted = clipForMessage(item);
          broken.push({ zh: `“${quoted}”：${result.reason.zh}`, en: `"${quoted}": ${result.reason.en}` });
        }
        else if (!values.includes(result.value)) values.push(result.value);
      }
      // One problem per cell, naming every bad item in it.
      if (broken.length > 0) refuse(key, { zh: broken.map((b) => b.zh).join('；'), en: broken.map((b) => b.en).join('; ') });
      return values;
    },
  };
}
