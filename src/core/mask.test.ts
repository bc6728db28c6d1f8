import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask.js';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks the number, not the way it was typed', () => {
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('１３８１２３４５６７８')).toBe('138****5678');
  });

  it('still hides the middle of something that is not a mobile number', () => {
    expect(maskPhone('0351-1234567')).toBe('035****4567');
  });

  it('hides all of a value too short to keep both ends', () => {
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 characters', () => {
    expect(maskIdNumber('14112319900101123X')).toBe('1411**********123X');
  });

  it('normalises before masking', () => {
    expect(maskIdNumber(' 14112319900101123x ')).toBe('1411**********123X');
  });

  it('masks a 15-digit old number too', () => {
    expect(maskIdNumber('110105491231002')).toBe('1101*******1002');
  });

  it('hides all of a value too short to keep both ends', () => {
    expect(maskIdNumber('12345678')).toBe('********');
  });
});

describe('properties', () => {
  it('never shows more than 8 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const masked of [maskPhone(text), maskIdNumber(text)]) {
          const visible = [...masked].filter((ch) => ch !== '*').length;
          expect(visible).toBeLessThanOrEqual(8);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
