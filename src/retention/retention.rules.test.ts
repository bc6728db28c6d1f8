import { describe, expect, it } from 'vitest';
import { addDays, checkState, checkWhere, dueDate, isFlagged, normalizeMonths, rateOf } from './retention.rules.js';

describe('retention due dates', () => {
  it('adds calendar months and keeps to the month end', () => {
    expect(dueDate('2021-01-31', 1)).toBe('2021-02-28');
    expect(dueDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(dueDate('2021-01-30', 1)).toBe('2021-02-28');
    expect(dueDate('2021-01-15', 1)).toBe('2021-02-15');
    expect(dueDate('2021-01-31', 3)).toBe('2021-04-30');
    expect(dueDate('2021-08-31', 6)).toBe('2022-02-28');
    expect(dueDate('2021-12-10', 1)).toBe('2022-01-10');
  });

  it('counts a check due, then overdue after 14 days', () => {
    expect(checkState('2021-02-28', '2021-02-27', false)).toBe('upcoming');
    expect(checkState('2021-02-28', '2021-02-28', false)).toBe('due');
    expect(checkState('2021-02-28', '2021-03-14', false)).toBe('due');
    expect(checkState('2021-02-28', '2021-03-15', false)).toBe('overdue');
    expect(checkState('2021-02-28', '2021-09-01', true)).toBe('done');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
  });

  it('takes a schedule of distinct months in order', () => {
    expect(normalizeMonths([6, 1, 3, 3])).toEqual([1, 3, 6]);
    expect(normalizeMonths([])).toBeUndefined();
    expect(normalizeMonths([0])).toBeUndefined();
    expect(normalizeMonths([1.5])).toBeUndefined();
  });
});

describe('retention rates', () => {
  it('counts the same employer as retained and flags below the threshold with enough results', () => {
    const r = rateOf({ employed: 6, changed_job: 2, returned_home: 1, unreachable: 1 });
    expect(r.checked).toBe(10);
    expect(r.rate).toBeCloseTo(0.6);
    expect(r.inWork).toBeCloseTo(0.8);
    expect(isFlagged(r, 0.7)).toBe(true);
    expect(isFlagged(r, 0.6)).toBe(false);
    expect(isFlagged(rateOf({ employed: 1, changed_job: 0, returned_home: 2, unreachable: 0 }), 0.7)).toBe(false);
    expect(rateOf({ employed: 0, changed_job: 0, returned_home: 0, unreachable: 0 }).rate).toBeNull();
  });

  it('needs where a changed job went', () => {
    expect(checkWhere('changed_job', ' ', undefined)).toMatchObject({ ok: false, field: 'whereText' });
    expect(checkWhere('changed_job', '东莞某电子厂', '4419')).toMatchObject({ ok: false, field: 'whereRegion' });
    expect(checkWhere('changed_job', '东莞某电子厂', '441900')).toEqual({ ok: true, whereText: '东莞某电子厂', whereRegion: '441900' });
    expect(checkWhere('employed', 'x', '441900')).toEqual({ ok: true, whereText: null, whereRegion: null });
  });
});
