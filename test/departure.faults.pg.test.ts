// Departure day through a bad network and a crash (issue 12, reliability): six phones send a
// day's check-ins, departures and late offline records through a proxy that drops or
// duplicates 30 % of requests and responses, while the server (its own process, on
// PostgreSQL) is killed with SIGKILL and started again in the middle. The phones retry what
// got no answer, with the same record ids, as the check-in page does. Afterwards the day must
// equal a clean run of the same records on a copy of the same database: no record lost, none
// stored twice, every passenger in the same state.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppContext, openAppContext } from '../src/app/context.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { dayOf, reconcile } from '../src/departure/reconcile.service.js';
import { buildServer } from '../src/server.js';
import { tempDir } from './fixtures.js';
import { createPgDatabase } from './pg-cluster.js';
import { type SeatedDay, seatDemoDay } from './seated-day.js';

const DATE = '2021-01-06';
const DEVICES = 6;
const BATCH = 10;
const ROOT = path.resolve(import.meta.dirname, '..');
const pgMissing = !inject('pgUrl');

type Send = { path: string; body: unknown };

/** The day's traffic in three waves: check-ins, then each coach's departure, then the records a phone kept offline. */
function traffic(day: SeatedDay): { checkins: Send[][]; departures: Send[]; late: Send[] } {
  const perDevice: object[][] = Array.from({ length: DEVICES }, () => []);
  const lateItems: object[] = [];
  const at = (time: string) => `${DATE}T${time}:00+08:00`;
  const base = (p: SeatedDay['passengers'][number], time: string, temperature = 36.5) => ({
    id: randomUUID(), tripId: p.tripId, workerId: p.workerId, at: at(time), identity: 'verified', temperature, security: 'passed',
  });
  day.passengers.forEach((p, i) => {
    const device = perDevice[i % DEVICES];
    if (i % 10 === 0) return; // never came: no_show after departure
    if (i % 10 === 1) device.push(base(p, '07:20', 38.6)); // fever: refused
    else if (i % 10 === 2) device.push(base(p, '07:10', 38.6), base(p, '07:40')); // re-check passes: boards
    else if (i % 10 === 3) lateItems.push(base(p, '07:50')); // made offline before departure, synced after
    else if (i % 25 === 4) lateItems.push(base(p, '09:30')); // made after departure: rejected, stays no_show
    else {
      const record = base(p, '07:30');
      device.push(record);
      if (i % 7 === 0) perDevice[(i + 1) % DEVICES].push(record); // the same scan sent from a second phone
    }
  });
  const batches = (items: object[], deviceId: string) => {
    const out: Send[] = [];
    for (let i = 0; i < items.length; i += BATCH) out.push({ path: '/api/checkins', body: { deviceId, items: items.slice(i, i + BATCH) } });
    return out;
  };
  const onBoard = (tripId: string) => day.passengers.filter((p, i) => p.tripId === tripId && i % 10 >= 2 && i % 10 !== 3).length;
  return {
    checkins: perDevice.map((items, d) => batches(items, `phone-${d + 1}`)),
    departures: day.tripIds.map((tripId) => ({ path: `/api/trips/${tripId}/departure`, body: { id: randomUUID(), at: at('08:30'), onBoard: onBoard(tripId) } })),
    late: batches(lateItems, 'phone-offline'),
  };
}

/** Seeded, so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Faults = { droppedRequests: number; duplicated: number; droppedResponses: number; upstreamDown: number };

/** 10 % of requests never reach the server, 10 % reach it twice, 10 % of answers never come back. */
function faultyProxy(target: () => number, roll: () => number): { server: http.Server; faults: Faults } {
  const faults: Faults = { droppedRequests: 0, duplicated: 0, droppedResponses: 0, upstreamDown: 0 };
  const forward = (req: http.IncomingMessage, body: Buffer) => new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const upstream = http.request({ host: '127.0.0.1', port: target(), path: req.url, method: req.method, headers: req.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const r = roll();
      if (r < 0.1) {
        faults.droppedRequests += 1;
        req.socket.destroy();
        return;
      }
      try {
        if (r < 0.2) {
          faults.duplicated += 1;
          await forward(req, body).catch(() => undefined);
        }
        const answer = await forward(req, body);
        if (r < 0.3) {
          faults.droppedResponses += 1;
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.status, { 'content-type': answer.headers['content-type'] ?? 'application/json', ...(answer.headers['set-cookie'] ? { 'set-cookie': answer.headers['set-cookie'] } : {}) });
        res.end(answer.body);
      } catch {
        faults.upstreamDown += 1;
        res.writeHead(502).end();
      }
    });
  });
  return { server, faults };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

function startServer(databaseUrl: string, masterKeyHex: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/menkou.js'), 'serve', '--port', String(port)], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: databaseUrl, MENKOU_KEY: masterKeyHex, MENKOU_DEMO: 'off', MENKOU_DATA_DIR: tempDir('menkou-faults-'), LOG_LEVEL: 'warn' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('/m/')) resolve(child);
    });
    child.stderr?.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

/** A phone: send until the server answers 200, the same body each time, as the check-in page's outbox does. */
async function sendUntilAnswered(base: string, auth: { cookie: string; csrf: string }, send: Send): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(`${base}${send.path}`, {
        method: 'POST', signal: AbortSignal.timeout(15_000),
        headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
        body: JSON.stringify(send.body),
      });
      await response.arrayBuffer();
      if (response.status === 200) return attempt;
      if (response.status !== 502 && response.status < 500) throw new Error(`${send.path}: HTTP ${response.status}`);
    } catch (error) {
      if (error instanceof Error && error.message.includes('HTTP')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.min(attempt, 10) * 30));
  }
}

async function counts(ctx: AppContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['checkin_records', 'trip_departures', 'needs_attention']) {
    out[table] = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db)).rows[0].n);
  }
  out.journeyEvents = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM worker_events WHERE type IN ('checked_in', 'refused', 'departed', 'no_show')`.execute(ctx.db)).rows[0].n);
  return out;
}

async function statesOf(ctx: AppContext, day: SeatedDay): Promise<Record<string, string>> {
  const people = await dayOf(ctx, CLI_ACTOR, day.campaignId, DATE, new Date('2021-01-06T12:00:00+08:00'));
  return Object.fromEntries(people.map((p) => [`${p.trip_id}|${p.worker_id}`, p.state]));
}

describe.skipIf(pgMissing)('departure day through dropped and doubled requests and a killed server [postgres]', () => {
  const masterKeyHex = randomBytes(32).toString('hex');
  let clean: AppContext | undefined;
  let faulty: AppContext | undefined;
  let child: ChildProcess | undefined;
  let day: SeatedDay;
  let cleanUrl = '';
  let faultyUrl = '';

  beforeAll(async () => {
    cleanUrl = await createPgDatabase(inject('pgUrl'), 'faults');
    const setup = await openAppContext({ databaseUrl: cleanUrl, masterKeyHex, seedDemo: false, logLevel: 'silent' });
    day = await seatDemoDay(setup, { passengers: 500, date: DATE });
    await setup.close();
    // The faulty run gets an exact copy (same ids), so the two days compare passenger by passenger.
    const faultyName = `faults_copy_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('pgUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${faultyName} TEMPLATE ${new URL(cleanUrl).pathname.slice(1)}`);
    await admin.end();
    const url = new URL(cleanUrl);
    url.pathname = `/${faultyName}`;
    faultyUrl = url.toString();
    clean = await openAppContext({ databaseUrl: cleanUrl, masterKeyHex, seedDemo: false, logLevel: 'silent' });
  }, 300_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await clean?.close();
    await faulty?.close();
  });

  it('ends in the same states as a clean run: nothing lost, nothing twice', { timeout: 600_000 }, async () => {
    if (!clean) throw new Error('not set up');
    const waves = traffic(day);

    // The clean run: the same requests, once each, in order, no faults.
    const app = await buildServer(clean, { printCode: () => undefined });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'admin', password: day.adminPassword } });
    const headers = { cookie: String(login.headers['set-cookie']).split(';')[0], 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken };
    for (const send of [...waves.checkins.flat(), ...waves.departures, ...waves.late]) {
      const response = await app.inject({ method: 'POST', url: send.path, headers, payload: send.body as object });
      expect(response.statusCode, send.path).toBe(200);
    }
    await app.close();

    // The faulty run: its own server process, behind the proxy, killed halfway through the check-ins.
    const port = await freePort();
    child = await startServer(faultyUrl, masterKeyHex, port);
    const { server: proxy, faults } = faultyProxy(() => port, random(20210106));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: day.adminPassword }) });
    const auth = { cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0], csrf: ((await signIn.json()) as { csrfToken: string }).csrfToken };

    const total = waves.checkins.flat().length;
    let answered = 0;
    let restarted: Promise<void> | undefined;
    const crashHalfway = () => {
      answered += 1;
      if (restarted || answered < total / 2 || !child) return;
      const killed = child;
      restarted = (async () => {
        const exited = new Promise((resolve) => killed.once('exit', resolve));
        killed.kill('SIGKILL');
        await exited;
        child = await startServer(faultyUrl, masterKeyHex, port);
      })();
    };
    let attempts = 0;
    await Promise.all(waves.checkins.map(async (phone) => {
      for (const send of phone) {
        const tries = await sendUntilAnswered(base, auth, send);
        attempts += tries;
        crashHalfway();
      }
    }));
    await restarted;
    expect(restarted, 'the server was killed and started again').toBeDefined();
    for (const send of waves.departures) attempts += await sendUntilAnswered(base, auth, send);
    for (const tries of await Promise.all(waves.late.map((send) => sendUntilAnswered(base, auth, send)))) attempts += tries;
    proxy.close();

    faulty = await openAppContext({ databaseUrl: faultyUrl, masterKeyHex, seedDemo: false, logLevel: 'silent' });
    const sends = total + waves.departures.length + waves.late.length;
    // The faults really happened, on about 30 % of the traffic, and the phones had to retry.
    expect(faults.droppedRequests + faults.duplicated + faults.droppedResponses).toBeGreaterThan(sends * 0.15);
    expect(attempts).toBeGreaterThan(sends);

    const noon = new Date('2021-01-06T12:00:00+08:00');
    const cleanDay = await reconcile(clean, CLI_ACTOR, day.campaignId, DATE, noon);
    const faultyDay = await reconcile(faulty, CLI_ACTOR, day.campaignId, DATE, noon);
    expect(faultyDay.unaccounted).toBe(0);
    expect(faultyDay.passengers).toBe(day.passengers.length);
    expect(faultyDay.states).toEqual(cleanDay.states);
    expect(cleanDay.states.departed).toBeGreaterThan(0);
    expect(cleanDay.states.refused).toBeGreaterThan(0);
    expect(cleanDay.states.no_show).toBeGreaterThan(0);
    expect(await statesOf(faulty, day)).toEqual(await statesOf(clean, day));
    expect(await counts(faulty), 'every record stored once').toEqual(await counts(clean));
  });
});
