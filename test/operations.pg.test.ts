// Health, readiness and metrics on both databases: readiness says when a migration is
// missing; /metrics is off unless set, and then answers loopback or the token only.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildServer } from '../src/server.js';
import { describeEachDatabase } from './db.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const REMOTE = '203.0.113.5';

describeEachDatabase('health, readiness and metrics', (ctx) => {
  let plain: FastifyInstance;
  let metered: FastifyInstance;
  beforeAll(async () => {
    plain = await buildServer(ctx());
    metered = await buildServer(ctx(), { metrics: { enabled: true, token: TOKEN } });
  });
  afterAll(async () => {
    await plain.close();
    await metered.close();
  });

  it('answers liveness and readiness without a session', async () => {
    expect((await plain.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok', database: ctx().kind });
    const ready = await plain.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', reachable: true, migrationsPending: [] });
    expect(ready.json().migrationsApplied).toBeGreaterThan(10);
  });

  it('is not ready while a migration this build ships has not run', async () => {
    const last = await sql<{ name: string; timestamp: string }>`SELECT name, timestamp FROM kysely_migration ORDER BY name DESC LIMIT 1`.execute(ctx().db);
    const { name, timestamp } = last.rows[0];
    await sql`DELETE FROM kysely_migration WHERE name = ${name}`.execute(ctx().db);
    try {
      const ready = await plain.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'not_ready', reachable: true, migrationsPending: [name], en: 'database migrations are pending' });
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${name}, ${timestamp})`.execute(ctx().db);
    }
    expect((await plain.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
  });

  it('has no /metrics unless it is switched on', async () => {
    expect((await plain.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    expect((await plain.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(404);
  });

  it('answers /metrics to loopback and to the token only', async () => {
    await metered.inject({ method: 'GET', url: '/api/health' });
    const local = await metered.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(local.statusCode).toBe(200);
    expect(local.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(local.body).toMatch(/menkou_http_requests_total\{method="GET",route="\/api\/health",status="200"\} [1-9]/);
    expect(local.body).toMatch(/menkou_http_request_duration_seconds_count\{method="GET",route="\/api\/health"\} [1-9]/);
    expect((await metered.inject({ method: 'GET', url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);

    const stranger = await metered.inject({ method: 'GET', url: '/metrics', remoteAddress: REMOTE });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.body).not.toContain('menkou_http');
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, 'Bearer ']) {
      expect((await metered.inject({ method: 'GET', url: '/metrics', remoteAddress: REMOTE, headers: { authorization } })).statusCode, authorization).toBe(403);
    }
    const withToken = await metered.inject({ method: 'GET', url: '/metrics', remoteAddress: REMOTE, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.statusCode).toBe(200);
  });

  it('labels requests by route pattern, and unknown addresses as one series', async () => {
    await metered.inject({ method: 'GET', url: '/api/jobs/00000000-0000-0000-0000-000000000001' });
    await metered.inject({ method: 'GET', url: '/api/no-such-thing-1' });
    await metered.inject({ method: 'GET', url: '/api/no-such-thing-2' });
    const body = (await metered.inject({ method: 'GET', url: '/metrics' })).body;
    expect(body).toContain('route="/api/jobs/:id",status="401"');
    expect(body).not.toContain('00000000-0000-0000-0000-000000000001');
    expect(body).not.toContain('no-such-thing');
    // The web console's fallback route takes every other address (401 first for /api ones).
    expect(body).toMatch(/menkou_http_requests_total\{method="GET",route="\/\*",status="401"\} 2$/m);
  });

  it('counts import rows, allocation runs, check-ins and running work from the database', async () => {
    const before = (await metered.inject({ method: 'GET', url: '/metrics' })).body;
    expect(before).toMatch(/^menkou_checkins_synced_total 0$/m);
    await ctx().db.insertInto('import_runs').values({
      kind: 'workers', campaign_id: null, actor_id: null, actor_login: 'test', region_prefix: '', file_name: 'w.xlsx', status: 'running', rows: 42,
    }).execute();
    const after = (await metered.inject({ method: 'GET', url: '/metrics' })).body;
    expect(after).toMatch(/^menkou_import_rows_total\{kind="workers"\} 42$/m);
    expect(after).toMatch(/^menkou_queue_length\{queue="imports"\} 1$/m);
    expect(after).toMatch(/^menkou_queue_length\{queue="allocations"\} 0$/m);
    expect(after).toMatch(/^# TYPE menkou_allocation_runs_total counter$/m);
  });
});
