import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, idChecksumChar, makeIdNumber, parseIdNumber } from './id-number.js';

const TODAY = '2021-01-06';

// The worked example printed in GB 11643-1999 itself.
const STANDARD_EXAMPLE = '11010519491231002X';

function reasonOf(text: string, today = TODAY): string {
  const result = parseIdNumber(text, today);
  if (result.ok) throw new Error(`expected "${text}" to be refused`);
  expect(result.reason.zh.length).toBeGreaterThan(0);
  expect(result.reason.en.length).toBeGreaterThan(0);
  return result.reason.en;
}

describe('idChecksumChar', () => {
  it('matches the examples of the standard', () => {
    expect(idChecksumChar('11010519491231002')).toBe('X');
    expect(idChecksumChar('44052418800101001')).toBe('4');
  });

  it('produces every one of its eleven characters', () => {
    const chars = new Set<string>();
    for (let seq = 0; seq < 200; seq += 1) chars.add(idChecksumChar(`14112319900101${String(seq).padStart(3, '0')}`));
    expect([...chars].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idChecksumChar('1234')).toThrow(RangeError);
    expect(() => idChecksumChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it('derives region, birth date and gender', () => {
    expect(parseIdNumber(STANDARD_EXAMPLE, TODAY)).toEqual({
      ok: true,
      value: { idNumber: STANDARD_EXAMPLE, regionCode: '110105', birthDate: '1949-12-31', gender: 'female' },
    });
    const male = makeIdNumber('141123', '1990-01-01', 123);
    expect(parseIdNumber(male, TODAY)).toMatchObject({ ok: true, value: { gender: 'male', regionCode: '141123' } });
  });

  it('accepts lower-case x, surrounding and inner spaces, full-width characters', () => {
    for (const typed of [
      '11010519491231002x',
      '  11010519491231002X ',
      '\u00a011010519491231002X\u3000',
      '110105 19491231 002X',
      '１１０１０５１９４９１２３１００２Ｘ',
      '１１０１０５１９４９１２３１００２ｘ',
    ]) {
      const result = parseIdNumber(typed, TODAY);
      expect(result, typed).toMatchObject({ ok: true, value: { idNumber: STANDARD_EXAMPLE } });
    }
  });

  it('refuses wrong lengths and names the length', () => {
    expect(reasonOf('')).toMatch(/empty/);
    expect(reasonOf('1101051949123100')).toMatch(/has 16/);
    expect(reasonOf('11010519491231002X1')).toMatch(/has 19/);
  });

  it('explains 15-digit first-generation numbers', () => {
    expect(reasonOf('110105491231002')).toMatch(/first-generation/);
  });

  it('explains numbers that Excel turned into scientific notation', () => {
    expect(reasonOf('1.10105E+17')).toMatch(/scientific notation/);
    expect(reasonOf('1.10105e+17')).toMatch(/scientific notation/);
  });

  it('refuses wrong characters', () => {
    expect(reasonOf('1101051949123100XX')).toMatch(/17 digits followed by a digit or X/);
    expect(reasonOf('11010519491231002Y')).toMatch(/17 digits followed by a digit or X/);
    expect(reasonOf('1101051949123l002X')).toMatch(/17 digits/);
  });

  it('refuses impossible birth dates, including 29 February of common years', () => {
    const withDate = (yyyymmdd: string): string => {
      const first17 = `141123${yyyymmdd}123`;
      return `${first17}${idChecksumChar(first17)}`;
    };
    expect(reasonOf(withDate('19900230'))).toMatch(/not a real date/);
    expect(reasonOf(withDate('19901301'))).toMatch(/not a real date/);
    expect(reasonOf(withDate('19900000'))).toMatch(/not a real date/);
    expect(reasonOf(withDate('19900431'))).toMatch(/not a real date/);
    expect(reasonOf(withDate('19010229'))).toMatch(/not a real date/);
    expect(reasonOf(withDate('19000229'))).toMatch(/not a real date/); // 1900: divisible by 100, not by 400
    expect(parseIdNumber(withDate('20000229'), TODAY).ok).toBe(true); // 2000: divisible by 400
    expect(parseIdNumber(withDate('19960229'), TODAY).ok).toBe(true);
  });

  it('refuses birth dates in the future or before 1900', () => {
    expect(reasonOf(makeIdNumber('141123', '2021-01-07', 1))).toMatch(/future/);
    expect(parseIdNumber(makeIdNumber('141123', '2021-01-06', 1), TODAY).ok).toBe(true);
    expect(reasonOf('440524188001010014')).toMatch(/not possible/);
  });

  it('measures the future from today in Beijing by default', () => {
    expect(parseIdNumber(STANDARD_EXAMPLE).ok).toBe(true);
    expect(parseIdNumber(makeIdNumber('141123', '2999-01-01', 1)).ok).toBe(false);
  });

  it('refuses a bad checksum without revealing the expected character', () => {
    const result = parseIdNumber('110105194912310021', TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.en).toMatch(/checksum/);
      expect(result.reason.zh).toMatch(/校验位/);
      expect(result.reason.en).not.toMatch(/X/);
    }
  });
});

describe('ageOn', () => {
  it('counts completed years, reached on the birthday', () => {
    expect(ageOn('2005-01-06', '2021-01-05')).toBe(15);
    expect(ageOn('2005-01-06', '2021-01-06')).toBe(16);
    expect(ageOn('2005-01-06', '2021-01-07')).toBe(16);
    expect(ageOn('2005-12-31', '2021-01-06')).toBe(15);
    expect(ageOn('2021-01-06', '2021-01-06')).toBe(0);
  });

  it('lets someone born on 29 February complete a year on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2020-02-28')).toBe(15);
    expect(ageOn('2004-02-29', '2020-02-29')).toBe(16);
    expect(ageOn('2004-02-29', '2021-02-28')).toBe(16);
    expect(ageOn('2004-02-29', '2021-03-01')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('refuses malformed dates', () => {
    expect(() => ageOn('2004-2-29', '2021-01-01')).toThrow(RangeError);
    expect(() => ageOn('2005-02-29', '2021-01-01')).toThrow(RangeError);
  });
});

describe('makeIdNumber', () => {
  it('builds a valid number', () => {
    expect(makeIdNumber('110105', '1949-12-31', 2)).toBe(STANDARD_EXAMPLE);
    expect(makeIdNumber('141123', '1990-01-01', 7)).toMatch(/^14112319900101007[\dX]$/);
  });

  it('refuses bad arguments', () => {
    expect(() => makeIdNumber('14112', '1990-01-01', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('141123', '1990-02-30', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('141123', '1990-01-01', 1000)).toThrow(RangeError);
    expect(() => makeIdNumber('141123', '1990-01-01', -1)).toThrow(RangeError);
    expect(() => makeIdNumber('141123', '1990-01-01', 1.5)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------
// Properties

const regionCode = fc.stringMatching(/^[1-8]\d{5}$/);
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2021-01-06T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sequence = fc.integer({ min: 0, max: 999 });
const validIdNumber = fc.tuple(regionCode, birthDate, sequence).map(([r, b, s]) => makeIdNumber(r, b, s));

describe('properties', () => {
  it('makeIdNumber always parses back to the same region, birth date and gender', () => {
    fc.assert(
      fc.property(regionCode, birthDate, sequence, (region, birth, seq) => {
        const result = parseIdNumber(makeIdNumber(region, birth, seq), TODAY);
        expect(result).toMatchObject({
          ok: true,
          value: { regionCode: region, birthDate: birth, gender: seq % 2 === 1 ? 'male' : 'female' },
        });
      }),
    );
  });

  // The claim behind the next property, checked on the algorithm alone, on any 17 digits
  // (not only those with a real birth date, which parseIdNumber would refuse anyway).
  it('the checksum changes under every single-digit substitution of the first 17', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (body, i, delta) => {
        const mutated = `${body.slice(0, i)}${(Number(body[i]) + delta) % 10}${body.slice(i + 1)}`;
        expect(idChecksumChar(mutated)).not.toBe(idChecksumChar(body));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses every single-character substitution of a valid number', () => {
    const alphabet = '0123456789X';
    fc.assert(
      fc.property(validIdNumber, (id) => {
        for (let i = 0; i < 18; i += 1) {
          for (const ch of alphabet) {
            if (ch === id[i]) continue;
            const mutated = `${id.slice(0, i)}${ch}${id.slice(i + 1)}`;
            expect(parseIdNumber(mutated, TODAY).ok, mutated).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every swap of two different neighbours among the first 17 digits', () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        for (let i = 0; i < 16; i += 1) {
          if (id[i] === id[i + 1]) continue;
          const swapped = `${id.slice(0, i)}${id[i + 1]}${id[i]}${id.slice(i + 2)}`;
          expect(parseIdNumber(swapped, TODAY).ok, swapped).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[\d xX\uff10-\uff19]{0,22}$/),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseIdNumber(text, TODAY);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
