// A key check value: a short keyed digest of a fixed text, so two places can tell whether
// they hold the same master key without either revealing it (a backup's manifest, the
// rotation's record). Derived under its own label, so it says nothing about other subkeys.
import { createHmac } from 'node:crypto';
import type { Vault } from '../core/crypto.js';

export function keyCheckValue(vault: Vault): string {
  return createHmac('sm3', vault.subkey('key-check')).update('menkou master key check v1').digest('hex').slice(0, 32);
}
