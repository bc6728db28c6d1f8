// Parsers for the cells of an imported row. They return a result instead of throwing
// because the import collects every broken cell of a row before refusing it; `unwrap`
// is there for callers (API, CLI) that want the shared error instead.

import { invalidInput, type Bilingual, type DomainError } from './errors.js';
import { normalizeCell } from './normalize.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: Bilingual };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function refuse<T = never>(zh: string, en: string): ParseResult<T> {
  return { ok: false, reason: { zh, en } };
}

/** The value, or the shared invalid_input error naming the record and field. */
export function unwrap<T>(result: ParseResult<T>, record?: string, field?: string): T {
  if (result.ok) return result.value;
  const error: DomainError = invalidInput(record, field, result.reason);
  throw error;
}

// ---------------------------------------------------------------------------
// Calendar

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' that names a real day, or undefined. */
export function splitIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

// The campaigns run in China: "today" is the date in Beijing, whatever zone the server is in.
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

// ---------------------------------------------------------------------------
// Yes / no

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);

export function parseYesNo(text: string): ParseResult<boolean> {
  const cell = normalizeCell(text).toLowerCase();
  if (cell === '') return ok(false);
  if (YES.has(cell)) return ok(true);
  if (NO.has(cell)) return ok(false);
  return refuse('应填"是"或"否"（也可填 Y/N、1/0、true/false）', 'must be 是 or 否 (Y/N, 1/0, true/false are accepted too)');
}

// ---------------------------------------------------------------------------
// Amounts of money

// Monthly wages above this are typing slips (an extra zero or two), not offers.
export const MAX_MONTHLY_YUAN = 1_000_000;

const UNIT_POWER: Record<string, number> = { k: 3, K: 3, 千: 3, w: 4, W: 4, 万: 4 };

type Amount = { digits: string; unitPower: number };

// A plain number, "4,500", "4.5" with an optional k/千/万 multiplier. Decimal
// arithmetic is done on the digit string, since 0.45 × 10000 in floating point
// is not always exactly 4500.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([kK千wW万])?$/;

function readAmount(text: string): Amount | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const whole = match[1].replaceAll(',', '');
  const fraction = match[2] ?? '';
  return { digits: `${whole}.${fraction}`, unitPower: match[3] ? UNIT_POWER[match[3]] : 0 };
}

/** Whole yuan, or why not: a fraction of a yuan, or more digits than a safe integer holds. */
function amountToYuan(amount: Amount, unitPower: number): number | 'fraction' | 'too_large' {
  const [whole, fraction] = amount.digits.split('.');
  const shifted = fraction.padEnd(unitPower, '0');
  const rest = shifted.slice(unitPower);
  if (/[1-9]/.test(rest)) return 'fraction';
  const value = Number(`${whole}${shifted.slice(0, unitPower)}`);
  return Number.isSafeInteger(value) ? value : 'too_large';
}

// Currency signs and the "per month" people write after wages; 元 may stand after the
// multiplier ("4.5k元", "0.45万元").
function stripMoneyDecoration(text: string): string {
  return text
    .replace(/^(?:¥|￥|rmb|RMB|人民币)\s*/, '')
    .replace(/\s*(?:元)?\s*(?:\/\s*月|每月|\/\s*month)?$/, '')
    .trim();
}

const NOT_AN_AMOUNT = {
  zh: '不是金额：应填整数元，如 4500、4500元、4,500、4.5k、0.45万',
  en: 'not an amount: give whole yuan, e.g. 4500, 4500元, 4,500, 4.5k, 0.45万',
};

function checkYuan(cell: string, amount: Amount | undefined, unitPower = amount?.unitPower ?? 0): ParseResult<number> {
  if (amount === undefined) {
    if (/^-\s*\d/.test(cell)) return refuse('金额不能为负数', 'the amount cannot be negative');
    return { ok: false, reason: NOT_AN_AMOUNT };
  }
  const yuan = amountToYuan(amount, unitPower);
  if (yuan === 'fraction') return refuse('金额须为整数元，不能有角分', 'the amount must be whole yuan, without jiao or fen');
  if (yuan === 'too_large' || yuan > MAX_MONTHLY_YUAN) {
    return refuse(
      `金额过大（上限 ${MAX_MONTHLY_YUAN} 元），请检查是否多写了 0`,
      `the amount is too large (at most ${MAX_MONTHLY_YUAN} yuan): check for an extra 0`,
    );
  }
  return ok(yuan);
}

/** Whole yuan: "4500", "4500元", "4,500", "4.5k", "0.45万", "4500.00". */
export function parseYuan(text: string): ParseResult<number> {
  const cell = stripMoneyDecoration(normalizeCell(text));
  if (cell === '') return refuse('金额为空', 'the amount is empty');
  return checkYuan(cell, readAmount(cell));
}

export type Wage = { min: number; max?: number };

const RANGE_SEPARATOR = /\s*(?:-|~|〜|～|—|–|－|至|到)\s*/;

/**
 * A monthly wage, one amount or a range: "4500", "5000-7000", "5000至7000元", "5-7k",
 * "5000以上" (no upper end). The lower end is what matching compares against.
 */
export function parseWage(text: string): ParseResult<Wage> {
  let cell = stripMoneyDecoration(normalizeCell(text));
  if (cell === '') return refuse('月薪为空', 'the wage is empty');
  const openEnded = /(?:元)?\s*(?:以上|起|及以上)$/.test(cell);
  if (openEnded) cell = stripMoneyDecoration(cell.replace(/\s*(?:及以上|以上|起)$/, ''));

  const parts = cell.split(RANGE_SEPARATOR);
  // A leading "-" splits into ['', '4500']: that is a negative amount, not a range.
  if (parts.length === 2 && parts[0] !== '' && !openEnded) {
    const lowText = stripMoneyDecoration(parts[0]);
    const highText = stripMoneyDecoration(parts[1]);
    const low = readAmount(lowText);
    const high = readAmount(highText);
    if (low === undefined || high === undefined) return { ok: false, reason: NOT_AN_AMOUNT };
    // "5-7k" means 5k to 7k; "5000-7k" does not mean 5000k. The bare lower end takes the
    // upper end's multiplier only when its number is the smaller of the two.
    const inherit = low.unitPower === 0 && high.unitPower > 0 && Number(low.digits) < Number(high.digits);
    const min = checkYuan(lowText, low, inherit ? high.unitPower : undefined);
    if (!min.ok) return min;
    const max = checkYuan(highText, high);
    if (!max.ok) return max;
    if (min.value <= 0) return refuse('月薪须大于 0', 'the wage must be more than 0');
    if (min.value > max.value) {
      return refuse('月薪范围下限大于上限', 'the lower end of the wage range is above the upper end');
    }
    return ok({ min: min.value, max: max.value });
  }
  const single = checkYuan(cell, readAmount(cell));
  if (!single.ok) return single;
  if (single.value <= 0) return refuse('月薪须大于 0', 'the wage must be more than 0');
  return ok(openEnded ? { min: single.value } : { min: single.value, max: single.value });
}

// ---------------------------------------------------------------------------
// Headcount

export const MAX_HEADCOUNT = 10_000;

export function parseHeadcount(text: string): ParseResult<number> {
  const cell = normalizeCell(text).replace(/\s*(?:人|名)$/, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/.exec(cell);
  if (!match) {
    return refuse(`招聘人数应为 1 到 ${MAX_HEADCOUNT} 之间的整数`, `headcount must be a whole number from 1 to ${MAX_HEADCOUNT}`);
  }
  const count = Number(match[1].replaceAll(',', ''));
  if (count < 1 || count > MAX_HEADCOUNT) {
    return refuse(`招聘人数应在 1 到 ${MAX_HEADCOUNT} 之间`, `headcount must be from 1 to ${MAX_HEADCOUNT}`);
  }
  return ok(count);
}

// ---------------------------------------------------------------------------
// Age requirement

export const MIN_REQUIRED_AGE = 14;
export const MAX_REQUIRED_AGE = 80;

export type AgeRange = { ageMin?: number; ageMax?: number };

// 以上/以下/以内 include the number itself (Civil Code art. 1259), so "45岁以下" is ≤ 45.
const AGE_UNIT = '(?:周岁|岁)?';
const AGE_FORMS: ReadonlyArray<[RegExp, (match: RegExpExecArray) => AgeRange]> = [
  [
    new RegExp(`^(\\d{1,3})${AGE_UNIT}\\s*(?:-|~|〜|～|—|–|至|到)\\s*(\\d{1,3})${AGE_UNIT}$`),
    (m) => ({ ageMin: Number(m[1]), ageMax: Number(m[2]) }),
  ],
  [new RegExp(`^(\\d{1,3})${AGE_UNIT}\\s*(?:及以下|以下|以内)$`), (m) => ({ ageMax: Number(m[1]) })],
  [new RegExp(`^(\\d{1,3})${AGE_UNIT}\\s*(?:及以上|以上)$`), (m) => ({ ageMin: Number(m[1]) })],
];

function readAgeRange(cell: string): AgeRange | undefined {
  for (const [pattern, build] of AGE_FORMS) {
    const match = pattern.exec(cell);
    if (match) return build(match);
  }
  return undefined;
}

export function parseAgeRange(text: string): ParseResult<AgeRange> {
  const cell = normalizeCell(text);
  if (cell === '' || cell === '不限' || cell === '无' || cell === '无要求') return ok({});
  const range = readAgeRange(cell);
  if (range === undefined) {
    return refuse(
      '年龄要求格式不对：应填如 18-45、18至45岁、45岁以下、18岁以上 或 不限',
      'age requirement not understood: write e.g. 18-45, 18至45岁, 45岁以下, 18岁以上 or 不限',
    );
  }
  for (const age of [range.ageMin, range.ageMax]) {
    if (age !== undefined && (age < MIN_REQUIRED_AGE || age > MAX_REQUIRED_AGE)) {
      return refuse(
        `年龄要求须在 ${MIN_REQUIRED_AGE} 到 ${MAX_REQUIRED_AGE} 岁之间`,
        `ages in the requirement must be from ${MIN_REQUIRED_AGE} to ${MAX_REQUIRED_AGE}`,
      );
    }
  }
  if (range.ageMin !== undefined && range.ageMax !== undefined && range.ageMin > range.ageMax) {
    return refuse('年龄下限大于上限', 'the lower age is above the upper age');
  }
  return ok(range);
}

// ---------------------------------------------------------------------------
// Dates

// Excel counts days from 1900-01-00 and believes 1900 was a leap year: serial 60 is the
// non-existent 1900-02-29, and from serial 61 on every date is one day "late".
const EXCEL_SERIAL_MAX = 2_958_465; // 9999-12-31
const DAY_MS = 86_400_000;

function fromExcelSerial(serial: number): ParseResult<string> {
  const day = Math.floor(serial);
  if (day === 60) return refuse('Excel 日期序号 60 是不存在的 1900年2月29日', 'Excel serial 60 is 1900-02-29, a day that never was');
  if (day < 1 || day > EXCEL_SERIAL_MAX) return refuse('不是有效的日期', 'not a valid date');
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return fromDate(new Date(epoch + day * DAY_MS));
}

// exceljs turns date cells into Date objects at UTC midnight of the day shown in Excel,
// so the UTC fields are the day the officer typed, whatever the server's zone.
function fromDate(date: Date): ParseResult<string> {
  if (Number.isNaN(date.getTime())) return refuse('不是有效的日期', 'not a valid date');
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return refuse('不是有效的日期', 'not a valid date');
  return ok(formatIsoDate(year, date.getUTCMonth() + 1, date.getUTCDate()));
}

const DATE_PATTERNS = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date as people and Excel write it: 2021-01-20, 2021/1/20, 2021年1月20日, 2021.1.20,
 * 20210120, an Excel serial (number or numeric text) or a Date → 'YYYY-MM-DD'.
 */
export function parseDate(input: string | number | Date): ParseResult<string> {
  if (input instanceof Date) return fromDate(input);
  if (typeof input === 'number') {
    return Number.isFinite(input) ? fromExcelSerial(input) : refuse('不是有效的日期', 'not a valid date');
  }
  const cell = normalizeCell(input);
  if (cell === '') return refuse('日期为空', 'the date is empty');
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(cell);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isCalendarDate(year, month, day)) {
      return refuse(`日期不存在：${year}年${month}月${day}日`, `no such date: ${formatIsoDate(year, month, day)}`);
    }
    return ok(formatIsoDate(year, month, day));
  }
  // A CSV saved from a sheet whose date column was not formatted as a date holds the serial.
  if (/^\d{1,7}(?:\.\d+)?$/.test(cell)) return fromExcelSerial(Number(cell));
  return refuse(
    '日期格式不对：应填如 2021-01-20、2021/1/20 或 2021年1月20日',
    'date not understood: write e.g. 2021-01-20, 2021/1/20 or 2021年1月20日',
  );
}
