// The console's main flow once on PostgreSQL (the other browser suites run on PGlite): a
// province officer walks every page of the menu, a county officer imports a workbook and
// downloads its error rows, the province runs and confirms an allocation, plans the first
// departure day and downloads a coach's manifest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { makeIdNumber } from '../../src/core/id-number.js';
import { writeXlsx } from '../fixtures.js';
import { describeE2e } from './harness.js';
import { allocationPage } from './page-models/allocation-page.js';
import { importsPage } from './page-models/imports-page.js';
import { layout } from './page-models/layout.js';
import { loginPage } from './page-models/login-page.js';
import { tripsPage } from './page-models/trips-page.js';

const MENU = ['工作概览', '输出活动', '劳动力', '导入与导出', '企业与岗位', '人岗匹配', '车次', '账户管理', '审计日志'];

describeE2e('the main flow on PostgreSQL', (env) => {
  async function signedIn(login: string): Promise<Page> {
    const page = await env().newPage();
    await loginPage(page).open('/');
    await loginPage(page).signIn(login, env().password(login));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    return page;
  }

  it('runs on PostgreSQL', () => {
    expect(env().ctx.kind).toBe('postgres');
  });

  it('a province officer opens every page of the menu', { timeout: 120_000 }, async () => {
    const page = await signedIn('shanxi');
    const frame = layout(page);
    for (const label of MENU) {
      await frame.openMenu(label);
      await expect.poll(() => frame.title().textContent(), { timeout: 15_000 }).toBe(label);
      expect(await page.locator('.ant-result-error, [data-testid="page-error"]').count(), label).toBe(0);
    }
    expect(env().pageErrors).toEqual([]);
    await page.close();
  });

  it('a county officer imports a workbook and gets back its refused row', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-e2e-pg-'));
    const file = path.join(dir, '兴县报名表.xlsx');
    await writeXlsx(file, [
      ['序号', '姓名', '身份证号', '手机号', '户籍地', '是否脱贫劳动力'],
      ...Array.from({ length: 5 }, (_, i) => [i + 1, `库测${i}`, makeIdNumber('141123', '1991-03-03', 500 + i * 2), `1390001${String(i).padStart(4, '0')}`, '兴县', '是']),
      [6, '错号', '141123199103031234', '13900019999', '兴县', '否'],
    ], '报名表');
    const page = await signedIn('xingxian');
    const imports = importsPage(page);
    await imports.open();
    await imports.choose('workers');
    await imports.upload(file);
    expect(await imports.waitDone()).toBe('done');
    expect([await imports.count('imported'), await imports.count('refused')]).toEqual([5, 1]);
    const errors = await imports.downloadErrors();
    const errorBook = new ExcelJS.Workbook();
    await errorBook.xlsx.readFile(await errors.path());
    expect(errorBook.worksheets[0].actualRowCount).toBe(2); // the header and the refused row
    const stored = await env().ctx.db.selectFrom('workers').select('name').where('name', 'like', '库测%').execute();
    expect(stored).toHaveLength(5);
    fs.rmSync(dir, { recursive: true, force: true });
    await page.close();
  });

  it('the province runs and confirms an allocation, plans a day and downloads a manifest', { timeout: 240_000 }, async () => {
    const page = await signedIn('shanxi');
    const allocation = allocationPage(page);
    await allocation.open();
    await allocation.startRun();
    await allocation.showTab('worker');
    expect(await allocation.proposalRows().count()).toBeGreaterThan(0);
    await allocation.confirm('all');
    const open = await env().ctx.db.selectFrom('assignments').select('status').where('status', '=', 'proposed').execute();
    expect(open).toHaveLength(0);
    const trips = tripsPage(page);
    await trips.open();
    await trips.plan();
    expect(await trips.coachCount()).toBeGreaterThan(0);
    await trips.openCoach(0);
    const download = await trips.downloadManifest('xlsx');
    const manifest = new ExcelJS.Workbook();
    await manifest.xlsx.readFile(await download.path());
    expect(manifest.worksheets[0].actualRowCount).toBeGreaterThan(1);
    expect(env().pageErrors).toEqual([]);
    await page.close();
  });
}, { workers: 600, database: 'postgres' });
