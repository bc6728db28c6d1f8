// No personal data in logs: the demo, an import and API use (including a reveal) at debug
// level, and not one identity number or phone in what the logger wrote.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../src/app/context.js';
import { generateDemo } from '../src/demo/demo.generate.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { buildServer } from '../src/server.js';
import { importWorkersFile } from '../src/workers/workers.import.js';
import { tempDir, WORKER_HEADER, writeXlsx } from './fixtures.js';
import { as, signIn } from './session.js';

describe('logs', () => {
  it('hold no identity number or phone at debug level', async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    const ctx = await openAppContext({ masterKeyHex: randomBytes(32).toString('hex'), logLevel: 'debug', logDestination: sink });
    const demo = await buildDemo(ctx, { workers: 300, seed: 5 });
    const extra = generateDemo({ workers: 40, seed: 99 }).workers;
    const file = await writeXlsx(path.join(tempDir(), 'w.xlsx'), [
      WORKER_HEADER,
      ...extra.map((w, i) => [i + 1, w.name, w.idNumber, w.phone, w.regionCode, w.priority ? '是' : '否', '', '', '', '']),
      [99, '坏行', `${extra[0].idNumber.slice(0, 17)}0`, '13812345678', '临县', '', '', '', '', ''],
    ]);
    await importWorkersFile(ctx, file, { actor: 'test' });
    const app = await buildServer(ctx, { printCode: () => undefined });
    const admin = await signIn(app, 'admin', demo);
    const list = (await app.inject(as(admin, { method: 'GET', url: '/api/workers?pageSize=20' }))).json() as { items: { id: string }[] };
    for (const w of list.items.slice(0, 5)) await app.inject(as(admin, { method: 'POST', url: `/api/workers/${w.id}/reveal` }));
    await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: demo.accounts.workerCode?.phone } });
    await app.inject({ method: 'POST', url: '/api/auth/code/login', payload: demo.accounts.workerCode });
    await app.close();
    await ctx.close();

    const log = chunks.join('');
    expect(log).toMatch(/demo campaign built/);
    expect(log).toMatch(/workers imported/);
    expect(log).toMatch(/"url":"\/api\/workers/);
    const people = [...generateDemo({ workers: 300, seed: 5 }).workers, ...extra];
    for (const person of people) {
      expect(log.includes(person.idNumber), 'an identity number in the log').toBe(false);
      if (person.phone) expect(log.includes(person.phone), 'a phone in the log').toBe(false);
    }
    expect(log.includes('13812345678')).toBe(false);
  });
});
