// What the PDF renderers share: the CJK font, documents without automatic page breaks,
// and QR codes drawn as vectors.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

// pdfkit's standard fonts have no hanzi, and no system font may be assumed on a user's
// machine, so the font comes from npm: Noto Sans Hans (OFL-1.1) as plain OTF in
// @embedpdf/fonts-sc, with all 20,000-odd unified ideographs, rare name characters
// included. pdfkit embeds only the glyphs a document uses.
const FONT_FILES = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;

export type FontWeight = keyof typeof FONT_FILES;

type Fonts = Record<FontWeight, fontkit.Font>;

let fonts: Fonts | undefined;

function fontDir(): string {
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts');
}

function loadFont(file: string): fontkit.Font {
  const font = fontkit.create(fs.readFileSync(path.join(fontDir(), file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

// Parsing the 8 MB CFF tables costs most of a second; parsed once, a document takes a
// fraction of that. pdfkit 0.20 accepts a fontkit font in place of a file (its types lag).
function cjkFonts(): Fonts {
  fonts ??= { regular: loadFont(FONT_FILES.regular), bold: loadFont(FONT_FILES.bold) };
  return fonts;
}

export type Doc = PDFKit.PDFDocument;

export function createDocument(options: PDFKit.PDFDocumentOptions): Doc {
  // Margins are zero so pdfkit never turns a page by itself; the renderers lay out every page.
  const doc = new PDFDocument({ ...options, margin: 0, bufferPages: true });
  const { regular, bold } = cjkFonts();
  doc.registerFont('cjk', regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('cjk-bold', bold as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('cjk');
  return doc;
}

export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * A QR code as filled rectangles, `size` points square including a quiet zone of
 * `quiet` modules: sharp at any print size and a few hundred bytes per code.
 */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number, options: { level: 'L' | 'M'; quiet: number }): void {
  // One byte-mode segment: base64url needs byte mode anyway, and it skips qrcode's segment search.
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: options.level });
  const n = modules.size;
  const cell = size / (n + 2 * options.quiet);
  const left = x + options.quiet * cell;
  const top = y + options.quiet * cell;
  doc.save();
  for (let row = 0; row < n; row += 1) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col += 1;
      // A hair of overlap, or some viewers show seams between rows of modules.
      doc.rect(left + start * cell, top + row * cell, (col - start) * cell, cell + 0.02);
    }
  }
  doc.fill('#000000');
  doc.restore();
}

/** One line of text, cut with an ellipsis at `width`; a set height also keeps pdfkit from turning the page. */
export function line(doc: Doc, text: string, x: number, y: number, width: number, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(text, x, y, { width, height: doc.currentLineHeight(true) * 1.5, ellipsis: true, ...options });
}

/** Up to `height` of wrapped text, vertically centred in it. */
export function block(doc: Doc, text: string, x: number, y: number, width: number, height: number, options: PDFKit.Mixins.TextOptions = {}): void {
  const used = Math.min(height, doc.heightOfString(text, { width, ...options }));
  doc.text(text, x, y + (height - used) / 2, { width, height, ellipsis: true, ...options });
}
