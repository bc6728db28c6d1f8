import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBoardingToken } from './boarding-token.js';
import { renderBoardingPassPdf } from './boarding-pass.pdf.js';
import { fullIdNumber, samplePass, secret } from './documents.testkit.js';
import { readPdf } from './pdf-text.testkit.js';

describe('renderBoardingPassPdf', () => {
  it('writes one phone-sized page with everything a worker needs on the day', async () => {
    const pass = samplePass();
    const pdf = await renderBoardingPassPdf(pass);
    fs.writeFileSync(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-pass-')), 'pass.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text, raw } = readPdf(pdf);
    expect(pages).toBe(1);
    expect(raw).toContain('/MediaBox [0 0 360 640]');
    expect(raw).toMatch(/\/FontFile3 \d+ 0 R/);
    for (const expected of ['乘车凭证', 'Boarding pass', '闫赟', pass.idMasked, '2021-01-06', '07:30', '0106-太原-03 · 晋A·D1234', '17', '苏州富士康精密电子有限公司', '江苏省苏州市吴中区', '王海燕  13812345678']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('太原滨河体育中心');
    expect(verifyBoardingToken(secret, pass.token)?.seat).toBe(17);
    expect(text).not.toContain(fullIdNumber(7));
    expect(raw).not.toContain(fullIdNumber(7));
  });

  it('masks an unmasked id and copes without plate or escort', async () => {
    const pdf = await renderBoardingPassPdf(samplePass({ idMasked: fullIdNumber(3), plate: undefined, escort: undefined, campaign: undefined }));
    const { text } = readPdf(pdf);
    expect(text).not.toContain(fullIdNumber(3));
    expect(text).toContain(`${fullIdNumber(3).slice(0, 4)}**********${fullIdNumber(3).slice(-4)}`);
    expect(text).toContain('0106-太原-03');
    expect(text).toContain('人社');
  });
});
