// The demo's accounts are made by whoever builds the demo: the audit log names that
// actor (the CLI's OS user, or the demo builder), never an anonymous "cli".
import { expect, it } from 'vitest';
import { systemActor } from '../auth/audit.service.js';
import { describeEachDatabase } from '../../test/db.js';
import { buildDemo } from './demo.service.js';

describeEachDatabase('demo accounts in the audit log', (ctx) => {
  it('are created as the actor who builds the demo', async () => {
    await buildDemo(ctx(), { workers: 60, seed: 5, actor: systemActor('cli:alice', '命令行 CLI (alice)') });
    const created = await ctx().db.selectFrom('audit_log').select('actor_login').where('action', '=', 'user.create').execute();
    expect(created.length).toBeGreaterThanOrEqual(4);
    expect(new Set(created.map((a) => a.actor_login))).toEqual(new Set(['cli:alice']));
  });
});
