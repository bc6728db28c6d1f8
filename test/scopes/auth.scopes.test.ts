// Accounts, sessions and the audit log by role: who may create whom, who sees which entries.
import { expect, it } from 'vitest';
import { TEST_PASSWORD } from '../session.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];

describeEachDatabase('account and audit routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/auth/me'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/auth/me');
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : 200);
      if (role !== 'anonymous') expect((response.json() as { role: string }).role).toBe(
        { admin: 'admin', shanxi: 'province', lvliang: 'city', xingxian: 'county', employer: 'employer', 'checkin-taiyuan': 'checkin', worker: 'worker' }[role],
      );
    }
  });

  it(covers('POST /api/users'), async () => {
    // A county officer of 141123 inside and outside their county, and every role trying.
    const inside = { role: 'county', name: '兴县二号', login: 'xingxian2', password: TEST_PASSWORD, region: '141123' };
    const outside = { role: 'county', name: '临县二号', login: 'linxian2', password: TEST_PASSWORD, region: '141124' };
    const expectations: Record<RoleLogin, [number, number]> = {
      admin: [201, 201], shanxi: [201, 201], lvliang: [201, 201], xingxian: [201, 403],
      employer: [403, 403], 'checkin-taiyuan': [403, 403], worker: [403, 403], anonymous: [401, 401],
    };
    for (const role of ROLES) {
      const a = await world().request(role, 'POST', '/api/users', { ...inside, login: `${inside.login}-${role}` });
      const b = await world().request(role, 'POST', '/api/users', { ...outside, login: `${outside.login}-${role}` });
      expect([a.statusCode, b.statusCode], role).toEqual(expectations[role]);
      // A refusal outside one's region names the field to change.
      if (role === 'xingxian') expect((b.json() as { field?: string }).field).toBe('region');
    }
    // A province officer cannot make an administrator, nor an officer of another province.
    expect((await world().request('shanxi', 'POST', '/api/users', { role: 'admin', name: 'x', login: 'admin2', password: TEST_PASSWORD })).statusCode).toBe(403);
    expect((await world().request('shanxi', 'POST', '/api/users', { ...inside, login: 'henan', region: '410000', role: 'province' })).statusCode).toBe(403);
    // A city officer cannot create a wider (province) account even inside the province.
    expect((await world().request('lvliang', 'POST', '/api/users', { ...inside, login: 'sx2', region: '140000', role: 'province' })).statusCode).toBe(403);
  });

  it(covers('GET /api/users'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/users');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const users = (response.json() as { items: { login: string; regionPrefix: string; role: string }[] }).items;
      if (role === 'admin') expect(users.map((u) => u.login)).toEqual(expect.arrayContaining(['admin', 'employer', 'linxian']));
      else if (role === 'xingxian') {
        expect(users.length).toBeGreaterThan(0);
        expect(users.every((u) => u.regionPrefix.startsWith('141123'))).toBe(true);
        expect(users.map((u) => u.login)).not.toContain('linxian');
      } else if (role === 'shanxi') expect(users.every((u) => u.regionPrefix.startsWith('14'))).toBe(true);
      else if (role === 'lvliang') expect(users.every((u) => u.regionPrefix.startsWith('1411'))).toBe(true);
      else expect(users, role).toEqual([]);
    }
  });

  it(covers('GET /api/audit'), async () => {
    await world().request('xingxian', 'POST', `/api/workers/${world().workers.A}/reveal`);
    await world().request('shanxi', 'POST', `/api/workers/${world().workers.B}/reveal`);
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/audit?action=worker.reveal');
      if (role === 'anonymous') {
        expect(response.statusCode).toBe(401);
        continue;
      }
      const entities = (response.json() as { items: { entityId: string }[] }).items.map((e) => e.entityId).sort();
      const expected = { admin: ['A', 'B'], shanxi: ['A', 'B'], lvliang: ['A'], xingxian: ['A'] }[role as 'admin'] ?? [];
      expect(entities, role).toEqual(expected.map((m) => world().workers[m as 'A' | 'B']).sort());
    }
    // Filters by actor and by day (China time) narrow inside the reach, never widen it.
    type Entry = { actorLogin: string; at: string; entityId: string };
    const byActor = (await world().request('admin', 'GET', '/api/audit?action=worker.reveal&actor=xingxian')).json() as { items: Entry[] };
    expect(byActor.items.map((e) => e.actorLogin)).toEqual(['xingxian']);
    const chinaToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const today = (await world().request('shanxi', 'GET', `/api/audit?action=worker.reveal&from=${chinaToday}&to=${chinaToday}`)).json() as { items: Entry[] };
    expect(today.items).toHaveLength(2);
    const lastYear = (await world().request('shanxi', 'GET', '/api/audit?action=worker.reveal&to=2025-12-31')).json() as { items: Entry[] };
    expect(lastYear.items).toEqual([]);
    const otherActor = (await world().request('xingxian', 'GET', '/api/audit?action=worker.reveal&actor=shanxi')).json() as { items: Entry[] };
    expect(otherActor.items).toEqual([]);
    const bad = await world().request('admin', 'GET', '/api/audit?from=2026-1-1');
    expect([bad.statusCode, (bad.json() as { field?: string }).field]).toEqual([400, 'query.from']);
  });

  it(covers('POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/code', 'POST /api/auth/code/login'), async () => {
    // Signing in is open to all; signing out ends only one's own session.
    const app = world().app;
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'linxian', password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    expect(login.headers['set-cookie']).toMatch(/HttpOnly/);
    expect(login.headers['set-cookie']).toMatch(/SameSite=Strict/);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(403); // no CSRF token
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await world().request('anonymous', 'POST', '/api/auth/logout')).statusCode).toBe(401);
    // The code request answers the same for known and unknown phones.
    const known = await world().request('anonymous', 'POST', '/api/auth/code', { phone: '17700000000' });
    const unknown = await world().request('anonymous', 'POST', '/api/auth/code', { phone: '13900000000' });
    expect([known.statusCode, known.body]).toEqual([unknown.statusCode, unknown.body]);
    expect((await world().request('anonymous', 'POST', '/api/auth/code/login', { phone: '13900000000', code: '000000' })).statusCode).toBe(401);
  });
});
