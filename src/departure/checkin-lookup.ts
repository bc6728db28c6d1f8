// Offline lookup of a typed identity number, shared by the server (which writes the
// manifest's digests) and the check-in phone (which computes the same digest of what was
// typed, with WebCrypto). No Node imports: the phone's bundle takes this file as it is.
//
// The digest is HMAC-SHA256 under a key of the trip's own (derived on the server from the
// vault and the trip id), truncated to 128 bits, hex. A phone that holds the manifest holds
// the keys too, so this is not secrecy against the phone's holder (18-digit numbers with
// known region and birth structure can be searched): it keeps plaintext numbers off the
// phone and out of IndexedDB, and a leaked manifest's digests are useless for any other
// coach or against the server's own blind index.

export const DIGEST_HEX = 32;

/** Full-width digits and letters, spaces, hyphens and a lowercase x all type the same number. */
export function normaliseIdNumber(text: string): string {
  return text.normalize('NFKC').replace(/[\s\-‐-―]/g, '').toUpperCase();
}

/** Whether what was typed looks like a whole identity number (then it is worth a lookup). */
export function looksLikeIdNumber(text: string): boolean {
  return /^\d{17}[\dX]$/.test(normaliseIdNumber(text));
}
