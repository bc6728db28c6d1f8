// Resident identity number, GB 11643-1999: 6-digit region code, 8-digit birth date,
// 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check
// character. The weights 2^(17-i) mod 11 are all non-zero modulo the prime 11, so any
// single wrong character, and any swap of two neighbours among the first 17, changes
// the check character: a typed number that passes is very likely the real one.

import { normalizeCell } from './normalize.js';
import {
  formatIsoDate,
  isCalendarDate,
  ok,
  refuse,
  splitIsoDate,
  todayInChina,
  type ParseResult,
} from './values.js';

export type Gender = 'male' | 'female';

export type IdNumber = {
  /** 18 characters, a final check letter as upper-case X. */
  idNumber: string;
  /** GB/T 2260 code of the region where the number was first issued. */
  regionCode: string;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  gender: Gender;
};

export type IdNumberResult = ParseResult<IdNumber>;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Nobody alive was born before this; an earlier year is a typing slip.
const EARLIEST_BIRTH_YEAR = 1900;

/** The 18th character for the first 17 digits. */
export function idChecksumChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`idChecksumChar needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Reads an identity number as typed: surrounding and inner spaces, full-width digits
 * and a lower-case x are accepted. `today` ('YYYY-MM-DD', default: today in Beijing)
 * bounds the birth date.
 */
export function parseIdNumber(text: string, today: string = todayInChina()): IdNumberResult {
  const cell = normalizeCell(text).replace(/\s+/g, '').toUpperCase();
  if (cell === '') return refuse('身份证号为空', 'the identity number is empty');

  // Excel shows a long number it stored as a number in scientific notation, and has
  // already lost the last digits: the officer has to retype it in a text-formatted column.
  if (/^\d(?:\.\d+)?E\+\d+$/.test(cell)) {
    return refuse(
      '身份证号被 Excel 当成数字存成了科学计数法，后几位已丢失：请把该列设为"文本"后重新录入',
      'Excel stored the identity number as a number in scientific notation and lost its last digits: format the column as text and type it again',
    );
  }
  if (/^\d{15}$/.test(cell)) {
    return refuse(
      '这是15位的第一代身份证号，请填写18位的第二代身份证号',
      'this is a 15-digit first-generation number: give the 18-character second-generation number',
    );
  }
  const length = [...cell].length;
  if (length !== 18) {
    return refuse(`身份证号应为18位，此处为${length}位`, `an identity number has 18 characters, this one has ${length}`);
  }
  if (!/^\d{17}[\dX]$/.test(cell)) {
    return refuse('身份证号前17位须为数字，最后一位为数字或 X', 'an identity number is 17 digits followed by a digit or X');
  }

  const year = Number(cell.slice(6, 10));
  const month = Number(cell.slice(10, 12));
  const day = Number(cell.slice(12, 14));
  if (!isCalendarDate(year, month, day)) {
    return refuse(
      `身份证号中的出生日期 ${cell.slice(6, 14)} 不存在`,
      `the birth date in the identity number, ${cell.slice(6, 14)}, is not a real date`,
    );
  }
  const birthDate = formatIsoDate(year, month, day);
  if (year < EARLIEST_BIRTH_YEAR) {
    return refuse(`身份证号中的出生年份 ${year} 不可能`, `the birth year in the identity number, ${year}, is not possible`);
  }
  if (birthDate > today) {
    return refuse(`身份证号中的出生日期 ${birthDate} 在未来`, `the birth date in the identity number, ${birthDate}, is in the future`);
  }

  // The expected character is deliberately not shown: the typo is as likely to be in the
  // first 17 digits, and "fixing" the last one would make a wrong number pass.
  if (idChecksumChar(cell.slice(0, 17)) !== cell[17]) {
    return refuse('身份证号校验位不符，号码有误，请逐位核对', 'the identity number fails its checksum: a character is wrong, check it digit by digit');
  }

  return ok({
    idNumber: cell,
    regionCode: cell.slice(0, 6),
    birthDate,
    gender: Number(cell[16]) % 2 === 1 ? 'male' : 'female',
  });
}

/**
 * Completed years on `onDate` (both 'YYYY-MM-DD'). A year is completed on the birthday;
 * someone born on 29 February completes it on 1 March in common years.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = splitIsoDate(birthDate);
  const on = splitIsoDate(onDate);
  if (!birth || !on) throw new RangeError(`ageOn needs two YYYY-MM-DD dates, got "${birthDate}", "${onDate}"`);
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  return age;
}

/**
 * A valid identity number for the given region, birth date and sequence (0–999; odd is
 * male, even female). The demo uses it to write numbers that pass every check yet need
 * to belong to nobody; no registry is consulted here.
 */
export function makeIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`makeIdNumber needs a 6-digit region code, got "${regionCode}"`);
  const birth = splitIsoDate(birthDate);
  if (!birth) throw new RangeError(`makeIdNumber needs a YYYY-MM-DD birth date, got "${birthDate}"`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError(`makeIdNumber needs a sequence 0–999, got ${sequence}`);
  }
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return `${first17}${idChecksumChar(first17)}`;
}
