import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMobile } from './phone.js';

function reasonOf(text: string): string {
  const result = parseMobile(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused`);
  expect(result.reason.zh.length).toBeGreaterThan(0);
  return result.reason.en;
}

describe('parseMobile', () => {
  it('accepts the number as people write it', () => {
    for (const typed of [
      '13812345678',
      ' 138 1234 5678 ',
      '138-1234-5678',
      '138—1234—5678',
      '１３８１２３４５６７８',
      '+8613812345678',
      '+86 138 1234 5678',
      '+86-138-1234-5678',
      '８６１３８１２３４５６７８',
      '8613812345678',
      '(+86)13812345678',
    ]) {
      expect(parseMobile(typed), typed).toEqual({ ok: true, value: '13812345678' });
    }
  });

  it('accepts every prefix from 13 to 19', () => {
    for (let second = 3; second <= 9; second += 1) expect(parseMobile(`1${second}012345678`).ok).toBe(true);
  });

  it('refuses prefixes 10, 11, 12 and numbers not starting with 1', () => {
    expect(reasonOf('10012345678')).toMatch(/starts with 13–19/);
    expect(reasonOf('11012345678')).toMatch(/starts with 13–19/);
    expect(reasonOf('12012345678')).toMatch(/starts with 13–19/);
    expect(reasonOf('23812345678')).toMatch(/starts with 13–19/);
  });

  it('strips 86 only when a whole mobile number follows', () => {
    // Eleven digits starting 86 are not a country code plus nine digits.
    expect(reasonOf('86123456789')).toMatch(/starts with 13–19/);
    expect(reasonOf('+86123456789')).toMatch(/only digits/);
    expect(reasonOf('861381234567')).toMatch(/has 12/);
  });

  it('refuses wrong lengths, letters and empty text', () => {
    expect(reasonOf('')).toMatch(/empty/);
    expect(reasonOf('   ')).toMatch(/empty/);
    expect(reasonOf('1381234567')).toMatch(/has 10/);
    expect(reasonOf('138123456789')).toMatch(/has 12/);
    expect(reasonOf('1381234567a')).toMatch(/only digits/);
    expect(reasonOf('1.38123E+10')).toMatch(/only digits/);
    // A fixed line with area code is not a mobile.
    expect(reasonOf('0351-1234567')).toMatch(/starts with 13–19/);
  });

  it('never throws, and what it accepts is always 11 digits from 13 to 19', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[+\d \-]{0,16}$/),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseMobile(text);
        if (result.ok) expect(result.value).toMatch(/^1[3-9]\d{9}$/);
      }),
      { numRuns: 2000 },
    );
  });
});
