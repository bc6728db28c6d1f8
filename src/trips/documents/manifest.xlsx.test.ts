import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fullIdNumber, sampleManifest } from './documents.testkit.js';
import { MANIFEST_COLUMNS, renderManifestXlsx } from './manifest.xlsx.js';

const cellText = (value: ExcelJS.CellValue): string => (value === null || value === undefined ? '' : String(value));

describe('renderManifestXlsx', () => {
  it('re-opens with the header block, the table and a print setup for A4', async () => {
    const manifest = sampleManifest(45, { vehicle: { capacity: 50 } });
    manifest.passengers.reverse();
    manifest.passengers[0].idMasked = fullIdNumber(44); // a caller's slip is masked all the same
    const xlsx = await renderManifestXlsx(manifest);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-xlsx-')), 'manifest.xlsx');
    fs.writeFileSync(file, xlsx);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));

    expect(rows[0][0]).toContain('乘车名单 Passenger manifest');
    const field = (label: string): string | undefined => rows.find((r) => r[0] === label)?.[1];
    expect(field('日期 Date')).toBe('2021-01-06');
    expect(field('车次 Trip')).toBe('0106-太原-03');
    expect(field('路线 Route')).toContain('上车 太原滨河体育中心');
    expect(field('随车人员 Escort')).toBe('王海燕  13812345678');
    expect(field('车牌号 Plate') ?? '').toBe('');

    const headerIndex = rows.findIndex((r) => r[0] === MANIFEST_COLUMNS[0].header);
    expect(rows[headerIndex]).toEqual(MANIFEST_COLUMNS.map((c) => c.header));
    const table = rows.slice(headerIndex + 1, headerIndex + 1 + 45);
    expect(table.map((r) => Number(r[0]))).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    for (const r of table) {
      expect(r[2]).toMatch(/^1411\*{10}\d{3}[\dX]$/);
      expect(r[5] ?? '').toBe('');
    }
    expect(table[0][1]).toBe(manifest.passengers.find((p) => p.seat === 1)?.name);
    expect(rows[headerIndex + 46][0]).toBe('应到 Expected: 45');

    const everything = rows.flat().join('\n');
    for (const full of manifest.fullIds) expect(everything).not.toContain(full);

    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${headerIndex + 1}:${headerIndex + 1}`);
    expect(sheet.getColumn(4).width).toBe(MANIFEST_COLUMNS[3].width);
    expect(sheet.headerFooter.oddFooter).toContain('&P');
  });
});
