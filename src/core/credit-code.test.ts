import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  makeCreditCode,
  organizationCodeCheckChar,
  parseCreditCode,
} from './credit-code.js';

// Published codes of real, well-known enterprises: a checksum bug would refuse them.
const REAL_CODES = ['91350100M000100Y43', '914403001922038216', '91110000802100433B'];

function reasonOf(text: string): string {
  const result = parseCreditCode(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused`);
  expect(result.reason.zh.length).toBeGreaterThan(0);
  return result.reason.en;
}

describe('creditCodeCheckChar', () => {
  it('agrees with real codes', () => {
    for (const code of REAL_CODES) expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps 31 − 31 to 0', () => {
    // All zeros weigh 0: the sum is 0, 31 − 0 = 31, which wraps to '0'.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses input outside the set or of the wrong length', () => {
    expect(() => creditCodeCheckChar('9135010000000000')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('9135010000000000I')).toThrow(RangeError);
  });
});

describe('organizationCodeCheckChar', () => {
  it('agrees with the organisation codes inside real credit codes', () => {
    for (const code of REAL_CODES) expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
  });

  it('gives X for 10 and 0 for 11', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 500; n += 1) seen.add(organizationCodeCheckChar(String(n).padStart(8, '0')));
    expect(seen).toContain('X');
    expect(seen).toContain('0');
    expect(organizationCodeCheckChar('00000000')).toBe('0');
  });

  it('refuses a malformed body', () => {
    expect(() => organizationCodeCheckChar('1234567')).toThrow(RangeError);
    expect(() => organizationCodeCheckChar('1234567a')).toThrow(RangeError);
  });
});

describe('parseCreditCode', () => {
  it('accepts real codes', () => {
    for (const code of REAL_CODES) expect(parseCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('normalises case, spaces and full-width characters', () => {
    for (const typed of [' 91350100m000100y43 ', '９１３５０１００Ｍ０００１００Ｙ４３', '9135 0100 M000 100Y 43', '\u00a091350100M000100Y43\u3000']) {
      expect(parseCreditCode(typed), typed).toEqual({ ok: true, value: '91350100M000100Y43' });
    }
  });

  it('refuses wrong lengths', () => {
    expect(reasonOf('')).toMatch(/empty/);
    expect(reasonOf('91350100M000100Y4')).toMatch(/has 17/);
    expect(reasonOf('91350100M000100Y433')).toMatch(/has 19/);
    // 15-digit business-licence numbers of before 2015 are still found in old lists.
    expect(reasonOf('110000000000001')).toMatch(/has 15/);
  });

  it('names a look-alike letter', () => {
    expect(reasonOf('91350100MOOO100Y43')).toMatch(/letter O; it is probably 0/);
    expect(reasonOf('9135010OM000100Y43')).toMatch(/letter O/);
    expect(reasonOf('91350100M000I00Y43')).toMatch(/probably 1/);
    expect(reasonOf('91350100M000100Y4S')).toMatch(/probably 5/);
  });

  it('refuses other characters', () => {
    expect(reasonOf('91350100M000100Y4-')).toMatch(/not allowed/);
    expect(reasonOf('91350100M000100Y4中')).toMatch(/not allowed/);
  });

  it('refuses a bad check character without revealing the expected one', () => {
    const result = parseCreditCode('91350100M000100Y44');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.en).toMatch(/checksum/);
      expect(result.reason.zh).not.toMatch(/3/);
    }
  });
});

describe('makeCreditCode', () => {
  it('builds registration 9, type 1, the region, and a valid organisation code', () => {
    const code = makeCreditCode('320505', 42);
    expect(code).toMatch(/^91320505[0-9]{8}[0-9X][0-9A-Y]$/);
    expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    expect(parseCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('gives distinct codes for distinct seeds', () => {
    const codes = new Set<string>();
    for (let seed = 0; seed < 2000; seed += 1) codes.add(makeCreditCode('320505', seed));
    expect(codes.size).toBe(2000);
  });

  it('refuses bad arguments', () => {
    expect(() => makeCreditCode('32050', 1)).toThrow(RangeError);
    expect(() => makeCreditCode('320505', -1)).toThrow(RangeError);
    expect(() => makeCreditCode('320505', 1.5)).toThrow(RangeError);
    expect(() => makeCreditCode('320505', 100_000_000)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------
// Properties

const region = fc.stringMatching(/^[1-8]\d{5}$/);
const seed = fc.integer({ min: 0, max: 99_999_999 });
const validCode = fc.tuple(region, seed).map(([r, s]) => makeCreditCode(r, s));
const anyFirst17 = fc.array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));

describe('properties', () => {
  it('generated codes are valid in both checks and parse to themselves', () => {
    fc.assert(
      fc.property(region, seed, (r, s) => {
        const code = makeCreditCode(r, s);
        expect(code.slice(2, 8)).toBe(r);
        expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
        expect(parseCreditCode(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  // The claim, on the algorithm alone: weights are non-zero mod the prime 31, and two
  // different characters differ by less than 31.
  it('the check character changes under every substitution among the first 17', () => {
    fc.assert(
      fc.property(anyFirst17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (body, i, delta) => {
        const replaced = CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(body[i]) + delta) % 31];
        const mutated = `${body.slice(0, i)}${replaced}${body.slice(i + 1)}`;
        expect(creditCodeCheckChar(mutated)).not.toBe(creditCodeCheckChar(body));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses every single-character substitution of a valid code', () => {
    // The code's set plus the letters it leaves out.
    const alphabet = `${CREDIT_CODE_CHARSET}IOSVZ`;
    fc.assert(
      fc.property(validCode, (code) => {
        for (let i = 0; i < 18; i += 1) {
          for (const ch of alphabet) {
            if (ch === code[i]) continue;
            const mutated = `${code.slice(0, i)}${ch}${code.slice(i + 1)}`;
            expect(parseCreditCode(mutated).ok, mutated).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary text', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[0-9A-Za-z \uff10-\uff19]{0,20}$/),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof parseCreditCode(text).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
