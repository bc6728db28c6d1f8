// Sessions, CSRF, lock-out, passwords and hostile input, on both databases.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { credentialHash, issueLoginCode, LOCK_AFTER_FAILURES } from '../src/auth/auth.service.js';
import { hashPassword, verifyPassword } from '../src/auth/passwords.js';
import { addUser } from '../src/auth/users.service.js';
import { narrowScope } from '../src/core/scope.js';
import { buildDemo, type DemoSummary } from '../src/demo/demo.service.js';
import { buildServer } from '../src/server.js';
import { describeEachDatabase } from './db.js';
import { as, signIn } from './session.js';

describe('passwords', () => {
  it('hashes with scrypt and a salt, verifies only the right password', async () => {
    const a = await hashPassword('correct horse 1');
    const b = await hashPassword('correct horse 1');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse 1', a)).toBe(true);
    expect(await verifyPassword('correct horse 2', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('region filters never widen a scope', () => {
  it('holds for random prefixes and requests', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 });
    fc.assert(
      fc.property(digits, fc.oneof(digits, fc.string({ maxLength: 8 })), (scope, requested) => {
        const narrowed = narrowScope(scope, requested);
        if (narrowed !== null) expect(narrowed.startsWith(scope)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describeEachDatabase('sessions and hostile input', (ctx) => {
  let app: FastifyInstance;
  let demo: DemoSummary;
  beforeAll(async () => {
    demo = await buildDemo(ctx(), { workers: 50, seed: 3 });
    await addUser(ctx(), CLI_ACTOR, { role: 'county', name: '锁定测试', login: 'locktest', password: 'right-password-1', region: '141124' });
    app = await buildServer(ctx(), { printCode: () => undefined });
  });
  afterAll(async () => app?.close());

  it('refuses anonymous, malformed and forged sessions with 401 and no detail', async () => {
    for (const cookie of [undefined, 'menkou_session=', 'menkou_session=abc', `menkou_session=${'A'.repeat(43)}`, 'menkou_session=%00%ff', 'garbage;;;==']) {
      const response = await app.inject({ method: 'GET', url: '/api/workers', headers: cookie ? { cookie } : {} });
      expect(response.statusCode, String(cookie)).toBe(401);
      expect(response.body).not.toMatch(/stack|at \/|sql|select/i);
    }
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const session = await signIn(app, 'admin', demo);
    const list = (await app.inject(as(session, { method: 'GET', url: '/api/workers?pageSize=1' }))).json() as { items: { id: string }[] };
    const url = `/api/workers/${list.items[0].id}`;
    const noToken = await app.inject({ method: 'PATCH', url, payload: { minWage: 5000 }, headers: { cookie: session.cookie } });
    expect(noToken.statusCode).toBe(403);
    const wrong = await app.inject({ method: 'PATCH', url, payload: { minWage: 5000 }, headers: { cookie: session.cookie, 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    const right = await app.inject(as(session, { method: 'PATCH', url, payload: { minWage: 5000 } }));
    expect(right.statusCode).toBe(200);
  });

  const login = (body: { login: string; password: string }, address: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: address });

  it(`locks a login after ${LOCK_AFTER_FAILURES} failures from one address, from that address only`, async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1) {
      expect((await login({ login: 'locktest', password: `wrong-${i}` }, '10.0.0.1')).statusCode).toBe(401);
    }
    const locked = await login({ login: 'locktest', password: 'right-password-1' }, '10.0.0.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ type: 'too_many_requests', zh: expect.stringContaining('失败次数过多'), en: expect.stringContaining('too many failed sign-ins') });
    // A stranger's failures elsewhere do not lock the officer out.
    expect((await login({ login: 'locktest', password: 'right-password-1' }, '10.0.0.2')).statusCode).toBe(200);
    // A success clears the count for that address only; the other stays locked.
    expect((await login({ login: 'locktest', password: 'right-password-1' }, '10.0.0.1')).statusCode).toBe(429);
  });

  it('answers an unknown login exactly like a wrong password, before and after a lock', async () => {
    // Each from its own address, to stay under the per-address rate limit (10 a minute).
    const wrong = await login({ login: 'locktest', password: 'not-the-password' }, '10.0.3.1');
    const unknown = await login({ login: 'nobody-here', password: 'not-the-password' }, '10.0.3.2');
    expect([unknown.statusCode, unknown.headers['content-type'], unknown.body]).toEqual([wrong.statusCode, wrong.headers['content-type'], wrong.body]);
    expect(wrong.statusCode).toBe(401);
    for (let i = 1; i < LOCK_AFTER_FAILURES; i += 1) {
      await login({ login: 'locktest', password: 'not-the-password' }, '10.0.3.1');
      await login({ login: 'nobody-here', password: 'not-the-password' }, '10.0.3.2');
    }
    const knownLocked = await login({ login: 'locktest', password: 'not-the-password' }, '10.0.3.1');
    const unknownLocked = await login({ login: 'nobody-here', password: 'not-the-password' }, '10.0.3.2');
    expect(knownLocked.statusCode).toBe(429);
    expect(knownLocked.json()).toMatchObject({ en: expect.stringContaining('for this login from this address') });
    expect([unknownLocked.statusCode, unknownLocked.body]).toEqual([knownLocked.statusCode, knownLocked.body]);
  });

  it('checks an unknown login against a hash of the same cost as a real one', async () => {
    // The same scrypt parameters, so the same work and the same time; nothing matches it.
    const real = await hashPassword('right-password-1');
    const dummy = credentialHash(undefined);
    expect(dummy.split('$').slice(0, 4)).toEqual(real.split('$').slice(0, 4));
    expect(dummy.split('$').map((part) => part.length)).toEqual(real.split('$').map((part) => part.length));
    expect(await verifyPassword('', dummy)).toBe(false);
    expect(credentialHash({ password_hash: null })).toBe(dummy);
    expect(credentialHash({ password_hash: real })).toBe(real);
  });

  it('a disabled account cannot sign in and its sessions end; unlock lifts locks; a reset ends sessions', async () => {
    const managed = await addUser(ctx(), CLI_ACTOR, { role: 'county', name: '管理测试', login: 'managed', password: 'managed-password-1', region: '141124' });
    const admin = await signIn(app, 'admin', demo, '10.5.0.9');
    const session = await signIn(app, 'managed', 'managed-password-1', '10.5.0.1');
    const me = () => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect((await me()).statusCode).toBe(200);

    expect((await app.inject(as(admin, { method: 'POST', url: `/api/users/${managed.id}/disable` }))).json()).toMatchObject({ disabled: true });
    expect((await me()).statusCode).toBe(401);
    const refused = await login({ login: 'managed', password: 'managed-password-1' }, '10.5.0.1');
    expect([refused.statusCode, refused.json().en]).toEqual([403, 'this account is disabled: ask an administrator']);
    // Without the password, a disabled account looks like any wrong sign-in.
    const guess = await login({ login: 'managed', password: 'a-guess-123' }, '10.5.0.3');
    const nobody = await login({ login: 'nobody-at-all', password: 'a-guess-123' }, '10.5.0.3');
    expect([guess.statusCode, guess.body]).toEqual([nobody.statusCode, nobody.body]);
    const listed = (await app.inject(as(admin, { method: 'GET', url: '/api/users' }))).json() as { items: { login: string; disabledAt: string | null }[] };
    expect(listed.items.find((u) => u.login === 'managed')?.disabledAt).not.toBeNull();
    await app.inject(as(admin, { method: 'POST', url: `/api/users/${managed.id}/enable` }));
    const again = await signIn(app, 'managed', 'managed-password-1', '10.5.0.1');

    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1) await login({ login: 'managed', password: `wrong-${i}` }, '10.5.0.2');
    expect((await login({ login: 'managed', password: 'managed-password-1' }, '10.5.0.2')).statusCode).toBe(429);
    expect((await app.inject(as(admin, { method: 'POST', url: `/api/users/${managed.id}/unlock` }))).json()).toMatchObject({ addressesCleared: 2 });
    expect((await login({ login: 'managed', password: 'managed-password-1' }, '10.5.0.2')).statusCode).toBe(200);

    const resetResponse = await app.inject(as(admin, { method: 'POST', url: `/api/users/${managed.id}/password` }));
    expect(resetResponse.statusCode, resetResponse.body).toBe(200);
    const reset = resetResponse.json() as { temporaryPassword: string };
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: again.cookie } })).statusCode).toBe(401);
    await signIn(app, 'managed', reset.temporaryPassword, '10.5.0.4');
    const actions = await ctx().db.selectFrom('audit_log').select('action').where('entity_id', '=', managed.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'user.disable', 'user.enable', 'user.unlock', 'user.password.reset']);
  });

  it('a disabled worker gets no one-time code and cannot sign in with an earlier one', async () => {
    const phone = ctx().vault.decrypt((await ctx().db.selectFrom('workers').select('phone_enc').where('id', '=', (await ctx().db.selectFrom('users').select('worker_id').where('role', '=', 'worker').executeTakeFirstOrThrow()).worker_id ?? '').executeTakeFirstOrThrow()).phone_enc ?? '');
    const code = demo.accounts.workerCode?.code ?? '';
    const worker = await ctx().db.selectFrom('users').select('id').where('role', '=', 'worker').executeTakeFirstOrThrow();
    const admin = await signIn(app, 'admin', demo, '10.5.1.9');
    await app.inject(as(admin, { method: 'POST', url: `/api/users/${worker.id}/disable` }));
    expect(await issueLoginCode(ctx(), phone)).toBeUndefined();
    const refused = await app.inject({ method: 'POST', url: '/api/auth/code/login', payload: { phone, code }, remoteAddress: '10.5.1.1' });
    expect(refused.statusCode).toBe(403);
    await app.inject(as(admin, { method: 'POST', url: `/api/users/${worker.id}/enable` }));
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      // A different login each time, so the per-login lock never answers first.
      codes.push((await login({ login: `nobody-${i}`, password: 'x' }, '10.9.9.9')).statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });

  it('answers oversized bodies with 413 and SQL-ish filters with clean 4xx or empty results', async () => {
    const session = await signIn(app, 'admin', demo);
    const big = await app.inject(as(session, { method: 'POST', url: '/api/users', payload: { role: 'county', name: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(big.statusCode).toBe(413);
    const nasty = ["' OR 1=1 --", '14%', '14_', "14'; DROP TABLE workers; --", '1\\', '%', '_'];
    const filters: Record<string, string[]> = {
      '/api/workers': ['region', 'campaign', 'status'],
      '/api/jobs': ['region', 'campaign', 'industry', 'employer'],
      '/api/employers': ['region', 'campaign'],
      '/api/audit': ['action', 'entity'],
    };
    for (const value of nasty) {
      for (const [route, fields] of Object.entries(filters)) {
        for (const field of fields) {
          const response = await app.inject(as(session, { method: 'GET', url: `${route}?${field}=${encodeURIComponent(value)}` }));
          // Either refused as malformed, or matched literally (nothing has such a value).
          if (response.statusCode === 200) expect((response.json() as { total: number }).total, `${route} ${field}=${value}`).toBe(0);
          else expect(response.statusCode, `${route} ${field}=${value}`).toBe(400);
          expect(response.body).not.toMatch(/syntax error|at \//);
        }
      }
    }
    const count = await ctx().db.selectFrom('workers').select('id').execute();
    expect(count.length).toBe(50);
  });
});
