// Import over HTTP in the browser: a county officer uploads a real workbook with some bad
// rows, watches it finish, downloads the refused rows' workbook (it holds exactly those
// rows, with reasons) and a template; the import is in the history. axe on the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { makeIdNumber } from '../../src/core/id-number.js';
import { writeXlsx } from '../fixtures.js';
import { WORKER_COLUMNS } from '../../src/workers/workers.columns.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { importsPage } from './page-models/imports-page.js';
import { loginPage } from './page-models/login-page.js';

async function workbook(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: string[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describeE2e('import over HTTP in the web console', (env) => {
  it('imports a workbook with bad rows and hands back exactly those rows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-e2e-import-'));
    const file = path.join(dir, '兴县报名表.xlsx');
    await writeXlsx(file, [
      ['兴县 2021 年春节劳务输出报名表'],
      ['序号', '姓名', '身份证号', '手机号', '户籍地', '是否脱贫劳动力'],
      ...Array.from({ length: 8 }, (_, i) => [i + 1, `上传${i}`, makeIdNumber('141123', '1990-02-02', 300 + i * 2), `1390000${String(i).padStart(4, '0')}`, '兴县', i % 2 ? '是' : '否']),
      [9, '错号', '141123199002021234', '13900009999', '兴县', '否'],
      [10, '错地', makeIdNumber('141123', '1990-02-02', 400), '13900008888', '城区', '否'],
    ], '报名表');

    const page = await env().newPage();
    const signIn = loginPage(page);
    await signIn.open('/');
    await signIn.signIn('xingxian', env().password('xingxian'));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    const imports = importsPage(page);
    await imports.open();
    await expectAccessible(page, 'the import page');
    await imports.choose('workers');
    await imports.upload(file);
    expect(await imports.waitDone()).toBe('done');
    expect(await imports.count('imported')).toBe(8);
    expect(await imports.count('refused')).toBe(2);
    await expectAccessible(page, 'the import page with a result');

    const errors = await imports.downloadErrors();
    const saved = path.join(dir, 'refused.xlsx');
    await errors.saveAs(saved);
    const rows = await workbook(saved);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(['错地', '错号'].sort());
    expect(rows.slice(1).every((r) => r.some((cell) => /身份证|户籍/.test(cell)))).toBe(true);

    const template = await imports.downloadTemplate('workers');
    const templateFile = path.join(dir, 'template.xlsx');
    await template.saveAs(templateFile);
    expect((await workbook(templateFile))[0]).toEqual(WORKER_COLUMNS.map((c) => c.label));

    await page.reload();
    await imports.historyRows().first().waitFor();
    expect(await imports.historyRows().first().innerText()).toContain('兴县报名表.xlsx');
    expect(env().pageErrors).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
