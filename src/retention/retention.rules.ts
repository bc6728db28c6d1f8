// The rules of retention follow-up, pure: when a check falls due, when it is overdue, what its
// outcomes mean, and how a rate is counted. The store computes due dates in SQL with the same
// calendar rule (PostgreSQL's date + n months, which also keeps to the month's last day).
import type { Bilingual } from '../core/errors.js';

export const OUTCOMES = ['employed', 'changed_job', 'returned_home', 'unreachable'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_TEXT: Record<Outcome, Bilingual> = {
  employed: { zh: '在原单位在岗', en: 'employed at the same employer' },
  changed_job: { zh: '已换工作', en: 'changed job' },
  returned_home: { zh: '已返乡', en: 'returned home' },
  unreachable: { zh: '联系不上', en: 'unreachable' },
};

export const SOURCES = ['employer', 'worker', 'officer', 'import'] as const;
export type Source = (typeof SOURCES)[number];

export const DEFAULT_MONTHS: readonly number[] = [1, 3, 6];
export const DEFAULT_THRESHOLD = 0.7;
/** Days after the due date within which a result is expected before the check counts as overdue. */
export const OVERDUE_AFTER_DAYS = 14;
/** An employer is flagged only once this many of its workers have a result: two or three people say little. */
export const MIN_FLAG_SAMPLE = 5;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day a check falls due: arrival plus n calendar months, kept to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function dueDate(arrival: string, months: number): string {
  const [y, m, d] = parts(arrival);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export type CheckState = 'upcoming' | 'due' | 'overdue' | 'done';

/** Where a check stands on a day (all dates China time, YYYY-MM-DD). */
export function checkState(due: string, today: string, done: boolean): CheckState {
  if (done) return 'done';
  if (today < due) return 'upcoming';
  return today > addDays(due, OVERDUE_AFTER_DAYS) ? 'overdue' : 'due';
}

/** A schedule a campaign may hold: 1–6 distinct whole months between 1 and 36, ascending. */
export function normalizeMonths(months: readonly number[]): number[] | undefined {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.length > 6) return undefined;
  if (sorted.some((m) => !Number.isInteger(m) || m < 1 || m > 36)) return undefined;
  return sorted;
}

export type OutcomeCounts = Record<Outcome, number>;

export type Rate = OutcomeCounts & { checked: number; rate: number | null; inWork: number | null };

/** Retention: the share still at the same employer among those checked; in work adds those who changed job. */
export function rateOf(counts: OutcomeCounts): Rate {
  const checked = OUTCOMES.reduce((sum, o) => sum + counts[o], 0);
  return {
    ...counts, checked,
    rate: checked > 0 ? counts.employed / checked : null,
    inWork: checked > 0 ? (counts.employed + counts.changed_job) / checked : null,
  };
}

export function isFlagged(rate: Rate, threshold: number): boolean {
  return rate.rate !== null && rate.checked >= MIN_FLAG_SAMPLE && rate.rate < threshold;
}

/** A changed job needs to say where; the other outcomes take no place. */
export function checkWhere(outcome: Outcome, whereText: string | undefined, whereRegion: string | undefined):
  { ok: true; whereText: string | null; whereRegion: string | null } | { ok: false; field: string; reason: Bilingual } {
  if (outcome !== 'changed_job') return { ok: true, whereText: null, whereRegion: null };
  const text = (whereText ?? '').trim();
  if (text === '') return { ok: false, field: 'whereText', reason: { zh: '换工作须写明去向（单位或地点）', en: 'a changed job needs where to (employer or place)' } };
  if (text.length > 100) return { ok: false, field: 'whereText', reason: { zh: '去向不超过 100 字', en: 'where to: at most 100 characters' } };
  const region = (whereRegion ?? '').trim();
  if (region !== '' && !/^\d{6}$/.test(region)) return { ok: false, field: 'whereRegion', reason: { zh: '地区须为 6 位行政区划代码', en: 'the region is a 6-digit region code' } };
  return { ok: true, whereText: text, whereRegion: region === '' ? null : region };
}
