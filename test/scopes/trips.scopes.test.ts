// Trip routes by role: who may plan a day, and who sees which coach, manifest and pass.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Actor } from '../../src/auth/actor.js';
import { sessionActor } from '../../src/auth/auth.service.js';
import { tripManifest } from '../../src/trips/trips.documents.js';
import { saveDayPlan } from '../../src/trips/trips.repository.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld, type World } from './world.js';

async function actorFor(world: World, role: Exclude<RoleLogin, 'anonymous'>): Promise<Actor> {
  const actor = await sessionActor(world.ctx, world.sessions[role].cookie.split('=')[1]);
  if (!actor) throw new Error(`no session for ${role}`);
  return actor;
}

/** Every cell's text in a workbook, for asserting who a manifest lists. */
async function sheetNames(body: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? '')))));
  return cells;
}

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];
const PLANNERS: RoleLogin[] = ['admin', 'shanxi'];
// Worker A (兴县, assigned to the demo employer) is the only confirmed rider: the coach
// leaves Lüliang's gathering point, so Taiyuan's staff and other workers don't see it.
const SEES_TRIP: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer'];
const DAY = '2021-01-06';

describeEachDatabase('trip routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('POST /api/campaigns/{id}/trips', 'GET /api/campaigns/{id}/trips', 'GET /api/trips/{id}', 'GET /api/trips/{id}/manifest.pdf', 'GET /api/trips/{id}/manifest.xlsx', 'GET /api/trips/{id}/passes/{worker}'), async () => {
    for (const role of ROLES) {
      const plan = await world().request(role, 'POST', `/api/campaigns/${world().campaignId}/trips`, { date: DAY });
      expect(plan.statusCode, `${role} plans`).toBe(role === 'anonymous' ? 401 : PLANNERS.includes(role) ? 200 : 403);
      const other = await world().request(role, 'POST', `/api/campaigns/${world().otherCampaignId}/trips`, { date: DAY });
      expect(other.statusCode, `${role} plans other`).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 200 : 404);
    }
    const listed = (await world().request('admin', 'GET', `/api/campaigns/${world().campaignId}/trips?date=${DAY}`)).json() as { items: { id: string }[] };
    expect(listed.items).toHaveLength(1);
    const tripId = listed.items[0].id;
    for (const role of ROLES) {
      const list = await world().request(role, 'GET', `/api/campaigns/${world().campaignId}/trips?date=${DAY}`);
      if (role === 'anonymous') expect(list.statusCode).toBe(401);
      else expect((list.json() as { items: { id: string }[] }).items.map((t) => t.id), role).toEqual(SEES_TRIP.includes(role) ? [tripId] : []);
      const expected = role === 'anonymous' ? 401 : SEES_TRIP.includes(role) ? 200 : 404;
      for (const url of [`/api/trips/${tripId}`, `/api/trips/${tripId}/manifest.pdf`, `/api/trips/${tripId}/manifest.xlsx`, `/api/trips/${tripId}/passes/${world().workers.A}`]) {
        expect((await world().request(role, 'GET', url)).statusCode, `${role} ${url}`).toBe(expected);
      }
      // A pass for someone not on the coach is not found, for everyone.
      const stranger = await world().request(role, 'GET', `/api/trips/${tripId}/passes/${world().workers.B}`);
      expect(stranger.statusCode, `${role} stranger pass`).toBe(role === 'anonymous' ? 401 : 404);
    }
  });
});

// A coach that picks up at two gathering points (Taiyuan first, then Lüliang) and carries
// people to two employers. Every role sees, on every route that lists people, exactly the
// riders whose own record it may read; check-in staff only those boarding at their point.
describeEachDatabase('a shared coach by role', (ctx) => {
  const world = useWorld(ctx);
  const SHARED_DAY = '2021-01-09';

  it(covers('GET /api/trips/{id}', 'GET /api/campaigns/{id}/trips', 'GET /api/trips/{id}/manifest.pdf', 'GET /api/trips/{id}/manifest.xlsx', 'GET /api/trips/{id}/passes/{worker}'), async () => {
    const w = world();
    const db = w.ctx.db;
    const points = await db.selectFrom('gathering_points').select(['id', 'region_code']).where('campaign_id', '=', w.campaignId).execute();
    const pointOf = (city: string) => `gp:${points.find((p) => p.region_code === city)?.id}`;
    const own = await db.selectFrom('jobs').select(['id', 'province']).where('id', '=', w.jobs.own).executeTakeFirstOrThrow();
    const other = await db.selectFrom('jobs').select(['id', 'province']).where('id', '=', w.jobs.other).executeTakeFirstOrThrow();
    // D (Taiyuan) rides to the demo employer like A; B (Datong, picked up in Taiyuan's coach
    // at Taiyuan though Datong serves him) and the demo worker go to another employer.
    const riders = [
      { key: 'D', workerId: w.workers.D, pickup: pointOf('140100'), job: own },
      { key: 'B', workerId: w.workers.B, pickup: pointOf('140100'), job: other },
      { key: 'A', workerId: w.workers.A, pickup: pointOf('141100'), job: own },
      { key: 'self', workerId: w.workers.self, pickup: pointOf('141100'), job: other },
    ];
    for (const r of riders.filter((x) => x.key !== 'A')) {
      await db.insertInto('assignments').values({
        province: '14', worker_id: r.workerId, campaign_id: w.campaignId, job_province: r.job.province, job_id: r.job.id, status: 'confirmed', run_id: null, value: 100,
      }).execute();
    }
    const saved = await saveDayPlan(db, {
      campaignId: w.campaignId, date: SHARED_DAY, actor: 'test', summary: {}, changes: null,
      trips: [{
        number: '0109-太原-01', gatheringPointId: points.find((p) => p.region_code === '140100')?.id ?? null, regionCode: '140100',
        capacity: 50, spacing: 'normal', km: 500, cost: 7000,
        stops: [
          { kind: 'pickup', location: pointOf('140100'), name: '太原', eta: '07:00', km: 0 },
          { kind: 'pickup', location: pointOf('141100'), name: '吕梁', eta: '09:00', km: 150 },
          { kind: 'dropoff', location: 'site:320506', name: '吴中区', eta: '20:00', km: 1200 },
        ],
        riders: riders.map((r, i) => ({ province: '14', workerId: r.workerId, seat: i + 1, pickup: r.pickup, dropoff: 'site:320506', jobProvince: r.job.province, jobId: r.job.id })),
      }],
    });
    const tripId = saved.tripIds[0];
    const sees: Record<Exclude<RoleLogin, 'anonymous'>, string[]> = {
      admin: ['D', 'B', 'A', 'self'],
      shanxi: ['D', 'B', 'A', 'self'],
      lvliang: ['A', 'self'],
      xingxian: ['A', 'self'],
      employer: ['D', 'A'],
      'checkin-taiyuan': ['D'],
      worker: ['self'],
    };
    for (const role of Object.keys(sees) as (keyof typeof sees)[]) {
      const expected = riders.filter((r) => sees[role].includes(r.key)).map((r) => r.workerId).sort();
      // The one-person route agrees: whoever is listed can be opened, nobody else.
      for (const r of riders) {
        const one = await w.request(role, 'GET', `/api/workers/${r.workerId}`);
        expect(one.statusCode, `${role} worker ${r.key}`).toBe(expected.includes(r.workerId) ? 200 : 404);
      }
      const detail = await w.request(role, 'GET', `/api/trips/${tripId}`);
      expect(detail.statusCode, `${role} trip`).toBe(200);
      expect((detail.json() as { passengers: { workerId: string }[] }).passengers.map((p) => p.workerId).sort(), `${role} passengers`).toEqual(expected);
      const day = (await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/trips?date=${SHARED_DAY}`)).json() as { items: { id: string; riders: number }[] };
      expect(day.items.map((t) => [t.id, t.riders]), `${role} day`).toEqual([[tripId, expected.length]]);
      const manifest = await tripManifest(w.ctx, await actorFor(w, role), tripId);
      expect(manifest.passengers.map((p) => p.workerId).sort(), `${role} manifest`).toEqual(expected);
      for (const format of ['pdf', 'xlsx']) {
        expect((await w.request(role, 'GET', `/api/trips/${tripId}/manifest.${format}`)).statusCode, `${role} manifest.${format}`).toBe(200);
      }
      const xlsx = await w.request(role, 'GET', `/api/trips/${tripId}/manifest.xlsx`);
      const names = await sheetNames(xlsx.rawPayload);
      for (const r of riders) {
        const name = (await db.selectFrom('workers').select('name').where('id', '=', r.workerId).executeTakeFirstOrThrow()).name;
        expect(names.includes(name), `${role} manifest.xlsx lists ${r.key}`).toBe(expected.includes(r.workerId));
        const pass = await w.request(role, 'GET', `/api/trips/${tripId}/passes/${r.workerId}`);
        expect(pass.statusCode, `${role} pass ${r.key}`).toBe(expected.includes(r.workerId) ? 200 : 404);
      }
    }
    for (const url of [`/api/trips/${tripId}`, `/api/trips/${tripId}/manifest.pdf`]) {
      expect((await w.request('anonymous', 'GET', url)).statusCode).toBe(401);
    }
  });
});

// Gathering points are visible exactly where their campaign is, for every role.
describeEachDatabase('gathering points by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/campaigns/{id}/gathering-points'), async () => {
    const w = world();
    for (const role of ROLES) {
      for (const campaignId of [w.campaignId, w.otherCampaignId]) {
        const campaign = await w.request(role, 'GET', `/api/campaigns/${campaignId}`);
        const points = await w.request(role, 'GET', `/api/campaigns/${campaignId}/gathering-points`);
        expect(points.statusCode, `${role} ${campaignId}`).toBe(campaign.statusCode);
        if (points.statusCode !== 200) continue;
        const items = (points.json() as { items: { regionCode: string; lat: number }[] }).items;
        expect(items.length, role).toBe(campaignId === w.campaignId ? 11 : 0);
        expect(items.every((p) => p.regionCode.startsWith('14') && p.lat > 34)).toBe(true);
      }
    }
    expect((await w.request('admin', 'GET', `/api/campaigns/${w.campaignId}/gathering-points`)).statusCode).toBe(200);
    expect((await w.request('anonymous', 'GET', `/api/campaigns/${w.campaignId}/gathering-points`)).statusCode).toBe(401);
  });
});
