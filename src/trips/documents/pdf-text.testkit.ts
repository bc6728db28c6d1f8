// Reads back what pdfkit wrote, with nothing but node, so render tests can check the text
// a person would see. Embedded CID fonts print glyph codes, not characters, so the text
// is recovered the way a viewer does it: through each font's ToUnicode map. This handles
// the PDFs pdfkit writes (uncompressed object table, Flate streams), not PDF in general.
import { inflateSync } from 'node:zlib';

export type PdfFacts = {
  pages: number;
  /** Every text object's text, one per line, in drawing order. */
  text: string;
  /** The decoded streams and dictionaries, for checks on what is stored in any form. */
  raw: string;
  fontFiles: number;
};

type PdfObject = { dict: string; stream?: Buffer };

function objects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let m = header.exec(source); m; m = header.exec(source)) {
    const start = m.index + m[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const at = body.indexOf('stream');
    if (at < 0) {
      found.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let from = start + at + 'stream'.length;
    if (source[from] === '\r') from += 1;
    if (source[from] === '\n') from += 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const bytes = pdf.subarray(from, from + length);
    found.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes });
    header.lastIndex = from + length;
  }
  return found;
}

// A ligature maps to several characters, written as one hex string with spaces: <0066 0066>.
const utf16 = (hex: string): string => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of section[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const low = parseInt(entry[1], 16);
      const high = parseInt(entry[2], 16);
      if (entry[3].startsWith('[')) {
        [...entry[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((u, i) => map.set(low + i, utf16(u[1])));
      } else {
        const first = parseInt(entry[3].slice(1, -1), 16);
        for (let code = low; code <= high; code += 1) map.set(code, String.fromCodePoint(first + code - low));
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of section[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(entry[1], 16), utf16(entry[2]));
  }
  return map;
}

export function readPdf(pdf: Buffer): PdfFacts {
  const all = objects(pdf);
  const maps = new Map<string, Map<number, string>>();
  const contents: string[] = [];
  for (const object of all.values()) {
    // A page's font resources name fonts F1, F2, …; pdfkit uses one name per font per document.
    for (const ref of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = all.get(Number(ref[2]));
      const cmapRef = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
      const cmap = cmapRef && all.get(Number(cmapRef[1]))?.stream;
      if (cmap && !maps.has(ref[1])) maps.set(ref[1], toUnicode(cmap.toString('latin1')));
    }
  }
  const pages = [...all.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  for (const page of pages) {
    const refs = /\/Contents (\d+) 0 R/.exec(page.dict);
    const stream = refs && all.get(Number(refs[1]))?.stream;
    if (stream) contents.push(stream.toString('latin1'));
  }

  const lines: string[] = [];
  for (const content of contents) {
    let font: Map<number, string> | undefined;
    let current = '';
    for (const token of content.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)>|\bET\b/g)) {
      if (token[1]) font = maps.get(token[1]);
      else if (token[2] !== undefined && font) {
        for (let i = 0; i + 4 <= token[2].length; i += 4) current += font.get(parseInt(token[2].slice(i, i + 4), 16)) ?? '\uFFFD';
      } else if (token[0] === 'ET') {
        lines.push(current);
        current = '';
      }
    }
  }
  const raw = [...all.values()].map((o) => `${o.dict}${o.stream ? o.stream.toString('latin1') : ''}`).join('\n');
  return { pages: pages.length, text: lines.join('\n'), raw, fontFiles: (raw.match(/\/FontFile[23]? /g) ?? []).length };
}
