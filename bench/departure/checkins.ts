// Departure-day load: `node --import tsx bench/departure/checkins.ts [--db=postgres|pglite] [--passengers=5000] [--devices=12] [--batch=20]`.
// Target (issue 12): 5,000 check-ins from 12 devices within a minute against the server on
// PostgreSQL, every record stored once; aim ≥ 1,000 check-ins/s, p99 ≤ 100 ms.
// The demo is built into a throwaway PostgreSQL cluster (fsync off, as the tests run it) or
// an in-memory PGlite; its confirmed workers are put on 50-seat coaches directly (the
// planner has its own bench), the real server listens on 127.0.0.1, and 12 devices each
// post their share in batches over HTTP at the same time, one in ten batches sent twice
// (a retry after a lost answer). Latency is per request (a batch), from send to answer.
import { randomBytes, randomUUID } from 'node:crypto';
import { openAppContext } from '../../src/app/context.js';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import { reconcile } from '../../src/departure/reconcile.service.js';
import { buildServer } from '../../src/server.js';
import { createPgDatabase, startPgCluster } from '../../test/pg-cluster.js';
import { seatDemoDay } from '../../test/seated-day.js';

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const kind = arg('db') ?? 'postgres';
const passengers = Number(arg('passengers') ?? 5000);
const devices = Number(arg('devices') ?? 12);
const batchSize = Number(arg('batch') ?? 20);
const DAY = '2021-01-06';

const cluster = kind === 'postgres' ? await startPgCluster() : undefined;
const databaseUrl = cluster ? await createPgDatabase(cluster.url, 'bench') : undefined;
const ctx = await openAppContext({ databaseUrl, logLevel: 'silent', seedDemo: false, masterKeyHex: randomBytes(32).toString('hex') });
try {
  const t0 = Date.now();
  const day = await seatDemoDay(ctx, { passengers, date: DAY });
  const items = day.passengers.map((p) => ({
    id: randomUUID(), tripId: p.tripId, workerId: p.workerId, at: '2021-01-06T07:30:00+08:00', identity: 'verified', temperature: 36.5, security: 'passed',
  }));
  process.stdout.write(`${kind}: ${items.length} passengers on ${day.tripIds.length} coaches, set up in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

  const app = await buildServer(ctx, { printCode: () => undefined });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const password = day.adminPassword;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  const latencies: number[] = [];
  let requests = 0;
  let outcomes: Record<string, number> = {};
  const device = async (d: number) => {
    const mine = items.filter((_, i) => i % devices === d);
    for (let i = 0; i < mine.length; i += batchSize) {
      const batch = mine.slice(i, i + batchSize);
      const times = (i / batchSize) % 10 === 3 ? 2 : 1;
      for (let k = 0; k < times; k += 1) {
        const started = performance.now();
        const response = await fetch(`${base}/api/checkins`, {
          method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ deviceId: `phone-${String(d + 1).padStart(2, '0')}`, items: batch }),
        });
        const body = (await response.json()) as { results: { outcome: string }[] };
        latencies.push(performance.now() - started);
        requests += 1;
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        for (const r of body.results) outcomes = { ...outcomes, [r.outcome]: (outcomes[r.outcome] ?? 0) + 1 };
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: devices }, (_, d) => device(d)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const stored = await ctx.db.selectFrom('worker_events').select(({ fn }) => fn.countAll<number>().as('n')).where('type', '=', 'checked_in').executeTakeFirstOrThrow();
  const r = await reconcile(ctx, CLI_ACTOR, day.campaignId, DAY);
  process.stdout.write(`${items.length} check-ins from ${devices} devices in batches of ${batchSize}: ${seconds.toFixed(1)} s, ${(items.length / seconds).toFixed(0)} check-ins/s (new records), ${requests} requests\n`);
  process.stdout.write(`per request: p50 ${pct(50).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms\n`);
  process.stdout.write(`outcomes ${JSON.stringify(outcomes)}; journey events ${Number(stored.n)}; reconciliation checked_in ${r.states.checked_in} of ${r.passengers}, unaccounted ${r.unaccounted}\n`);
  if (Number(stored.n) !== items.length || r.states.checked_in !== items.length) throw new Error('a record was lost or stored twice');
  await app.close();
} finally {
  await ctx.close();
  cluster?.stop();
}
