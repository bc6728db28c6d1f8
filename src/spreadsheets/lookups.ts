// The reference lookups a row parser needs, as one small type so the parsers stay pure
// and testable; the implementation over the reference data is in lookups.data.ts.
import type { ParseResult } from '../core/values.js';

export type Lookups = Readonly<{
  /** A county-level region (户籍地): code or name → 6-digit code. */
  county: (text: string) => ParseResult<string>;
  /** A province or city a worker wishes to go to. */
  destination: (text: string) => ParseResult<string>;
  /** A vacancy's site: a county or a city. */
  site: (text: string) => ParseResult<string>;
  industry: (text: string) => ParseResult<string>;
  certificate: (text: string) => ParseResult<string>;
}>;
