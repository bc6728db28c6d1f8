// The phone pages' code routes by role: they are public (a worker registering has no
// account), so every role, signed in or not, gets the same answer, and it names nobody.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { as } from '../session.js';
import { covers, ROLE_LOGINS, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = [...ROLE_LOGINS, 'anonymous'];

describeEachDatabase('worker phone page routes by role', (ctx) => {
  const world = useWorld(ctx);
  const send = (who: RoleLogin, url: string, payload: object, i: number) => {
    const options = { method: 'POST' as const, url, payload, remoteAddress: `10.77.0.${i + 1}` };
    return who === 'anonymous' ? world().app.inject(options) : world().app.inject(as(world().sessions[who], options));
  };

  it(covers('POST /api/m/code', 'POST /api/m/code/verify'), async () => {
    for (const [i, role] of ROLES.entries()) {
      const asked = await send(role, '/api/m/code', { phone: '13900001111' }, i);
      expect(asked.statusCode, role).toBe(200);
      expect(asked.json(), role).toEqual({ sent: true });
      // A guessed code gets the same refusal whoever asks: a session gives no way round it.
      const guessed = await send(role, '/api/m/code/verify', { phone: '13900001111', code: '12345' }, i);
      expect(guessed.statusCode, role).toBe(400);
      expect(guessed.body, role).not.toContain('13900001111');
    }
  });
});
