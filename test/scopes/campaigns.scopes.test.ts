// Creating and editing campaigns and setting regional targets, by role: who may, and that
// records outside a role's reach answer 404.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];

const body = (name: string) => ({ name, target: 500, startDate: '2021-02-01', endDate: '2021-02-28', destinations: ['320000'], feverThreshold: 37.3 });

describeEachDatabase('campaign writes and regional targets by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('POST /api/campaigns'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'POST', '/api/campaigns', body(`活动 ${role}`));
      const expected = role === 'anonymous' ? 401 : role === 'admin' || role === 'shanxi' ? 201 : 403;
      expect(response.statusCode, `${role}: ${response.body}`).toBe(expected);
      if (role === 'shanxi') expect((response.json() as { regionCode: string }).regionCode).toBe('140000');
    }
    // A province officer cannot organise another province's campaign.
    const elsewhere = await world().request('shanxi', 'POST', '/api/campaigns', { ...body('河南'), regionCode: '410000' });
    expect(elsewhere.statusCode).toBe(400);
    expect((elsewhere.json() as { field: string }).field).toBe('regionCode');
  });

  it(covers('PATCH /api/campaigns/{id}'), async () => {
    for (const role of ROLES) {
      for (const which of ['campaignId', 'otherCampaignId'] as const) {
        const response = await world().request(role, 'PATCH', `/api/campaigns/${world()[which]}`, { feverThreshold: 37.5 });
        // Everyone in the province works in its campaign; only its province officer (and
        // administrators) change it. Another province's campaign is not found.
        const expected = role === 'anonymous' ? 401
          : role === 'admin' ? 200
            : which === 'otherCampaignId' ? 404
              : role === 'shanxi' ? 200
                : ['lvliang', 'xingxian'].includes(role) ? 403 : role === 'employer' || role === 'worker' || role === 'checkin-taiyuan' ? 403 : 404;
        expect(response.statusCode, `${role} → ${which}: ${response.body}`).toBe(expected);
      }
    }
    const audit = await world().ctx.db.selectFrom('audit_log').select(['actor_login', 'before', 'after']).where('action', '=', 'campaign.update').execute();
    expect(audit.map((a) => a.actor_login).sort()).toEqual(['admin', 'admin', 'shanxi']);
  });

  it(covers('GET /api/campaigns/{id}/quotas', 'PUT /api/campaigns/{id}/quotas/{region}', 'DELETE /api/campaigns/{id}/quotas/{region}'), async () => {
    const id = world().campaignId;
    // Who sets which target: the province its cities, the city its counties.
    const cases: [RoleLogin, string, number][] = [
      ['anonymous', '141100', 401], ['employer', '141100', 404], ['checkin-taiyuan', '141100', 404], ['worker', '141100', 404],
      ['xingxian', '141123', 403], ['lvliang', '141100', 403], ['lvliang', '140200', 404], ['lvliang', '140213', 404],
      ['lvliang', '141123', 200], ['shanxi', '141123', 403], ['shanxi', '141100', 200], ['shanxi', '320500', 404],
      ['admin', '140200', 200], ['admin', '320500', 404],
    ];
    for (const [role, region, expected] of cases) {
      const response = await world().request(role, 'PUT', `/api/campaigns/${id}/quotas/${region}`, { target: 1000 });
      expect(response.statusCode, `${role} sets ${region}: ${response.body}`).toBe(expected);
    }
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', `/api/campaigns/${id}/quotas`);
      const expected = role === 'anonymous' ? 401 : ['admin', 'shanxi', 'lvliang', 'xingxian'].includes(role) ? 200 : 404;
      expect(response.statusCode, role).toBe(expected);
      if (expected !== 200) continue;
      const codes = (response.json() as { items: { regionCode: string }[] }).items.map((q) => q.regionCode);
      const reach = { admin: ['140200', '141100', '141123'], shanxi: ['140200', '141100', '141123'], lvliang: ['141100', '141123'], xingxian: ['141123'] }[role as 'admin'];
      expect(codes, role).toEqual(reach);
      const other = await world().request(role, 'GET', `/api/campaigns/${world().otherCampaignId}/quotas`);
      expect(other.statusCode, `${role} other`).toBe(role === 'admin' ? 200 : 404);
    }
    for (const [role, region, expected] of [['xingxian', '141123', 403], ['lvliang', '140200', 404], ['shanxi', '140200', 204], ['shanxi', '140200', 404]] as const) {
      const response = await world().request(role, 'DELETE', `/api/campaigns/${id}/quotas/${region}`);
      expect(response.statusCode, `${role} removes ${region}`).toBe(expected);
    }
    const actions = await world().ctx.db.selectFrom('audit_log').select(['action', 'actor_login', 'region_code']).where('action', 'like', 'campaign.quota.%').orderBy('id').execute();
    expect(actions).toEqual([
      { action: 'campaign.quota.set', actor_login: 'lvliang', region_code: '141123' },
      { action: 'campaign.quota.set', actor_login: 'shanxi', region_code: '141100' },
      { action: 'campaign.quota.set', actor_login: 'admin', region_code: '140200' },
      { action: 'campaign.quota.delete', actor_login: 'shanxi', region_code: '140200' },
    ]);
  });

  it('state-changing campaign routes need the CSRF token', async () => {
    const session = world().sessions.shanxi;
    const response = await world().app.inject({
      method: 'PATCH', url: `/api/campaigns/${world().campaignId}`, payload: { target: 1 }, headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
  });
});
