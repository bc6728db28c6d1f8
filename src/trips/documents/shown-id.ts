// The last line of defence before paper: a renderer prints identity numbers masked even
// when a caller hands it an unmasked one by mistake.
import { maskIdNumber } from '../../core/mask.js';

/** Shows what the caller masked, and masks what it forgot to. */
export function shownId(idMasked: string): string {
  return idMasked.includes('*') ? idMasked : maskIdNumber(idMasked);
}
