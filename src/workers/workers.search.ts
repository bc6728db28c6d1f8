// What an officer types into the workers' search box, read as one kind of search. Whole
// identity numbers and phones are found through the blind index (never by decrypting
// rows); the last digits through the stored masks, which keep the last four characters
// of both; a mask copied from a screen as itself; anything else as part of a name.
import { parseIdNumber } from '../core/id-number.js';
import { normalizeCell } from '../core/normalize.js';
import { parseMobile } from '../core/phone.js';
import type { WorkerFilter } from './workers.queries.js';
import type { WorkerFilterQuery } from './workers.schema.js';

export type WorkerSearch =
  | { kind: 'idHash'; hash: string }
  | { kind: 'phoneHash'; hash: string }
  | { kind: 'masked'; mask: string }
  | { kind: 'lastDigits'; digits: string }
  | { kind: 'name'; text: string };

/** Characters of a number the masks keep at the end (see core/mask.ts). */
export const SHOWN_LAST_DIGITS = 4;

export function interpretSearch(text: string | undefined, blindIndex: (value: string) => string): WorkerSearch | undefined {
  const q = normalizeCell(text ?? '').replace(/\s+/g, '');
  if (q === '') return undefined;
  if (/^\d{17}[\dXx]$/.test(q)) {
    // A mistyped whole number finds nobody rather than somebody else.
    const id = parseIdNumber(q);
    return { kind: 'idHash', hash: id.ok ? blindIndex(id.value.idNumber) : '-' };
  }
  if (/^[+\d][\d\s-]{10,15}$/.test(q)) {
    const phone = parseMobile(q);
    if (phone.ok) return { kind: 'phoneHash', hash: blindIndex(phone.value) };
  }
  if (/^[\dXx]*\*+[\dXx*]*$/.test(q)) return { kind: 'masked', mask: q.toUpperCase() };
  if (/^\d{1,16}[Xx]?$/.test(q)) return { kind: 'lastDigits', digits: q.toUpperCase() };
  return { kind: 'name', text: q };
}

/** The list's query as the store's filter (the export takes the same one). */
export function workerFilterOf(query: WorkerFilterQuery, blindIndex: (value: string) => string): WorkerFilter {
  return {
    region: query.region,
    campaignId: query.campaign,
    priority: query.priority === undefined ? undefined : query.priority === 'true',
    status: query.status,
    industry: query.industry,
    certificate: query.certificate,
    search: interpretSearch(query.q, blindIndex),
  };
}

/** A filter as the audit log keeps it: a whole number searched for is named by kind only. */
export function auditedFilter(filter: WorkerFilter): Record<string, unknown> {
  const { search, ...rest } = filter;
  const shown = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (!search) return shown;
  const term = search.kind === 'name' ? search.text : search.kind === 'lastDigits' ? search.digits : search.kind === 'masked' ? search.mask : undefined;
  return { ...shown, search: term === undefined ? search.kind : { kind: search.kind, term } };
}
