// Import over HTTP, by role: who may upload, whose runs each role sees, who may take the
// refused rows' workbook (it holds full numbers), and the templates. Real files streamed
// as multipart, the real import in the background, both databases.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { makeIdNumber } from '../../src/core/id-number.js';
import { importSettled } from '../../src/import-runs/import-runs.service.js';
import { WORKER_COLUMNS } from '../../src/workers/workers.columns.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];
const OFFICERS: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian'];
// Which uploaders' runs each role sees (a run's region is its uploader's reach).
const SEES: Record<RoleLogin, RoleLogin[]> = {
  admin: OFFICERS, shanxi: ['shanxi', 'lvliang', 'xingxian'], lvliang: ['lvliang', 'xingxian'], xingxian: ['xingxian'],
  employer: [], 'checkin-taiyuan': [], worker: [], anonymous: [],
};

const BOUNDARY = '----menkou-test-boundary';

function multipart(fileName: string, content: Buffer | string): { payload: Buffer; headers: Record<string, string> } {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

// Two good registrations in Xing county and one with a broken identity number.
function workersCsv(seed: number): string {
  const good = (i: number) => `测试${seed}-${i},${makeIdNumber('141123', '1991-07-07', 100 + seed * 10 + i * 2)},1380000${String(seed * 10 + i).padStart(4, '0')},兴县`;
  return ['姓名,身份证号,手机号,户籍地', good(1), good(2), `坏行${seed},14112319910707123X,13800000000,兴县`, ''].join('\n');
}

type RunJson = { id: string; status: string; imported: number; refused: number; rows: number; actorLogin: string; errorsAvailable: boolean; fileName: string; error: { zh: string; en: string } | null };

describeEachDatabase('import over HTTP by role', (ctx) => {
  const world = useWorld(ctx);
  const runs: Partial<Record<RoleLogin, string>> = {};

  async function upload(role: RoleLogin, fileName: string, content: Buffer | string, query = 'kind=workers') {
    const { payload, headers } = multipart(fileName, content);
    const w = world();
    const session = role === 'anonymous' ? undefined : w.sessions[role];
    return w.app.inject({
      method: 'POST', url: `/api/imports?${query}&campaign=${w.campaignId}`, payload,
      headers: { ...headers, ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) },
    });
  }

  it(covers('POST /api/imports'), async () => {
    let seed = 1;
    for (const role of ROLES) {
      const response = await upload(role, `兴县${role}.csv`, workersCsv((seed += 1)));
      const expected = role === 'anonymous' ? 401 : OFFICERS.includes(role) ? 202 : 403;
      expect(response.statusCode, `${role} ${response.body}`).toBe(expected);
      if (expected !== 202) continue;
      const run = response.json() as RunJson;
      expect(run).toMatchObject({ status: 'running', actorLogin: role, fileName: `兴县${role}.csv` });
      await importSettled(run.id);
      runs[role] = run.id;
      const done = (await world().request(role, 'GET', `/api/imports/${run.id}`)).json() as RunJson;
      expect(done, role).toMatchObject({ status: 'done', imported: 2, refused: 1, rows: 3, errorsAvailable: true });
    }
    const audit = await world().ctx.db.selectFrom('audit_log').select(['actor_login', 'after']).where('action', '=', 'worker.import').execute();
    expect(audit.map((a) => a.actor_login).sort()).toEqual([...OFFICERS].sort());
  });

  it('refuses what is not a spreadsheet, and reports a file it cannot read as failed in both languages', async () => {
    const named = await upload('xingxian', 'notes.txt', 'hello');
    expect(named.statusCode).toBe(400);
    expect(named.json()).toMatchObject({ field: 'file' });
    const broken = await upload('xingxian', 'broken.xlsx', 'this is no workbook');
    expect(broken.statusCode).toBe(202);
    const id = (broken.json() as RunJson).id;
    await importSettled(id);
    const run = (await world().request('xingxian', 'GET', `/api/imports/${id}`)).json() as RunJson;
    expect(run.status).toBe('failed');
    expect(run.error?.zh).toBeTruthy();
    expect(run.error?.en).toBeTruthy();
    const other = await upload('xingxian', 'x.csv', workersCsv(30), 'kind=jobs');
    expect(other.statusCode).toBe(202);
    await importSettled((other.json() as RunJson).id);
    // Another province's campaign is out of a Shanxi officer's reach.
    const { payload, headers } = multipart('a.csv', workersCsv(31));
    const elsewhere = await world().app.inject({
      method: 'POST', url: `/api/imports?kind=workers&campaign=${world().otherCampaignId}`, payload,
      headers: { ...headers, cookie: world().sessions.shanxi.cookie, 'x-csrf-token': world().sessions.shanxi.csrf },
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it(covers('GET /api/imports'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/imports?kind=workers&pageSize=100');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const body = response.json() as { items: RunJson[] };
      const uploaders = [...new Set(body.items.filter((r) => r.fileName.startsWith('兴县')).map((r) => r.actorLogin))].sort();
      expect(uploaders, role).toEqual([...SEES[role]].sort());
    }
  });

  it(covers('GET /api/imports/{id}'), async () => {
    for (const role of ROLES) {
      for (const uploader of OFFICERS) {
        const response = await world().request(role, 'GET', `/api/imports/${runs[uploader]}`);
        const expected = role === 'anonymous' ? 401 : SEES[role].includes(uploader) ? 200 : 404;
        expect(response.statusCode, `${role} → ${uploader}'s run`).toBe(expected);
      }
    }
  });

  it(covers('GET /api/imports/{id}/errors'), async () => {
    // The county's run: its uploader, and those above who may reveal numbers; not the city.
    const allowed: RoleLogin[] = ['admin', 'shanxi', 'xingxian'];
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', `/api/imports/${runs.xingxian}/errors`);
      const expected = role === 'anonymous' ? 401 : allowed.includes(role) ? 200 : role === 'lvliang' ? 403 : 404;
      expect(response.statusCode, role).toBe(expected);
      if (expected !== 200) continue;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
      expect(rows).toHaveLength(2);
      const refused = rows[1].map(String);
      expect(refused).toContain('坏行5');
      expect(refused.some((cell) => cell.includes('身份证'))).toBe(true);
    }
    // The city officer gets its own run's workbook.
    expect((await world().request('lvliang', 'GET', `/api/imports/${runs.lvliang}/errors`)).statusCode).toBe(200);
    const downloads = await world().ctx.db.selectFrom('audit_log').select('actor_login').where('action', '=', 'import.errors_download').execute();
    expect(downloads.length).toBe(allowed.length + 1);
    // Stored encrypted: the refused row's number is nowhere in the table as text.
    const stored = await world().ctx.db.selectFrom('import_runs').select('errors_enc').where('id', '=', runs.xingxian ?? '').executeTakeFirstOrThrow();
    expect(stored.errors_enc).not.toContain('坏行');
  });

  it(covers('GET /api/imports/templates/{kind}'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/imports/templates/workers');
      const expected = role === 'anonymous' ? 401 : OFFICERS.includes(role) ? 200 : 403;
      expect(response.statusCode, role).toBe(expected);
      if (expected !== 200) continue;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const header = (workbook.worksheets[0].getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(WORKER_COLUMNS.map((c) => c.label));
    }
    expect((await world().request('xingxian', 'GET', '/api/imports/templates/elsewhere')).statusCode).toBe(400);
  });

  it('imports only the rows of the uploader\'s region: another county\'s person is refused on the row, not stored', async () => {
    const own = `本县人,${makeIdNumber('141123', '1990-08-08', 771)},13800007701,兴县`;
    const other = `邻县人,${makeIdNumber('141124', '1990-08-08', 773)},13800007702,临县`;
    const response = await upload('xingxian', 'mixed.csv', ['姓名,身份证号,手机号,户籍地', own, other, ''].join('\n'));
    expect(response.statusCode).toBe(202);
    const id = (response.json() as RunJson).id;
    await importSettled(id);
    const run = (await world().request('xingxian', 'GET', `/api/imports/${id}`)).json() as RunJson;
    expect(run).toMatchObject({ status: 'done', rows: 2, imported: 1, refused: 1, errorsAvailable: true });
    const stored = await world().ctx.db.selectFrom('workers').select('name').where('name', 'in', ['本县人', '邻县人']).execute();
    expect(stored.map((w) => w.name)).toEqual(['本县人']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await world().request('xingxian', 'GET', `/api/imports/${id}/errors`)).rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(2);
    // Row 3 of the file (the header is row 1), named on its 户籍地 column in both languages.
    expect(rows[1].slice(-3)).toEqual([3, '户籍地：不在您的辖区', '户籍地: outside your region']);
    expect(rows[1]).toContain('邻县人');
  });

  it('never moves a person of another county into the uploader\'s county by reusing their number', async () => {
    const number = makeIdNumber('141124', '1990-09-09', 775);
    const first = await upload('shanxi', 'linxian.csv', ['姓名,身份证号,手机号,户籍地', `临县原人,${number},13800007705,临县`, ''].join('\n'));
    await importSettled((first.json() as RunJson).id);
    const claim = await upload('xingxian', 'claim.csv', ['姓名,身份证号,手机号,户籍地', `冒名者,${number},13800007706,兴县`, ''].join('\n'));
    await importSettled((claim.json() as RunJson).id);
    const stored = await world().ctx.db.selectFrom('workers').select(['name', 'region_code']).where('name', 'in', ['临县原人', '冒名者']).execute();
    expect(stored).toEqual([{ name: '临县原人', region_code: '141124' }]);
  });
});
