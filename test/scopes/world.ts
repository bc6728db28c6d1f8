// The world every scope test runs in: a small demo campaign with one account of each
// role, plus marked workers inside and outside each role's reach:
//   A  兴县 141123 (Lüliang)  – in the county's, city's and province's reach; assigned to the demo employer
//   B  平城区 140213 (Datong)  – in the province's reach only
//   C  吴中区 320506 (Jiangsu) – outside Shanxi entirely
//   D  小店区 140105 (Taiyuan) – the Taiyuan gathering point's people
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import { addUser } from '../../src/auth/users.service.js';
import { insertCampaign } from '../../src/campaigns/campaigns.repository.js';
import { makeIdNumber } from '../../src/core/id-number.js';
import { buildDemo } from '../../src/demo/demo.service.js';
import { buildServer } from '../../src/server.js';
import { sealWorker } from '../../src/workers/workers.import.js';
import { upsertWorkers } from '../../src/workers/workers.repository.js';
import { as, type Session, signIn, TEST_PASSWORD } from '../session.js';

export const ROLE_LOGINS = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker'] as const;
export type RoleLogin = (typeof ROLE_LOGINS)[number] | 'anonymous';

export type World = {
  ctx: AppContext;
  app: FastifyInstance;
  campaignId: string;
  otherCampaignId: string;
  workers: { A: string; B: string; C: string; D: string; self: string };
  jobs: { own: string; other: string };
  employers: { own: string; other: string };
  sessions: Record<Exclude<RoleLogin, 'anonymous'>, Session>;
  /** The passwords the demo generated for its accounts (not the worker's: a code). */
  passwords: Record<string, string>;
  request: (who: RoleLogin, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => Promise<LightMyRequestResponse>;
};

const MARKED = [
  { key: 'A', region: '141123', birth: '1990-03-03' },
  { key: 'B', region: '140213', birth: '1988-04-04' },
  { key: 'C', region: '320506', birth: '1992-05-05' },
  { key: 'D', region: '140105', birth: '1995-06-06' },
] as const;

async function build(ctx: AppContext): Promise<World> {
  const demo = await buildDemo(ctx, { workers: 200, seed: 11 });
  const campaignId = demo.campaign.id;
  const other = await insertCampaign(ctx.db, { name: '河南省 2021 劳务输出', target: 100, region_code: '410000', start_date: '2021-01-06', end_date: null });
  await upsertWorkers(ctx.db, campaignId, MARKED.map((m, i) => sealWorker(ctx.vault, {
    name: `标记${m.key}`, idNumber: makeIdNumber(m.region, m.birth, 501 + i * 2), birthDate: m.birth, gender: 'male',
    phone: `1770000000${i}`, regionCode: m.region, priority: true, certificates: [], industries: [], destinations: [], minWage: 0,
  })), { actor: 'test', source: 'test' });
  const marked = await ctx.db.selectFrom('workers').select(['id', 'name', 'province']).where('name', 'like', '标记%').execute();
  const id = (key: string) => marked.find((w) => w.name === `标记${key}`)?.id ?? '';
  const employerUser = await ctx.db.selectFrom('users').select('employer_id').where('login', '=', 'employer').executeTakeFirstOrThrow();
  const ownJob = await ctx.db.selectFrom('jobs').select(['id', 'province']).where('employer_id', '=', employerUser.employer_id ?? '').limit(1).executeTakeFirstOrThrow();
  const otherJob = await ctx.db.selectFrom('jobs').select(['id', 'employer_id']).where('employer_id', '!=', employerUser.employer_id ?? '').limit(1).executeTakeFirstOrThrow();
  await ctx.db.insertInto('assignments').values({
    province: '14', worker_id: id('A'), campaign_id: campaignId, job_province: ownJob.province, job_id: ownJob.id, status: 'confirmed', run_id: null, value: 200,
  }).execute();
  const selfUser = await ctx.db.selectFrom('users').select('worker_id').where('role', '=', 'worker').executeTakeFirstOrThrow();
  await addUser(ctx, CLI_ACTOR, { role: 'county', name: '临县官员', login: 'linxian', password: TEST_PASSWORD, region: '141124' });

  const app = await buildServer(ctx, { printCode: () => undefined });
  const sessions = {} as World['sessions'];
  for (const login of ROLE_LOGINS) {
    if (login === 'worker') continue;
    sessions[login] = await signIn(app, login, demo);
  }
  const code = demo.accounts.workerCode;
  if (!code) throw new Error('demo has no worker login');
  const workerLogin = await app.inject({ method: 'POST', url: '/api/auth/code/login', payload: code });
  const setCookie = workerLogin.headers['set-cookie'];
  sessions.worker = { cookie: (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0], csrf: (workerLogin.json() as { csrfToken: string }).csrfToken };

  return {
    ctx, app, campaignId, otherCampaignId: other.id,
    workers: { A: id('A'), B: id('B'), C: id('C'), D: id('D'), self: selfUser.worker_id ?? '' },
    jobs: { own: ownJob.id, other: otherJob.id },
    employers: { own: employerUser.employer_id ?? '', other: otherJob.employer_id },
    sessions,
    passwords: Object.fromEntries(demo.accounts.logins.filter((l) => l.password).map((l) => [l.login, l.password as string])),
    request: (who, method, url, payload) =>
      who === 'anonymous'
        ? app.inject({ method, url, payload })
        : app.inject(as(sessions[who], { method, url, payload })),
  };
}

/** Builds the world once per suite (call inside describeEachDatabase). */
export function useWorld(ctx: () => AppContext): () => World {
  let world: World | undefined;
  beforeAll(async () => {
    world = await build(ctx());
  });
  afterAll(async () => {
    await world?.app.close();
  });
  return () => {
    if (!world) throw new Error('world not built');
    return world;
  };
}

/** Declares which OpenAPI route a scope test covers; routes-coverage.test.ts reads these. */
export function covers(...routes: string[]): string {
  return `${routes.join(', ')} scopes`;
}
