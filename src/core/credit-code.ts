// Unified social credit code, GB 32100-2015: registration department (1), organisation
// type (1), GB/T 2260 region code (6), organisation code per GB 11714 (9, its own check
// character last) and a check character over the first 17 (1). The 31-character set
// leaves out I, O, S, V and Z, which are easily read as 1, 0, 5, U and 2.
//
// The weights 3^i mod 31 are non-zero modulo the prime 31, so a single wrong character
// among the first 17 always changes the check character.

import { normalizeCell } from './normalize.js';
import { ok, refuse, type ParseResult } from './values.js';

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeResult = ParseResult<string>;

/** The 18th character for the first 17. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || [...first17].some((ch) => !CREDIT_CODE_CHARSET.includes(ch))) {
    throw new RangeError(`creditCodeCheckChar needs 17 characters of the code's set, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character (0–9 or X) for an 8-character organisation code body. */
export function organizationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) {
    throw new RangeError(`organizationCodeCheckChar needs 8 digits or capital letters, got "${body8}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number.parseInt(body8[i], 36) * ORG_WEIGHTS[i];
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

// Letters outside the set are nearly always a misread digit; saying which helps the officer.
const LOOKALIKES: Record<string, string> = { I: '1', O: '0', S: '5', V: 'U', Z: '2' };

/**
 * Reads a credit code as typed: spaces and full-width characters are tolerated, lower
 * case is upper-cased. Only the GB 32100 check character is enforced: the embedded
 * organisation-code check is not what the import contract asks for, and refusing a
 * real employer over it would cost more than the rare typo it would catch.
 */
export function parseCreditCode(text: string): CreditCodeResult {
  const code = normalizeCell(text).replace(/\s+/g, '').toUpperCase();
  if (code === '') return refuse('统一社会信用代码为空', 'the credit code is empty');
  const chars = [...code];
  if (chars.length !== 18) {
    return refuse(
      `统一社会信用代码应为18位，此处为${chars.length}位`,
      `a unified social credit code has 18 characters, this one has ${chars.length}`,
    );
  }
  const bad = chars.find((ch) => !CREDIT_CODE_CHARSET.includes(ch));
  if (bad !== undefined) {
    const hint = LOOKALIKES[bad];
    return refuse(
      hint
        ? `统一社会信用代码不使用字母 ${bad}，可能应为 ${hint}`
        : `统一社会信用代码含有不允许的字符"${bad}"（只用数字和除 I、O、S、V、Z 外的大写字母）`,
      hint
        ? `credit codes never use the letter ${bad}; it is probably ${hint}`
        : `the credit code contains "${bad}", which is not allowed (digits and capital letters except I, O, S, V, Z)`,
    );
  }
  // As with identity numbers, the expected character is not shown: the typo may be anywhere.
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return refuse('统一社会信用代码校验位不符，代码有误，请逐位核对', 'the credit code fails its checksum: a character is wrong, check it one by one');
  }
  return ok(code);
}

// An odd multiplier coprime to 10 makes seed → body a bijection on 0..10^8-1, so distinct
// seeds give distinct codes that still look varied rather than counting up.
const BODY_SPACE = 100_000_000;
const BODY_MULTIPLIER = 48_271;
const BODY_OFFSET = 31_415_926;

/**
 * A fully valid code (business registration '9', enterprise '1') in the region, with a
 * valid organisation code, for demo data that must belong to no real employer.
 * Distinct seeds in 0..99,999,999 give distinct codes.
 */
export function makeCreditCode(regionCode6: string, seed: number): string {
  if (!/^\d{6}$/.test(regionCode6)) throw new RangeError(`makeCreditCode needs a 6-digit region code, got "${regionCode6}"`);
  if (!Number.isInteger(seed) || seed < 0 || seed >= BODY_SPACE) {
    throw new RangeError(`makeCreditCode needs an integer seed 0–99999999, got ${seed}`);
  }
  const body = String((seed * BODY_MULTIPLIER + BODY_OFFSET) % BODY_SPACE).padStart(8, '0');
  const first17 = `91${regionCode6}${body}${organizationCodeCheckChar(body)}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}
