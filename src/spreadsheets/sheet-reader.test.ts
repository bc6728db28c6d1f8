// The streaming readers must give back exactly the text in the file, however the bytes
// are cut into chunks on the way (zip inflation, file reads).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tempDir, writeCsv, writeXlsx } from '../../test/fixtures.js';
import { cellText, openSheet } from './sheet-reader.js';

// Several hundred KB of distinct three-byte characters: chunk boundaries are bound to
// fall inside some of them, in the shared strings and in inline cells alike.
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅建国志强春燕海燕';
const ROWS = Array.from({ length: 6000 }, (_, i) => [
  `${GIVEN[i % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}${i}`,
  `山西省吕梁市临县城庄镇第${i}村委会保安队`,
]);

async function readAll(file: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of openSheet(file).rows) rows.push(row.cells.map(cellText));
  return rows;
}

describe('sheet reader', () => {
  const dir = tempDir();

  it('reads every Chinese character of a large .xlsx intact', async () => {
    const file = await writeXlsx(path.join(dir, 'big.xlsx'), ROWS);
    const rows = await readAll(file);
    expect(rows.filter((row) => row.some((cell) => cell.includes('\ufffd')))).toEqual([]);
    expect(rows).toEqual(ROWS);
  });

  it('reads every Chinese character of a large GB18030 or UTF-8 CSV intact', async () => {
    for (const encoding of ['gb18030', 'utf-8'] as const) {
      const file = writeCsv(path.join(dir, `big-${encoding}.csv`), ROWS, encoding);
      expect(await readAll(file), encoding).toEqual(ROWS);
    }
  });

  it('reads a workbook whatever the order of its zip entries', async () => {
    // exceljs's writer orders zip entries by timing; the first order is one it produced,
    // which its own reader could not read (the sheet names came last).
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('报名表');
    sheet.addRow(['姓名', '手机号']);
    sheet.addRow(['张三', '13900000000']);
    const written = await JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
    const names = Object.keys(written.files).filter((name) => !written.files[name].dir);
    const orders = [
      ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'],
      ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'],
      ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'],
      ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml'],
    ];
    for (const [index, order] of orders.entries()) {
      const rank = (name: string) => order.indexOf(name) + 1;
      const reordered = new JSZip();
      for (const name of [...names].sort((a, b) => rank(a) - rank(b))) reordered.file(name, await written.files[name].async('uint8array'));
      const file = path.join(dir, `order-${index}.xlsx`);
      fs.writeFileSync(file, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      expect(await readAll(file), order.join(' → ')).toEqual([['姓名', '手机号'], ['张三', '13900000000']]);
      const named: string[][] = [];
      for await (const row of openSheet(file, { sheet: '报名表' }).rows) named.push(row.cells.map(cellText));
      expect(named, order.join(' → ')).toHaveLength(2);
    }
  });
});
