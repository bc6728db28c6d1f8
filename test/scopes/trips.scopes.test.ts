// Trip routes by role: who may plan a day, and who sees which coach, manifest and pass.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

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
