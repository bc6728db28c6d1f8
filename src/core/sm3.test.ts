import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSm3 } from './sm3.js';

describe('hmacSm3', () => {
  it('equals OpenSSL HMAC-SM3 around every padding boundary', () => {
    const key = randomBytes(32);
    const mac = hmacSm3(key);
    for (let length = 0; length <= 200; length++) {
      const message = randomBytes(length);
      expect(mac(message).toString('hex'), `length ${length}`).toBe(createHmac('sm3', key).update(message).digest('hex'));
    }
  });

  it('equals OpenSSL HMAC-SM3 for any key up to a block and any message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.uint8Array({ maxLength: 300 }), (key, message) => {
        expect(hmacSm3(key)(message).equals(createHmac('sm3', key).update(message).digest())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses keys longer than one block (none is used here)', () => {
    expect(() => hmacSm3(Buffer.alloc(65))).toThrow();
  });
});
