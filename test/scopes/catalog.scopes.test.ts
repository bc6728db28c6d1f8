// Vacancies, employers, campaigns, reference data and health, by role.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];
const OFFICERS: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian'];

describeEachDatabase('vacancy, campaign and reference routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/jobs/{id}'), async () => {
    for (const role of ROLES) {
      for (const which of ['own', 'other'] as const) {
        const response = await world().request(role, 'GET', `/api/jobs/${world().jobs[which]}`);
        // Vacancies are published to officers and workers; an employer sees its own only.
        const expected = role === 'anonymous' ? 401 : role === 'checkin-taiyuan' ? 404 : role === 'employer' && which === 'other' ? 404 : 200;
        expect(response.statusCode, `${role} → ${which}`).toBe(expected);
      }
    }
  });

  it(covers('GET /api/jobs'), async () => {
    const all = (await world().request('admin', 'GET', '/api/jobs?pageSize=1')).json() as { total: number };
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/jobs?pageSize=500');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const body = response.json() as { total: number; items: { employerId: string }[] };
      if (role === 'employer') {
        expect(body.total).toBeGreaterThan(0);
        expect(body.items.every((j) => j.employerId === world().employers.own)).toBe(true);
      } else if (role === 'checkin-taiyuan') {
        expect(body.total).toBe(0);
      } else {
        expect(body.total, role).toBe(all.total);
      }
    }
  });

  it(covers('GET /api/employers'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/employers?pageSize=500');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const body = response.json() as { total: number; items: { id: string }[] };
      if (role === 'employer') expect(body.items.map((e) => e.id)).toEqual([world().employers.own]);
      else if (role === 'checkin-taiyuan') expect(body.total).toBe(0);
      else expect(body.total, role).toBe(400);
    }
  });

  it(covers('GET /api/campaigns'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/campaigns');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const ids = (response.json() as { items: { id: string }[] }).items.map((c) => c.id).sort();
      const expected = role === 'admin' ? [world().campaignId, world().otherCampaignId].sort() : [world().campaignId];
      expect(ids, role).toEqual(expected);
    }
  });

  it(covers('GET /api/campaigns/{id}'), async () => {
    for (const role of ROLES) {
      for (const which of ['campaignId', 'otherCampaignId'] as const) {
        const response = await world().request(role, 'GET', `/api/campaigns/${world()[which]}`);
        const expected = role === 'anonymous' ? 401 : which === 'campaignId' || role === 'admin' ? 200 : 404;
        expect(response.statusCode, `${role} → ${which}`).toBe(expected);
      }
    }
  });

  it(covers('GET /api/campaigns/{id}/stats'), async () => {
    const totals: Partial<Record<RoleLogin, number>> = {};
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', `/api/campaigns/${world().campaignId}/stats`);
      const expected = role === 'anonymous' ? 401 : OFFICERS.includes(role) ? 200 : 404;
      expect(response.statusCode, role).toBe(expected);
      if (expected === 200) totals[role] = (response.json() as { workers: number }).workers;
      const other = await world().request(role, 'GET', `/api/campaigns/${world().otherCampaignId}/stats`);
      expect(other.statusCode, `${role} other`).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 200 : 404);
    }
    // Counts never include people outside the officer's region.
    for (const role of OFFICERS) {
      const listed = (await world().request(role, 'GET', `/api/workers?campaign=${world().campaignId}&pageSize=1`)).json() as { total: number };
      expect(totals[role], role).toBe(listed.total);
    }
  });

  it(covers('GET /api/regions', 'GET /api/industries', 'GET /api/certificates', 'GET /api/health'), async () => {
    for (const role of ROLES) {
      for (const url of ['/api/regions', '/api/regions?parent=140000', '/api/industries', '/api/certificates']) {
        const response = await world().request(role, 'GET', url);
        // Public: the phone registration form reads them before the worker has a session.
        expect(response.statusCode, `${role} ${url}`).toBe(200);
      }
      expect((await world().request(role, 'GET', '/api/health')).statusCode).toBe(200);
      expect((await world().request(role, 'GET', '/api/docs')).statusCode).toBe(200);
    }
  });
});
