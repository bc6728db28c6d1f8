// A large import runs its rules and sealing on a worker thread: it must keep the import
// contract exactly as the single-thread path does (outcome, stored rows, refusals,
// errors, --strict), on a file small enough for a unit test (thread: true forces it).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppContext } from '../app/context.js';
import { openTestContext } from '../../test/db.js';
import { makeIdNumber } from '../core/id-number.js';
import { tempDir, WORKER_HEADER, writeCsv, writeXlsx } from '../../test/fixtures.js';
import { importWorkersFile } from './workers.import.js';

const ID_A = makeIdNumber('141124', '1990-05-01', 123);
const ID_B = makeIdNumber('141123', '1985-11-20', 246);

const ROWS = [
  ['吕梁市 2021 年春节劳务输出报名表'],
  WORKER_HEADER,
  [1, '王小明', ID_A, '138 1234 5678', '吕梁市临县', '是', '健康证、叉车', '餐饮,快递物流', '江苏省；苏州市', '4,500元'],
  [2, '李芳', ID_B.toLowerCase(), '+86 13912345678', '山西省吕梁市兴县', 'N', '', '', '', ''],
  [3, '赵四', `${ID_A.slice(0, 17)}0`, '12345', '城区', '也许', '飞行员', '', '火星', '面议'],
  [4, '王小明重复', ID_A, '', '临县', '', '', '', '', ''],
];

async function snapshot(ctx: AppContext) {
  const workers = await ctx.db.selectFrom('workers')
    .select(['name', 'region_code', 'id_masked', 'phone_masked', 'priority', 'industries', 'destinations', 'min_wage', 'content_hash', 'id_enc'])
    .orderBy('name').execute();
  const certificates = await ctx.db.selectFrom('worker_certificates').select('certificate_code').orderBy('certificate_code').execute();
  const events = await ctx.db.selectFrom('worker_events').select('type').orderBy('id').execute();
  return {
    workers: workers.map(({ id_enc, content_hash, ...rest }) => ({ ...rest, id: ctx.vault.decrypt(id_enc), hashed: content_hash.length })),
    certificates,
    events,
  };
}

// PGlite: the thread seals; PostgreSQL: this thread seals what the thread parsed.
// The PostgreSQL half skips only on a machine without PostgreSQL (test/global-setup.ts
// started none, and says so); under CI=true global-setup fails instead, so it always runs there.
for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !inject('pgUrl'))(`worker import on a worker thread [${kind}]`, () => {
    const dir = tempDir();
    const contexts: AppContext[] = [];
    const open = async (): Promise<AppContext> => {
      const ctx = await openTestContext(kind);
      contexts.push(ctx);
      return ctx;
    };
    let file = '';
    beforeAll(async () => {
      file = await writeXlsx(path.join(dir, 'w.xlsx'), ROWS);
    });
    afterAll(async () => {
      for (const ctx of contexts) await ctx.close();
    });

    it('gives the same outcome and the same stored data as the single-thread import', async () => {
      const [inline, threaded] = [await open(), await open()];
      const a = await importWorkersFile(inline, file, { actor: 'test', thread: false });
      const progress: number[] = [];
      const b = await importWorkersFile(threaded, file, { actor: 'test', thread: true, batchSize: 1, onProgress: (p) => progress.push(p.bytesRead) });
      expect({ ...b, refusals: b.refusals.map((r) => [r.rowNumber, r.problems.map((p) => p.column)]) })
        .toEqual({ ...a, refusals: a.refusals.map((r) => [r.rowNumber, r.problems.map((p) => p.column)]) });
      expect(b.refusals).toEqual(a.refusals);
      expect({ imported: b.imported, updated: b.updated, refused: b.refused }).toEqual({ imported: 2, updated: 0, refused: 2 });
      expect(await snapshot(threaded)).toEqual(await snapshot(inline));

      const again = await importWorkersFile(threaded, file, { actor: 'test', thread: true });
      expect({ imported: again.imported, updated: again.updated, unchanged: again.unchanged }).toEqual({ imported: 0, updated: 0, unchanged: 2 });
      expect((await snapshot(threaded)).events).toHaveLength(2);
    });

    it('reports the rows read when it ends, however few, on both paths', async () => {
      for (const thread of [false, true]) {
        const rows: number[] = [];
        const outcome = await importWorkersFile(await open(), file, { actor: 'test', thread, onProgress: (p) => rows.push(p.rows) });
        expect(rows.at(-1), `thread ${thread}`).toBe(outcome.rows);
      }
    });

    it('an officer\'s import keeps to its region on both paths: another county\'s row is refused on 户籍地', async () => {
      const county = { userId: null, login: 'xingxian', name: '兴县', role: 'county', scope: { kind: 'region', prefix: '141123' } } as const;
      for (const thread of [false, true]) {
        const ctx = await open();
        const outcome = await importWorkersFile(ctx, file, { actor: county, thread });
        expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 1, refused: 3 });
        const outside = outcome.refusals.find((r) => r.rowNumber === 3);
        expect(outside?.problems).toEqual([{ column: '户籍地', value: '吕梁市临县', reason: { zh: '不在您的辖区', en: 'outside your region' } }]);
        expect((await snapshot(ctx)).workers.map((w) => w.name)).toEqual(['李芳']);
      }
    });

    it('an updated worker ends with exactly the certificates of the new row', async () => {
      const ctx = await open();
      const row = (certificates: string) => [[...WORKER_HEADER], [1, '王小明', ID_A, '', '临县', '', certificates, '', '', '']];
      const codes = async () =>
        (await ctx.db.selectFrom('worker_certificates').select('certificate_code').orderBy('certificate_code').execute()).map((c) => c.certificate_code);
      for (const [thread, certificates, expected] of [
        [false, '健康证、叉车', ['food-health', 'forklift']],
        [true, '叉车', ['forklift']],
        [false, '健康证', ['food-health']],
        [true, '', []],
        [true, '叉车、健康证', ['food-health', 'forklift']],
      ] as const) {
        const file = await writeXlsx(path.join(dir, `certs-${certificates || 'none'}.xlsx`), row(certificates));
        await importWorkersFile(ctx, file, { actor: 'test', thread });
        expect(await codes(), certificates).toEqual(expected);
      }
      expect((await snapshot(ctx)).events.map((e) => e.type)).toEqual(['registered', 'updated', 'updated', 'updated', 'updated']);
    });

    it('reads GB18030 CSV there too', async () => {
      const ctx = await open();
      const csv = writeCsv(path.join(dir, 'w.csv'), ROWS.slice(1).map((row) => row.map((cell) => cell ?? null)), 'gb18030');
      const outcome = await importWorkersFile(ctx, csv, { actor: 'test', thread: true });
      expect({ imported: outcome.imported, refused: outcome.refused }).toEqual({ imported: 2, refused: 2 });
      expect((await snapshot(ctx)).workers.map((w) => w.name)).toEqual(['李芳', '王小明']);
    });

    it('--strict stores nothing, and a file it cannot read fails with the same error', async () => {
      const ctx = await open();
      const strict = await importWorkersFile(ctx, file, { actor: 'test', thread: true, strict: true });
      expect(strict.aborted).toBe(true);
      expect((await snapshot(ctx)).workers).toEqual([]);
      const noHeader = await writeXlsx(path.join(dir, 'nohead.xlsx'), [['a', 'b'], [1, 2]]);
      await expect(importWorkersFile(ctx, noHeader, { actor: 'test', thread: true })).rejects.toMatchObject({ problem: { code: 'bad_file' } });
      await expect(importWorkersFile(ctx, path.join(dir, 'missing.xlsx'), { actor: 'test', thread: true }))
        .rejects.toMatchObject({ problem: { code: 'bad_file' } });
    });
  });
}
