// Readiness holds nobody's data: every role, signed in or not, gets the same answer.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];

describeEachDatabase('operations routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/ready'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/ready');
      expect(response.statusCode, role).toBe(200);
      expect(response.json(), role).toMatchObject({ status: 'ready' });
    }
  });
});
