// The streaming readers must give back exactly the text in the file, however the bytes
// are cut into chunks on the way (zip inflation, file reads).
import path from 'node:path';
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
});
