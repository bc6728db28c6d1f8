import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCell, toHalfWidth } from './normalize.js';

// The rule written out in full, as the fast path must agree with it on any text.
const reference = (text: string): string =>
  toHalfWidth(text).replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();

const tricky = fc.constantFrom(' ', '  ', '\t', '\n', '\u3000', '\u00a0', '\u2007', '\u202f', '\u200b', '\ufeff', 'Ａ', '１', '，', '张', 'x', '1');

describe('normalizeCell', () => {
  it('folds full-width forms, special spaces and zero-width characters', () => {
    expect(normalizeCell('　１４１１２４　\u200b')).toBe('141124');
    expect(normalizeCell(' 吕梁市\t临县 ')).toBe('吕梁市 临县');
    expect(normalizeCell('4500')).toBe('4500');
  });

  it('agrees with the rule written out on any text, clean or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(normalizeCell(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeCell(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
