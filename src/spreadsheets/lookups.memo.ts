// Reference lookups remembered per import: a file names the same few hundred counties,
// catalogue items and destinations over and over, and resolving a name (normalising it,
// trying its variants) costs more than the rest of the row rules together.
import type { ParseResult } from '../core/values.js';
import type { Lookups } from './lookups.js';

// A hostile file could name a million different things; past this, stop remembering.
const MAX_ENTRIES = 20_000;

function remembered(lookup: (text: string) => ParseResult<string>): (text: string) => ParseResult<string> {
  const seen = new Map<string, ParseResult<string>>();
  return (text) => {
    const known = seen.get(text);
    if (known) return known;
    const result = lookup(text);
    if (seen.size < MAX_ENTRIES) seen.set(text, result);
    return result;
  };
}

/** The same answers as `lookups`, each text resolved once. Results are shared: treat them as read-only. */
export function rememberedLookups(lookups: Lookups): Lookups {
  return Object.freeze({
    county: remembered(lookups.county),
    destination: remembered(lookups.destination),
    site: remembered(lookups.site),
    industry: remembered(lookups.industry),
    certificate: remembered(lookups.certificate),
  });
}
