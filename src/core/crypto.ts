// Personal data at rest (identity numbers, phones) is encrypted with SM4 and looked up
// through a keyed HMAC-SM3 blind index, per the national commercial-cryptography rules
// government systems are assessed against. Node's OpenSSL offers SM4 without GCM, so we
// use SM4-CTR with a random IV and authenticate IV+ciphertext with HMAC-SM3
// (encrypt-then-MAC). All subkeys derive from one master key so there is one secret.
import crypto, { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hmacSm3 } from './sm3.js';

export type Vault = Readonly<{
  encrypt: (plaintext: string) => string;
  /**
   * The same as `encrypt` on each value, for imports: one SM4-CTR keystream for the whole
   * list, each value starting on a counter of its own, so every result still decrypts
   * alone with `decrypt`. Creating a cipher per value was most of an import's time.
   */
  encryptMany: (plaintexts: readonly string[]) => string[];
  decrypt: (ciphertext: string) => string;
  /** Deterministic keyed digest for exact lookup and duplicate detection. */
  blindIndex: (value: string) => string;
  /** A subkey for another purpose (signing boarding tokens), derived from the master key. */
  subkey: (label: string) => Buffer;
}>;

const IV_BYTES = 16;
const TAG_BYTES = 16; // truncated HMAC-SM3, as is usual for encrypt-then-MAC tags

/** A CTR counter block `n` blocks on: the 128-bit big-endian increment SM4-CTR itself does. */
export function counterPlus(iv: Buffer, n: number): Buffer {
  const out = Buffer.from(iv);
  let carry = n;
  for (let i = IV_BYTES - 1; i >= 0 && carry > 0; i -= 1) {
    const sum = out[i] + (carry % 256);
    out[i] = sum & 0xff;
    carry = Math.floor(carry / 256) + (sum >> 8);
  }
  return out;
}

function derive(master: Buffer | Uint8Array, label: string, bytes: number): Buffer {
  return createHmac('sm3', master).update(`menkou:${label}`).digest().subarray(0, bytes);
}

// The key each vault was made from, so that an import can hand it to its own worker
// thread (same process, same trust) without the key being reachable from the vault.
const masterKeys = new WeakMap<Vault, Buffer>();

/** A copy of the vault's master key, for `createVault` in a worker thread of this process. */
export function vaultSeed(vault: Vault): Uint8Array {
  const key = masterKeys.get(vault);
  if (!key) throw new Error('not a vault made by createVault');
  return new Uint8Array(key);
}

export function createVault(masterKey: Buffer | Uint8Array): Vault {
  if (masterKey.length < 32) throw new Error('master key must be at least 32 bytes');
  const encKey = derive(masterKey, 'sm4-enc', 16);
  const macKey = derive(masterKey, 'sm3-mac', 32);
  const indexKey = derive(masterKey, 'sm3-index', 32);

  // Precomputed HMAC-SM3 states: see sm3.ts for why not createHmac per value.
  const mac = hmacSm3(macKey);
  const index = hmacSm3(indexKey);
  const tagOf = (iv: Buffer, body: Buffer): Buffer => mac(Buffer.concat([iv, body])).subarray(0, TAG_BYTES);

  // Drawing IVs from a pooled CSPRNG block: one randomBytes call per 4,096 values instead
  // of one each, which matters when a 100,000-row import encrypts two numbers per row.
  let pool = Buffer.alloc(0);
  let poolOffset = 0;
  const nextIv = (): Buffer => {
    if (poolOffset + IV_BYTES > pool.length) {
      pool = randomBytes(IV_BYTES * 4096);
      poolOffset = 0;
    }
    const iv = pool.subarray(poolOffset, poolOffset + IV_BYTES);
    poolOffset += IV_BYTES;
    return iv;
  };

  const seal = (iv: Buffer, body: Buffer): string => Buffer.concat([iv, body, tagOf(iv, body)]).toString('base64');

  const vault: Vault = Object.freeze({
    encrypt(plaintext: string): string {
      const iv = nextIv();
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return seal(iv, body);
    },
    encryptMany(plaintexts: readonly string[]): string[] {
      if (plaintexts.length === 0) return [];
      // Each value gets whole blocks (at least one), so no two values share a counter.
      const bytes = plaintexts.map((text) => Buffer.from(text, 'utf8'));
      const firstBlock: number[] = [];
      let blocks = 0;
      for (const value of bytes) {
        firstBlock.push(blocks);
        blocks += Math.max(1, Math.ceil(value.length / IV_BYTES));
      }
      const input = Buffer.alloc(blocks * IV_BYTES);
      bytes.forEach((value, i) => value.copy(input, firstBlock[i] * IV_BYTES));
      const iv = Buffer.from(nextIv());
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const stream = Buffer.concat([cipher.update(input), cipher.final()]);
      return bytes.map((value, i) => {
        const start = firstBlock[i] * IV_BYTES;
        return seal(counterPlus(iv, firstBlock[i]), stream.subarray(start, start + value.length));
      });
    },
    decrypt(ciphertext: string): string {
      const raw = Buffer.from(ciphertext, 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('ciphertext too short');
      const iv = raw.subarray(0, IV_BYTES);
      const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
      const tag = raw.subarray(raw.length - TAG_BYTES);
      if (!timingSafeEqual(tag, tagOf(iv, body))) throw new Error('ciphertext failed authentication');
      const decipher = createDecipheriv('sm4-ctr', encKey, iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
    subkey: (label: string): Buffer => derive(masterKey, `subkey:${label}`, 32),
    blindIndex(value: string): string {
      return index(Buffer.from(value, 'utf8')).toString('base64url').slice(0, 32);
    },
  });
  masterKeys.set(vault, Buffer.from(masterKey));
  return vault;
}

/** The configured key, else the key file, else a new key written to the key file (mode 600). */
export function loadMasterKey(options: { masterKeyHex?: string; keyFile: string }): Buffer {
  if (options.masterKeyHex) {
    if (!/^[0-9a-fA-F]{64,}$/.test(options.masterKeyHex)) {
      throw new Error('MENKOU_KEY 须为至少 64 位十六进制 / MENKOU_KEY must be at least 64 hex characters');
    }
    return Buffer.from(options.masterKeyHex, 'hex');
  }
  if (fs.existsSync(options.keyFile)) {
    return Buffer.from(fs.readFileSync(options.keyFile, 'utf8').trim(), 'hex');
  }
  fs.mkdirSync(path.dirname(options.keyFile), { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(options.keyFile, `${key.toString('hex')}\n`, { mode: 0o600 });
  return key;
}

/** The key that seals and indexes, and the others a rotation may have left rows under (decrypt only). */
export type KeyRing = { primary: Buffer; others: readonly Buffer[] };

/** The key file's companion a rotation writes first (`menkou keys rotate`, src/operations/keys-rotate.service.ts). */
export const nextKeyFile = (keyFile: string): string => `${keyFile}.next`;

/** The configured key (or key file) as primary, and the rotation's next key when there is one. */
export function readKeyRing(options: { masterKeyHex?: string; keyFile: string }): KeyRing {
  const primary = loadMasterKey(options);
  const next = nextKeyFile(options.keyFile);
  const others = fs.existsSync(next) ? [Buffer.from(fs.readFileSync(next, 'utf8').trim(), 'hex')] : [];
  return { primary, others: others.filter((k) => k.length >= 32 && !k.equals(primary)) };
}

/**
 * A vault that follows its key files while the process runs, so a server keeps serving
 * through a key rotation: rows already re-sealed under the next key are read (decrypt tries
 * each key; the MAC tells them apart), and when the rotation swaps the key files the new
 * key seals and indexes from then on, the old one kept in memory to read what was written
 * just before. The files are looked at no more than once per `refreshMs`.
 */
export function createKeyRingVault(read: () => KeyRing, refreshMs = 1_000): Vault {
  let ring = read();
  let primary = createVault(ring.primary);
  let others = ring.others.map((k) => createVault(k));
  let checked = Date.now();
  let self: Vault | undefined;
  const refresh = (): void => {
    const now = Date.now();
    if (now - checked < refreshMs) return;
    checked = now;
    let fresh: KeyRing;
    try {
      fresh = read();
    } catch {
      return; // a file caught mid-rename: keep the keys we have until the next look
    }
    const same = fresh.primary.equals(ring.primary) && fresh.others.length === ring.others.length && fresh.others.every((k, i) => k.equals(ring.others[i]));
    if (same) return;
    const previous = fresh.primary.equals(ring.primary) ? [] : [ring.primary];
    const kept = [...fresh.others, ...previous].filter((k, i, all) => !k.equals(fresh.primary) && all.findIndex((x) => x.equals(k)) === i);
    ring = { primary: fresh.primary, others: kept };
    primary = createVault(ring.primary);
    others = ring.others.map((k) => createVault(k));
    if (self) masterKeys.set(self, Buffer.from(ring.primary));
  };
  self = Object.freeze({
    encrypt: (plaintext: string) => (refresh(), primary.encrypt(plaintext)),
    encryptMany: (plaintexts: readonly string[]) => (refresh(), primary.encryptMany(plaintexts)),
    blindIndex: (value: string) => (refresh(), primary.blindIndex(value)),
    subkey: (label: string) => (refresh(), primary.subkey(label)),
    decrypt(ciphertext: string): string {
      refresh();
      try {
        return primary.decrypt(ciphertext);
      } catch (error) {
        for (const other of others) {
          try {
            return other.decrypt(ciphertext);
          } catch {
            // not this one either
          }
        }
        throw error;
      }
    },
  });
  masterKeys.set(self, Buffer.from(ring.primary));
  return self;
}

/**
 * A digest of a record's content, to skip rewriting rows that did not change. Callers
 * pass blinded personal numbers, never plain ones, so an unkeyed hash is enough.
 */
export function contentDigest(values: readonly unknown[]): string {
  const text = JSON.stringify(values);
  // The one-shot hash (Node ≥ 20.12) is the same digest without a Hash object per record.
  if (typeof crypto.hash === 'function') return crypto.hash('sha256', text, 'base64url').slice(0, 32);
  return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}
