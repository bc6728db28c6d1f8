// encryptMany must give what encrypt gives: every value decrypts alone, and no two values
// (in one call or across calls) share a keystream block.
import { createCipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterPlus, createVault } from './crypto.js';

describe('vault.encryptMany', () => {
  const vault = createVault(randomBytes(32));

  it('round-trips each value alone through decrypt, whatever the lengths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 70 }), { maxLength: 40 }), (values) => {
        const sealed = vault.encryptMany(values);
        expect(sealed).toHaveLength(values.length);
        expect(sealed.map((value) => vault.decrypt(value))).toEqual(values);
      }),
    );
  });

  it('uses a fresh counter for every value: equal values never give equal ciphertexts', () => {
    const sealed = vault.encryptMany(['14112319900101123X', '14112319900101123X', '', '']);
    expect(new Set(sealed).size).toBe(4);
    const ivs = sealed.map((value) => Buffer.from(value, 'base64').subarray(0, 16).toString('hex'));
    expect(new Set(ivs).size).toBe(4);
    expect(sealed[0]).not.toContain('1411');
  });

  it('steps counters exactly as SM4-CTR does, carries included', () => {
    const key = randomBytes(16);
    for (const ivHex of ['00000000000000000000000000000000', '000000000000000000000000fffffffe', 'fffffffffffffffffffffffffffffffe']) {
      const iv = Buffer.from(ivHex, 'hex');
      const plain = randomBytes(16 * 5);
      const whole = createCipheriv('sm4-ctr', key, iv).update(plain);
      for (let block = 0; block < 5; block += 1) {
        const alone = createCipheriv('sm4-ctr', key, counterPlus(iv, block)).update(plain.subarray(block * 16, block * 16 + 16));
        expect(alone.equals(whole.subarray(block * 16, block * 16 + 16)), `${ivHex} + ${block}`).toBe(true);
      }
    }
  });
});
