import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullIdNumber, sampleManifest } from './documents.testkit.js';
import { renderManifestPdf } from './manifest.pdf.js';
import { readPdf } from './pdf-text.testkit.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-manifest-'));

describe('renderManifestPdf', () => {
  const manifest = sampleManifest(120);
  const rendered = renderManifestPdf(manifest);

  it('writes a real PDF with the CJK font embedded, subset', async () => {
    const pdf = await rendered;
    fs.writeFileSync(path.join(out, 'manifest-120.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const facts = readPdf(pdf);
    expect(facts.raw).toMatch(/\/FontFile3 \d+ 0 R/);
    expect(facts.raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(facts.raw).not.toMatch(/\/BaseFont \/Helvetica/);
    // Only the glyphs used: the whole font is 8 MB.
    expect(pdf.length).toBeLessThan(600_000);
  });

  it('breaks 120 passengers over 9 numbered A4 pages: 11 rows on the first, 14 on the rest', async () => {
    const facts = readPdf(await rendered);
    expect(facts.pages).toBe(9);
    expect(facts.raw).toContain('/MediaBox [0 0 595.28 841.89]');
    for (let page = 1; page <= 9; page += 1) {
      expect(facts.text).toContain(`第 ${page}/9 页 page ${page} of 9`);
    }
    // The table header is repeated on every page.
    expect(facts.text.match(/^身份证号$/gm)).toHaveLength(9);
    expect(facts.text.match(/^乘车名单 Passenger manifest · 0106-太原-03$/gm)).toHaveLength(8);
  });

  it('prints the header, route and every passenger, with masked ids only', async () => {
    const { text, raw } = readPdf(await rendered);
    for (const expected of ['乘车名单', 'Passenger manifest', '0106-太原-03', '2021-01-06', '太原滨河体育中心 Taiyuan Binhe Sports Centre', '下车 Drop-off', '预计 ETA  01-07 06:00', '王海燕  13812345678', '应到 Expected: 120 人 people']) {
      expect(text).toContain(expected);
    }
    const lines = text.split('\n');
    for (const p of manifest.passengers) {
      expect(lines).toContain(String(p.seat));
      expect(lines).toContain(p.name);
      expect(lines).toContain(p.idMasked);
    }
    expect(text).toContain('闫赟');
    for (const full of manifest.fullIds) {
      expect(text).not.toContain(full);
      expect(raw).not.toContain(full);
    }
  });

  it('masks an id a caller forgot to mask, and leaves blanks to fill by hand', async () => {
    const m = sampleManifest(3, { escort: undefined, driver: undefined });
    m.passengers[0].idMasked = fullIdNumber(0);
    const facts = readPdf(await renderManifestPdf(m));
    expect(facts.pages).toBe(1);
    expect(facts.text).not.toContain(fullIdNumber(0));
    expect(facts.text).toContain('1411**********');
    expect(facts.text).toContain('车牌号 Plate');
    expect(facts.text).not.toContain('晋A');
    expect(facts.text).not.toContain('王海燕');
  });

  it('prints a driver and plate when the plan has them', async () => {
    const m = sampleManifest(2, { driver: { name: '李师傅', phone: '13900001111' }, vehicle: { capacity: 50, plate: '晋A·D1234' } });
    const { text } = readPdf(await renderManifestPdf(m));
    expect(text).toContain('李师傅  13900001111');
    expect(text).toContain('晋A·D1234');
  });
});
