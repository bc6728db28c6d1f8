// PostgreSQL array literals, for sending a batch's column as one text parameter that the
// server unnests: '{"a","b",NULL}'. Building the text ourselves (on the thread that
// prepares the batch) spares the database thread the driver's per-element conversion.

export type LiteralElement = string | number | boolean | null;

const NEEDS_ESCAPE = /["\\]/;

function quoted(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : `"${value}"`;
}

/** Every text element quoted, so no value is read as NULL or split; null is NULL. */
export function arrayLiteral(values: readonly LiteralElement[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (i > 0) out += ',';
    if (value === null) out += 'NULL';
    else if (typeof value === 'string') out += quoted(value);
    else if (typeof value === 'boolean') out += value ? 't' : 'f';
    else out += String(value);
  }
  return `${out}}`;
}
