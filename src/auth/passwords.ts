// Passwords hashed with scrypt (Node's crypto, no native module), parameters stored with
// the hash so they can be raised later without breaking old accounts.
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { passwordProblem } from './account-rules.js';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * A hash no password matches (its key is random bytes), with the same parameters as real
 * ones: a sign-in for an unknown login is checked against it, so it costs the same scrypt
 * as a wrong password and cannot be told apart by its time.
 */
export const UNUSABLE_HASH = `scrypt$${N}$${R}$${P}$${randomBytes(16).toString('base64url')}$${randomBytes(KEY_LENGTH).toString('base64url')}`;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, key] = parts;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}


// No 0/O, 1/l/I: a temporary password is read off a screen and typed.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A random password that meets the rule: 16 characters, letters and digits (~92 bits). */
export function generatePassword(length = 16): string {
  const all = LETTERS + DIGITS;
  for (;;) {
    const password = Array.from({ length }, () => all[randomInt(all.length)]).join('');
    if (!passwordProblem(password)) return password;
  }
}
