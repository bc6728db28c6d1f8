// Random and mutated rows thrown at the row parsers: nothing crashes, and every row is
// either accepted (and then obeys the rules) or refused with at least one reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIdNumber, parseIdNumber } from '../core/id-number.js';
import { parseJobRow } from '../jobs/jobs.parse.js';
import { JOB_COLUMNS, type JobColumn } from '../jobs/jobs.columns.js';
import { referenceLookups } from '../reference/lookups.data.js';
import type { RawCell } from '../spreadsheets/sheet-reader.js';
import { WORKER_COLUMNS, type WorkerColumn } from './workers.columns.js';
import { parseWorkerRow } from './workers.parse.js';

const lookups = referenceLookups();
const context = { lookups, onDate: '2021-01-06' };
const label = (key: string) => key;

const validRow = (): Map<WorkerColumn, RawCell> =>
  new Map<WorkerColumn, RawCell>([
    ['name', '王小明'],
    ['idNumber', makeIdNumber('141124', '1990-05-01', 123)],
    ['phone', '13812345678'],
    ['origin', '临县'],
    ['priority', '是'],
    ['certificates', '健康证'],
    ['industries', '餐饮、快递物流'],
    ['destinations', '江苏省'],
    ['minWage', '4500'],
  ]);

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom('是', '否', '临县', '城区', '吕梁市临县', '江苏省', '餐饮', '4.5k', '5000-7000', '18至45岁', '２０２１年１月２０日'),
);

describe('worker row parser under random input', () => {
  it('accepts the valid row', () => {
    expect(parseWorkerRow(validRow(), label, context).ok).toBe(true);
  });

  it('never throws; refuses with reasons or accepts rule-abiding values', () => {
    const keys = WORKER_COLUMNS.map((c) => c.key);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), cell), (random) => {
        const cells = new Map(Object.entries(random) as [WorkerColumn, RawCell][]);
        const result = parseWorkerRow(cells, label, context);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.reason.zh && p.reason.en).toBeTruthy();
        } else {
          expect(parseIdNumber(result.value.idNumber).ok).toBe(true);
          expect(result.value.industries.length).toBeLessThanOrEqual(3);
          expect(result.value.regionCode).toMatch(/^\d{6}$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a valid row with one cell mutated is stored or refused naming that cell', () => {
    const keys = WORKER_COLUMNS.map((c) => c.key);
    fc.assert(
      fc.property(fc.constantFrom(...keys), cell, (key, value) => {
        const cells = validRow();
        cells.set(key, value);
        const result = parseWorkerRow(cells, label, context);
        if (!result.ok) expect(result.problems.map((p) => p.column)).toEqual([key]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('vacancy row parser under random input', () => {
  it('never throws and every refusal has reasons', () => {
    const keys = JOB_COLUMNS.map((c) => c.key);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), cell), (random) => {
        const cells = new Map(Object.entries(random) as [JobColumn, RawCell][]);
        const result = parseJobRow(cells, label, lookups);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        else expect(result.value.headcount).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
