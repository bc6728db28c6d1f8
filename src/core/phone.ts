// Mainland mobile numbers: 11 digits, 1 then 3–9 (the 13x–19x ranges the MIIT allots).
// A worker's phone must be a mobile (it is for reaching them on the road); an employer's
// contact may be a fixed line too.

import { normalizeCell } from './normalize.js';
import { ok, refuse, type ParseResult } from './values.js';

export type MobileResult = ParseResult<string>;

// Hyphen and the dash look-alikes Chinese input methods and Word put between digit groups.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212()]/g;

/** "+86 138-1234-5678" → "13812345678". */
export function parseMobile(text: string): MobileResult {
  let digits = normalizeCell(text).replace(SEPARATORS, '');
  if (digits === '') return refuse('手机号为空', 'the mobile number is empty');
  // "86" is only a country code when what follows is a whole mobile number; otherwise
  // it may be the start of something else entirely.
  const withoutCountry = digits.replace(/^\+?86/, '');
  if (withoutCountry !== digits && /^\d{11}$/.test(withoutCountry)) digits = withoutCountry;
  if (!/^\d+$/.test(digits)) return refuse('手机号只能包含数字', 'a mobile number has only digits');
  if (digits.length !== 11) {
    return refuse(`手机号应为11位，此处为${digits.length}位`, `a mobile number has 11 digits, this one has ${digits.length}`);
  }
  if (!/^1[3-9]\d{9}$/.test(digits)) {
    return refuse('不是有效的大陆手机号（应以 13–19 开头）', 'not a mainland mobile number (it starts with 13–19)');
  }
  return ok(digits);
}

/** Employers give mobiles or fixed lines with an area code (0512-6789 1234). */
export function parseContactPhone(text: string): ParseResult<string> {
  const mobile = parseMobile(text);
  if (mobile.ok) return mobile;
  const fixed = normalizeCell(text).replace(/[\s()（）]/g, '');
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,5})?$/.test(fixed)) return ok(fixed);
  return refuse('不是有效的手机号或带区号的固定电话', 'not a mobile number nor a fixed line with area code');
}
