import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { type BoardingClaims, signBoardingToken, verifyBoardingToken } from './boarding-token.js';

const secret = randomBytes(32);
const wellFormed = (text: string): boolean => Buffer.from(text, 'utf8').toString('utf8') === text;
const claims: BoardingClaims = {
  trip: '5b0f7c1e-2d3a-4f5b-8c6d-7e8f9a0b1c2d',
  worker: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  seat: 17,
  date: '2021-01-06',
};

describe('boarding token', () => {
  it('round-trips and stays small enough for a small QR code', () => {
    const token = signBoardingToken(secret, claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).toHaveLength(68);
    expect(verifyBoardingToken(secret, token)).toEqual(claims);
    expect(QRCode.create(token, { errorCorrectionLevel: 'L' }).version).toBeLessThanOrEqual(4);
  });

  it('carries ids that are not UUIDs as text', () => {
    const token = signBoardingToken(secret, { ...claims, trip: '0106-太原-03', worker: 'w-42' });
    expect(verifyBoardingToken(secret, token)).toEqual({ ...claims, trip: '0106-太原-03', worker: 'w-42' });
  });

  it('refuses tampering, other secrets and garbage', () => {
    const token = signBoardingToken(secret, claims);
    const raw = Buffer.from(token, 'base64url');
    for (let i = 0; i < raw.length; i += 1) {
      const bent = Buffer.from(raw);
      bent[i] ^= 0x01;
      expect(verifyBoardingToken(secret, bent.toString('base64url'))).toBeUndefined();
    }
    expect(verifyBoardingToken(randomBytes(32), token)).toBeUndefined();
    expect(verifyBoardingToken(secret, token.slice(0, -1))).toBeUndefined();
    expect(verifyBoardingToken(secret, `${token}A`)).toBeUndefined();
    expect(verifyBoardingToken(secret, `${token}=`)).toBeUndefined();
    for (const junk of ['', '.', 'abc', 'a'.repeat(64), token.replace(/.$/, '+'), '\u0000']) {
      expect(verifyBoardingToken(secret, junk)).toBeUndefined();
    }
  });

  it('a seat changed by hand does not verify (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (seat, other) => {
        fc.pre(seat !== other);
        const forged = signBoardingToken(randomBytes(32), { ...claims, seat: other });
        expect(verifyBoardingToken(secret, forged)).toBeUndefined();
        expect(verifyBoardingToken(secret, signBoardingToken(secret, { ...claims, seat }))?.seat).toBe(seat);
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips any ids, seats and dates it accepts (property)', () => {
    const dateArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const idArb = fc.oneof(fc.uuid().map((u) => u.toLowerCase()), fc.string({ minLength: 1, maxLength: 40 }), fc.uuid().map((u) => u.toUpperCase()));
    fc.assert(
      fc.property(idArb, idArb, fc.integer({ min: 1, max: 0xffff }), dateArb, (trip, worker, seat, date) => {
        fc.pre(Buffer.byteLength(trip) < 128 && Buffer.byteLength(worker) < 128 && wellFormed(trip) && wellFormed(worker));
        const c = { trip, worker, seat, date };
        expect(verifyBoardingToken(secret, signBoardingToken(secret, c))).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses claims it cannot carry', () => {
    expect(() => signBoardingToken(secret, { ...claims, date: '2021-02-30' })).toThrow(/date/);
    expect(() => signBoardingToken(secret, { ...claims, date: '6 Jan 2021' })).toThrow(/date/);
    expect(() => signBoardingToken(secret, { ...claims, seat: 0 })).toThrow(/seat/);
    expect(() => signBoardingToken(secret, { ...claims, worker: '' })).toThrow(/worker/);
    expect(() => signBoardingToken(secret, { ...claims, trip: 'x'.repeat(200) })).toThrow(/trip/);
    expect(() => signBoardingToken(Buffer.alloc(4), claims)).toThrow(/secret/);
  });
});
