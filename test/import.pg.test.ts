// The import contract end to end, on both databases, with real files.
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { makeCreditCode } from '../src/core/credit-code.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { importJobsFile } from '../src/jobs/jobs.import.js';
import { importWorkersFile } from '../src/workers/workers.import.js';
import { writeErrorReport } from '../src/spreadsheets/errors-report.js';
import { exportWorkers, exportJobs } from '../src/imports/export.service.js';
import { systemActor } from '../src/auth/audit.service.js';
import { describeEachDatabase } from './db.js';
import { JOB_HEADER, readXlsx, tempDir, WORKER_HEADER, writeCsv, writeXlsx } from './fixtures.js';

const ID_A = makeIdNumber('141124', '1990-05-01', 123); // 临县, male
const ID_B = makeIdNumber('141123', '1985-11-20', 246); // 兴县, female
const ID_C = makeIdNumber('140213', '2001-02-03', 135);
const ID_YOUNG = makeIdNumber('141124', '2012-03-01', 111);
const BAD_CHECKSUM = `${ID_A.slice(0, 17)}${ID_A[17] === '1' ? '2' : '1'}`;

describeEachDatabase('worker import', (ctx) => {
  const dir = tempDir();
  const good: (string | number | null)[][] = [
    [1, '王小明', ID_A, '138 1234 5678', '吕梁市临县', '是', '健康证、叉车', '餐饮,快递物流', '江苏省；苏州市', '4,500元'],
    [2, '李芳', ID_B.toLowerCase(), '+86 13912345678', '山西省吕梁市兴县', 'N', '', '', '', ''],
    [3, '张三', ID_C, '', '140213', '1', '', '制造业', '440300', '4.5k'],
  ];

  it('imports an .xlsx with a title row above the header, and reads every rule', async () => {
    const file = await writeXlsx(path.join(dir, 'workers.xlsx'), [
      ['吕梁市 2021 年春节劳务输出报名表', null, null],
      ['填报单位：临县人社局', null, null],
      WORKER_HEADER,
      ...good,
      [4, '赵四', BAD_CHECKSUM, '12345', '城区', '也许', '飞行员', '餐饮,保安,建筑,电子', '火星', '面议'],
      [5, '钱五', ID_YOUNG, '', '临县', '', '', '', '', ''],
      [6, '王小明重复', ID_A, '', '临县', '', '', '', '', ''],
    ]);
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, updated: outcome.updated, refused: outcome.refused }).toEqual({ imported: 3, updated: 0, refused: 3 });
    const [bad, young, dup] = outcome.refusals;
    expect(bad.rowNumber).toBe(7);
    expect(bad.problems.map((p) => p.column)).toEqual(['身份证号', '手机号', '户籍地', '是否脱贫劳动力', '技能证书', '意向行业', '意向地区', '期望月薪']);
    expect(bad.problems.find((p) => p.column === '户籍地')?.reason.zh).toMatch(/阳泉市城区|晋城市城区/);
    expect(young.problems[0].reason.en).toMatch(/minimum working age/);
    expect(dup.problems[0].reason).toEqual({ zh: expect.stringContaining('第 4 行'), en: expect.stringContaining('row 4') });

    const rows = await ctx().db.selectFrom('workers').selectAll().orderBy('name').execute();
    expect(rows.map((r) => r.name)).toEqual(['张三', '李芳', '王小明']);
    const wang = rows.find((r) => r.name === '王小明');
    expect(wang).toMatchObject({
      region_code: '141124', priority: true, industries: ['catering', 'logistics'], destinations: ['320000', '320500'],
      min_wage: 4500, gender: 'male', birth_date: '1990-05-01', phone_masked: '138****5678', id_masked: `${ID_A.slice(0, 4)}**********${ID_A.slice(14)}`,
    });
    expect(wang?.id_enc).not.toContain(ID_A);
    expect(ctx().vault.decrypt(wang?.id_enc ?? '')).toBe(ID_A);
    expect(ctx().vault.decrypt(wang?.phone_enc ?? '')).toBe('13812345678');
    const certs = await ctx().db.selectFrom('worker_certificates').select('certificate_code').where('worker_id', '=', wang?.id ?? '').orderBy('certificate_code').execute();
    expect(certs.map((c) => c.certificate_code)).toEqual(['food-health', 'forklift']);
    const events = await ctx().db.selectFrom('worker_events').select(['type']).execute();
    expect(events.map((e) => e.type)).toEqual(['registered', 'registered', 'registered']);

    const report = path.join(dir, 'errors.xlsx');
    await writeErrorReport(report, outcome);
    const reportRows = await readXlsx(report);
    expect(reportRows[0]).toEqual([...WORKER_HEADER.map(String), '原行号 row', '拒绝原因', 'reason']);
    expect(reportRows).toHaveLength(4);
    expect(reportRows[1][1]).toBe('赵四');
    expect(reportRows[1][11]).toMatch(/身份证号：/);
  });

  it('importing the same file again changes nothing; a changed row is an update with an event', async () => {
    const file = await writeXlsx(path.join(dir, 'again.xlsx'), [WORKER_HEADER, ...good]);
    const again = await importWorkersFile(ctx(), file, { actor: 'test' });
    // Identical rows are counted apart: nothing was updated.
    expect({ imported: again.imported, updated: again.updated, unchanged: again.unchanged, refused: again.refused })
      .toEqual({ imported: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(await ctx().db.selectFrom('worker_events').select('id').execute()).toHaveLength(3);

    const changed = good.map((row) => [...row]);
    changed[1][9] = '6000';
    const file2 = await writeXlsx(path.join(dir, 'changed.xlsx'), [WORKER_HEADER, ...changed]);
    const third = await importWorkersFile(ctx(), file2, { actor: 'test' });
    expect({ updated: third.updated, unchanged: third.unchanged }).toEqual({ updated: 1, unchanged: 2 });
    const events = await ctx().db.selectFrom('worker_events').select('type').orderBy('id').execute();
    expect(events.map((e) => e.type)).toEqual(['registered', 'registered', 'registered', 'updated']);
    const li = await ctx().db.selectFrom('workers').select('min_wage').where('name', '=', '李芳').executeTakeFirstOrThrow();
    expect(li.min_wage).toBe(6000);
    expect(await ctx().db.selectFrom('workers').select('id').execute()).toHaveLength(3);
  });

  it('reads CSV in GB18030 and UTF-8 with BOM, detected without being told', async () => {
    const rows = [WORKER_HEADER.slice(1), [ '孙六', makeIdNumber('141126', '1992-07-07', 321), '', '石楼县', '否', '', '', '', '']];
    for (const encoding of ['gb18030', 'utf-8-bom', 'utf-8'] as const) {
      const file = writeCsv(path.join(dir, `w-${encoding}.csv`), rows, encoding);
      const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
      expect(outcome.refused, encoding).toBe(0);
    }
    const sun = await ctx().db.selectFrom('workers').select(['name', 'region_code']).where('name', '=', '孙六').execute();
    expect(sun).toEqual([{ name: '孙六', region_code: '141126' }]);
  });

  it('a bulk import leaves the planner fresh statistics (PGlite runs no autovacuum)', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [i + 1, `批量${i}`, makeIdNumber('141124', `1988-01-${String(1 + (i % 28)).padStart(2, '0')}`, 300 + Math.floor(i / 28)), '', '临县', '', '', '', '', '']);
    const file = writeCsv(path.join(dir, 'bulk.csv'), [WORKER_HEADER, ...rows], 'utf-8');
    expect((await importWorkersFile(ctx(), file, { actor: 'test' })).imported).toBe(600);
    const { rows: [stats] } = await sql<{ reltuples: number }>`SELECT reltuples FROM pg_class WHERE relname = 'workers'`.execute(ctx().db);
    expect(Number(stats?.reltuples)).toBeGreaterThanOrEqual(600);
  });

  it('--strict stores nothing when a row is refused', async () => {
    const before = (await ctx().db.selectFrom('workers').select('id').execute()).length;
    const file = await writeXlsx(path.join(dir, 'strict.xlsx'), [
      WORKER_HEADER,
      [1, '新人', makeIdNumber('141124', '1995-01-01', 555), '', '临县', '', '', '', '', ''],
      [2, '坏行', '123', '', '临县', '', '', '', '', ''],
    ]);
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test', strict: true });
    expect(outcome.aborted).toBe(true);
    expect(outcome.refused).toBe(1);
    expect((await ctx().db.selectFrom('workers').select('id').execute()).length).toBe(before);
  });

  it('refuses a file without a recognisable header row, and a file that is not a spreadsheet', async () => {
    const noHeader = await writeXlsx(path.join(dir, 'nohead.xlsx'), [['a', 'b'], [1, 2]]);
    await expect(importWorkersFile(ctx(), noHeader, { actor: 'test' })).rejects.toMatchObject({ problem: { code: 'bad_file' } });
    const missing = await writeXlsx(path.join(dir, 'missing.xlsx'), [['姓名', '手机号'], ['x', '']]);
    await expect(importWorkersFile(ctx(), missing, { actor: 'test' })).rejects.toThrow(/身份证号.*户籍地|lacks required columns/);
    const junk = path.join(dir, 'junk.xlsx');
    (await import('node:fs')).writeFileSync(junk, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0, 0, 9]));
    await expect(importWorkersFile(ctx(), junk, { actor: 'test' })).rejects.toMatchObject({ problem: { code: 'bad_file' } });
  });

  it('exports workers with the template headers and masked numbers', async () => {
    const out = path.join(dir, 'export.xlsx');
    const rows = await exportWorkers(ctx(), systemActor('test'), { out, region: '1411' });
    const sheet = await readXlsx(out);
    expect(sheet[0]).toEqual(['姓名', '身份证号', '手机号', '户籍地', '是否脱贫劳动力', '技能证书', '意向行业', '意向地区', '期望月薪']);
    expect(rows).toBe(sheet.length - 1);
    const wang = sheet.find((r) => r[0] === '王小明');
    expect(wang?.slice(1, 5)).toEqual([`${ID_A.slice(0, 4)}**********${ID_A.slice(14)}`, '138****5678', '山西省吕梁市临县', '是']);
    expect(sheet.some((r) => r[0] === '张三')).toBe(false); // 140213 is outside the 1411 prefix
    expect(JSON.stringify(sheet)).not.toContain(ID_A);
  });
});

describeEachDatabase('vacancy import', (ctx) => {
  const dir = tempDir();
  const credit = makeCreditCode('320506', 7);
  it('imports vacancies, upserting employers by credit code', async () => {
    const file = await writeXlsx(path.join(dir, 'jobs.xlsx'), [
      JOB_HEADER,
      ['苏州华兴电子有限公司', credit, '苏州市吴中区', '普工', '电子', '30人', '5000-7000', '', '18至45岁', '陈经理', '0512-66881234', '2021年1月20日'],
      ['苏州华兴电子有限公司', credit, '320506', '叉车司机', 'logistics', 5, '6500', '叉车', '45岁以下', '', '', 44216],
      ['坏单位', '91320506MA1XXXXXXX', '火星', '', '航天', 0, '面议', '', '100-20', '', '123', '2021-02-30'],
    ]);
    const outcome = await importJobsFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 2, refused: 1 });
    expect(outcome.refusals[0].problems.map((p) => p.column)).toEqual(['统一社会信用代码', '工作地点', '岗位名称', '行业', '招聘人数', '月薪', '年龄要求', '联系电话', '到岗日期']);
    const jobs = await ctx().db.selectFrom('jobs').selectAll().orderBy('title').execute();
    expect(jobs.map((j) => [j.title, j.site_code, j.industry, j.headcount, j.wage, j.wage_max, j.age_min, j.age_max, j.start_date])).toEqual([
      ['叉车司机', '320506', 'logistics', 5, 6500, null, null, 45, '2021-01-20'],
      ['普工', '320506', 'electronics', 30, 5000, 7000, 18, 45, '2021-01-20'],
    ]);
    expect(jobs[0].certificates).toEqual(['forklift']);
    expect(await ctx().db.selectFrom('employers').select('credit_code').execute()).toEqual([{ credit_code: credit }]);
    const again = await importJobsFile(ctx(), file, { actor: 'test' });
    expect({ imported: again.imported, updated: again.updated, unchanged: again.unchanged }).toEqual({ imported: 0, updated: 0, unchanged: 2 });

    // A later sheet that names the same credit code differently adds its vacancy but does
    // not rename the employer everyone else hires through.
    const renamed = await writeXlsx(path.join(dir, 'jobs-renamed.xlsx'), [
      JOB_HEADER,
      ['另一个名字有限公司', credit, '320506', '包装工', '电子', 8, '4800', '', '', '', '', '2021-01-25'],
    ]);
    expect((await importJobsFile(ctx(), renamed, { actor: 'test' })).imported).toBe(1);
    expect(await ctx().db.selectFrom('employers').select(['credit_code', 'name']).execute()).toEqual([{ credit_code: credit, name: '苏州华兴电子有限公司' }]);

    const out = path.join(dir, 'jobs-export.xlsx');
    await exportJobs(ctx(), systemActor('test'), { out });
    const sheet = await readXlsx(out);
    // The optional columns added later (migration 0014) come after the original ones.
    expect(sheet[0]).toEqual([...JOB_HEADER.map(String), '工作地址', '住宿', '餐饮']);
    expect(sheet[1][2]).toBe('江苏省苏州市吴中区');
  });

  it('reads housing and meals in the words sheets use, and refuses others naming the column', async () => {
    const file = await writeXlsx(path.join(dir, 'jobs-conditions.xlsx'), [
      [...JOB_HEADER, '住宿', '餐饮', '工作地址'],
      ['苏州华兴电子有限公司', credit, '320506', '质检员', '电子', 4, '5200', '', '', '', '', '', '包住', '餐补', '吴中经济开发区东吴南路 8 号'],
      ['苏州华兴电子有限公司', credit, '320506', '仓管员', '电子', 2, '5000', '', '', '', '', '', 'none', '', ''],
      ['苏州华兴电子有限公司', credit, '320506', '保洁员', '电子', 2, '4000', '', '', '', '', '', '看情况', '包吃', ''],
    ]);
    const outcome = await importJobsFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 2, refused: 1 });
    expect(outcome.refusals[0].problems.map((p) => p.column)).toEqual(['住宿']);
    const jobs = await ctx().db.selectFrom('jobs').select(['title', 'accommodation', 'meals', 'site_address']).where('title', 'in', ['质检员', '仓管员']).orderBy('title').execute();
    expect(jobs).toEqual([
      { title: '仓管员', accommodation: 'none', meals: null, site_address: null },
      { title: '质检员', accommodation: 'provided', meals: 'allowance', site_address: '吴中经济开发区东吴南路 8 号' },
    ]);
    // Changing only the meals is a change on re-import (the content hash covers the new fields).
    const changed = await writeXlsx(path.join(dir, 'jobs-conditions-2.xlsx'), [
      [...JOB_HEADER, '住宿', '餐饮', '工作地址'],
      ['苏州华兴电子有限公司', credit, '320506', '质检员', '电子', 4, '5200', '', '', '', '', '', '包住', '不提供', '吴中经济开发区东吴南路 8 号'],
    ]);
    expect((await importJobsFile(ctx(), changed, { actor: 'test' })).updated).toBe(1);
  });
});
