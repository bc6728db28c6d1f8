// Small conversions the phone pages' services share.

const PROVISIONS = new Set(['provided', 'allowance', 'none']);

/** A vacancy's housing or meals as stored (text, or absent before migration 0014) → the API's value. */
export function provision(value: string | null): 'provided' | 'allowance' | 'none' | null {
  return value !== null && PROVISIONS.has(value) ? (value as 'provided' | 'allowance' | 'none') : null;
}

/** '32' (a province typed short) → '320000'; codes and names otherwise go to the lookup as they are. */
export function destinationText(text: string): string {
  return /^\d{2}$/.test(text.trim()) ? `${text.trim()}0000` : text;
}
