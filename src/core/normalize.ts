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

// Characters no stored text may hold, checked after normalizeCell (which has already
// turned tabs and line breaks into spaces and dropped zero-width spaces): C0/C1 controls
// such as NUL, format characters such as the right-to-left override U+202E (which makes
// a name display as another), and U+FFFD, which is what bytes that did not decode become.
const UNSAFE = /[\p{Cc}\p{Cf}\ufffd]/u;
const UNSAFE_ALL = /[\p{Cc}\p{Cf}\ufffd]/gu;

export type UnsafeCharacter = { kind: 'undecodable' | 'control' | 'format'; codePoint: string };

const codePointName = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character of `text` that must not be stored, if any. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const ch = match[0];
  const kind = ch === '\ufffd' ? 'undecodable' : /\p{Cc}/u.test(ch) ? 'control' : 'format';
  return { kind, codePoint: codePointName(ch) };
}

/** Unsafe characters written out as ⟨U+202E⟩, so a message or report shows them and stays valid XML. */
export function showUnsafe(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (ch) => `⟨${codePointName(ch)}⟩`) : text;
}

/** The refusal of an unsafe character, for any text field (an import cell, an API field). */
export function unsafeCharacterReason(found: UnsafeCharacter, encoding?: string): { zh: string; en: string } {
  if (found.kind === 'undecodable') {
    return encoding
      ? {
          zh: `含无法按 ${encoding} 解码的字节（乱码）：文件可能是其他编码，请用 --encoding 指定，如 --encoding gb18030 或 --encoding utf-8`,
          en: `holds bytes that do not decode as ${encoding}: the file may be in another encoding; name it with --encoding, e.g. --encoding gb18030 or --encoding utf-8`,
        }
      : {
          zh: '含替换字符 U+FFFD（乱码，原文在保存前已损坏），请改正该单元格',
          en: 'holds U+FFFD, a character already lost before the file was saved; correct the cell',
        };
  }
  return found.kind === 'control'
    ? { zh: `含控制字符 ${found.codePoint}，请删除后重新填写`, en: `holds the control character ${found.codePoint}; delete it and type the value again` }
    : {
        zh: `含不可见的格式字符 ${found.codePoint}（如从右到左覆盖），请删除后重新填写`,
        en: `holds the invisible format character ${found.codePoint} (such as a right-to-left override); delete it and type the value again`,
      };
}

export const MESSAGE_QUOTE_LIMIT = 100;

/** A value as quoted in a message: at most ~100 characters, and says how long it was. */
export function clipForMessage(text: string, limit = MESSAGE_QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const chars = [...text];
  if (chars.length <= limit) return text;
  return `${chars.slice(0, limit).join('')}…（共 ${chars.length} 字 / ${chars.length} characters）`;
}
