// Spreadsheet cells arrive as typed by people on Chinese input methods: full-width digits
// and letters, ideographic and non-breaking spaces, stray whitespace. Every header and
// cell goes through these before any rule looks at it.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;

/** Full-width ASCII variants (Ａ１，) to half-width; ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - FULL_TO_HALF_OFFSET);
    else if (code === 0x3000 || code === 0x00a0 || code === 0x2007 || code === 0x202f) out += ' ';
    else out += ch;
  }
  return out;
}

// Anything the normalisation would change: full-width forms and special spaces,
// zero-width characters, whitespace other than a single inner space. Most cells of a
// large import have none, and returning them untouched halves the cost of a row's cells.
const NEEDS_WORK = /[\uff01-\uff5e\u3000\u00a0\u2007\u202f\u200b-\u200d\ufeff]|[^\S ]|\s\s|^\s|\s$/;

/** Half-width, every whitespace run as one space, trimmed. Zero-width characters removed. */
export function normalizeCell(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return toHalfWidth(text)
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Header cells also fold case and drop inner spaces ("ID Number" ≡ "id_number" is not assumed). */
export function normalizeHeader(text: string): string {
  return normalizeCell(text).toLowerCase().replace(/\s+/g, '');
}

// The separators people use between list items in one cell, per the import contract;
// full-width ones are already half-width after normalisation, but both are listed so
// the function also works on raw text.
const LIST_SEPARATORS = /[、,，;；/]/;

/** "餐饮、物流 ; 制造" → ["餐饮", "物流", "制造"]; empty items are dropped. */
export function splitList(text: string): string[] {
  return normalizeCell(text)
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
