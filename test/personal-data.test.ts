// Personal data at rest: after a real import into an on-disk embedded database, the plain
// identity numbers and phones appear nowhere in the database files, in any encoding
// PostgreSQL could store them.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../src/app/context.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { importWorkersFile } from '../src/workers/workers.import.js';
import { tempDir, WORKER_HEADER, writeXlsx } from './fixtures.js';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('personal data at rest', () => {
  it('stores no plaintext identity number or phone in the database files', async () => {
    const dir = tempDir('menkou-rest-');
    const dataDir = path.join(dir, '.menkou');
    const people = Array.from({ length: 40 }, (_, i) => ({
      id: makeIdNumber('141124', `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`, 101 + i * 2),
      phone: `1391234${String(1000 + i).padStart(4, '0')}`,
    }));
    const file = await writeXlsx(path.join(dir, 'w.xlsx'), [
      WORKER_HEADER,
      ...people.map((p, i) => [i + 1, `工人${i}`, p.id, p.phone, '临县', '是', '', '', '', '']),
    ]);
    const ctx = await openAppContext({ dataDir, masterKeyHex: randomBytes(32).toString('hex') });
    const outcome = await importWorkersFile(ctx, file, { actor: 'test' });
    expect(outcome.imported).toBe(40);
    // A checkpoint writes everything from the WAL into the table files too.
    await sql`CHECKPOINT`.execute(ctx.db);
    await ctx.close();

    const files = filesUnder(path.join(dataDir, 'pgdata'));
    expect(files.length).toBeGreaterThan(50);
    const haystacks = files.map((f) => fs.readFileSync(f));
    // The names were written: proves the scan would see the rows at all.
    expect(haystacks.some((h) => h.includes(Buffer.from('工人39', 'utf8')))).toBe(true);
    for (const person of people) {
      for (const needle of [person.id, person.id.slice(0, 17), person.phone]) {
        const bytes = Buffer.from(needle, 'utf8');
        const hit = files.find((_, i) => haystacks[i].includes(bytes));
        expect(hit, `${needle.slice(0, 4)}… found in ${hit}`).toBeUndefined();
      }
    }
  });
});
