// Personal numbers shown on screens, in logs and in exported lists are masked: enough
// left to tell two people apart on a call, not enough to reuse the number.

import { normalizeCell } from './normalize.js';
import { parseMobile } from './phone.js';

function keepEnds(chars: string[], head: number, tail: number): string {
  // Too short to keep both ends and still hide something: hide all of it.
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return `${chars.slice(0, head).join('')}${'*'.repeat(chars.length - head - tail)}${chars.slice(-tail).join('')}`;
}

/** '13812345678' → '138****5678'. */
export function maskPhone(phone: string): string {
  // "+86 138…" masked as typed would show the country code instead of the carrier prefix.
  const mobile = parseMobile(phone);
  return keepEnds([...(mobile.ok ? mobile.value : normalizeCell(phone).replace(/[\s-]/g, ''))], 3, 4);
}

/** '14112319900101123X' → '1411**********123X'. */
export function maskIdNumber(idNumber: string): string {
  return keepEnds([...normalizeCell(idNumber).replace(/\s+/g, '').toUpperCase()], 4, 4);
}
