import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, loadMasterKey } from './crypto.js';

describe('vault', () => {
  const vault = createVault(randomBytes(32));

  it('round-trips and never repeats a ciphertext', () => {
    const a = vault.encrypt('14112319900101123X');
    const b = vault.encrypt('14112319900101123X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1411');
    expect(vault.decrypt(a)).toBe('14112319900101123X');
    expect(vault.decrypt(b)).toBe('14112319900101123X');
  });

  it('refuses a tampered ciphertext', () => {
    const raw = Buffer.from(vault.encrypt('13812345678'), 'base64');
    raw[20] ^= 1;
    expect(() => vault.decrypt(raw.toString('base64'))).toThrow(/authentication/);
  });

  it('has a deterministic blind index that depends on the key', () => {
    expect(vault.blindIndex('13812345678')).toBe(vault.blindIndex('13812345678'));
    expect(vault.blindIndex('13812345678')).not.toBe(vault.blindIndex('13812345679'));
    expect(createVault(randomBytes(32)).blindIndex('13812345678')).not.toBe(vault.blindIndex('13812345678'));
  });

  it('generates a key file once and reuses it', () => {
    const keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-key-')), 'master.key');
    const first = loadMasterKey({ keyFile });
    expect(loadMasterKey({ keyFile }).equals(first)).toBe(true);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  });
});
