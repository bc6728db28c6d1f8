// `menkou demo --simulate-day 2021-01-06`: plays a departure day of the demo campaign through
// the HTTP API, as the people of the day would (in process, by inject: no port is opened).
// An officer account of the simulator's own signs in with a password; check-ins come from
// three phones per gathering point, a few with a fever or a failed check, some people never
// come; one phone is offline and syncs its records after its coach left; one worker is
// scanned at the wrong coach; coaches depart with the head count; two no-shows are rebooked
// onto the next departure day; at the gate nearly everyone is handed over, one is absent,
// and a few coaches are left unconfirmed so the overdue list has something to show.
// Record ids are derived from the day and the person, so a second run repeats the same
// records and the server answers "duplicate": the day is played once whatever happens.
import { createHash } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { domainError } from '../core/errors.js';
import { createRng } from '../core/random.js';
import { buildServer } from '../server.js';
import { ensureSimulatorOfficer } from './demo.simulate.account.js';

type Trip = { id: string; number: string; departureDate: string; gatheringPointId: string | null };
type Passenger = { tripId: string; workerId: string; state: string; estimatedArrival: string | null };
export type SimulatedDay = {
  date: string; trips: number; passengers: number; checkins: number; refused: number; noShows: number; lateOffline: number;
  rebooked: number; handedOver: number; absent: number; leftOverdue: number; reconciliation: Record<string, unknown>;
};

const BATCH = 500;

/** A UUID fixed by its parts (sha-256, shaped as version 4), so re-runs send the same ids. */
function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Beijing time on the day, minutes after midnight, as ISO with its offset. */
function at(date: string, minutes: number): string {
  const m = Math.max(0, Math.min(minutes, 24 * 60 - 1));
  return `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

type Client = <T>(method: 'GET' | 'POST', url: string, payload?: unknown) => Promise<T>;

async function signedInClient(app: FastifyInstance, login: string, password: string): Promise<Client> {
  const signIn = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (signIn.statusCode !== 200) throw new Error(`simulator sign-in failed: ${signIn.statusCode} ${signIn.body}`);
  const setCookie = signIn.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0];
  const csrf = (signIn.json() as { csrfToken: string }).csrfToken;
  return async <T>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> => {
    const options: InjectOptions = { method, url, headers: { cookie, 'x-csrf-token': csrf }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) };
    const response = await app.inject(options);
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json() as T;
  };
}

export async function simulateDay(ctx: AppContext, actor: Actor, campaignId: string, date: string, log: (line: string) => void = () => undefined): Promise<SimulatedDay> {
  const credentials = await ensureSimulatorOfficer(ctx, actor);
  const app = await buildServer(ctx, { printCode: () => undefined, sms: { kind: 'console', send: async () => undefined } });
  try {
    const call = await signedInClient(app, credentials.login, credentials.password);
    const trips = (await call<{ items: Trip[] }>('GET', `/api/campaigns/${campaignId}/trips?date=${date}`)).items;
    if (trips.length === 0) {
      throw domainError({ code: 'not_found', record: `--simulate-day ${date}`, zh: '该日没有车次：先运行 menkou demo（或 trips plan）排车', en: 'no coaches on that day: run menkou demo (or trips plan) first' });
    }
    const passengers = (await call<{ items: Passenger[] }>('GET', `/api/campaigns/${campaignId}/passengers?date=${date}`)).items;
    log(`${date}: 车辆 coaches ${trips.length}，乘客 passengers ${passengers.length}`);
    const rng = createRng(Number(date.replaceAll('-', '')));
    const byTrip = new Map<string, Passenger[]>(trips.map((t) => [t.id, []]));
    for (const p of passengers) byTrip.get(p.tripId)?.push(p);

    // Check-in: who comes, and what their check says. The first coach's third phone is offline.
    const offlineTrip = trips[0].id;
    type Item = { id: string; tripId: string; workerId: string; at: string; identity: 'verified' | 'mismatch'; temperature: number; security: 'passed' | 'failed' };
    const online: { deviceId: string; item: Item }[] = [];
    const offline: Item[] = [];
    const noShows: Passenger[] = [];
    let refused = 0;
    const onBoard = new Map<string, number>();
    trips.forEach((trip, index) => {
      let boarded = 0;
      (byTrip.get(trip.id) ?? []).forEach((p, seat) => {
        if (p.state !== 'expected') return;
        if (rng.chance(0.012)) { noShows.push(p); return; }
        const fever = rng.chance(0.004);
        const failed = !fever && rng.chance(0.001);
        const phone = seat % 3;
        const item: Item = {
          id: stableId(date, 'checkin', p.tripId, p.workerId), tripId: p.tripId, workerId: p.workerId,
          at: at(date, 6 * 60 + 30 + (index % 40) + rng.int(0, 40)), identity: 'verified',
          temperature: fever ? 38 + rng.int(0, 9) / 10 : 36 + rng.int(1, 8) / 10, security: failed ? 'failed' : 'passed',
        };
        if (fever || failed) refused += 1; else boarded += 1;
        if (trip.id === offlineTrip && phone === 2) offline.push(item);
        else online.push({ deviceId: `sim-${trip.gatheringPointId ?? 'point'}-${phone + 1}`, item });
      });
      onBoard.set(trip.id, boarded);
    });
    // One worker scanned at the wrong coach: the server sends them to the right one (needs attention).
    if (trips.length > 1 && (byTrip.get(trips[1].id)?.length ?? 0) > 0) {
      const stray = (byTrip.get(trips[1].id) ?? [])[0];
      online.push({ deviceId: `sim-${trips[0].gatheringPointId ?? 'point'}-1`, item: {
        id: stableId(date, 'stray', stray.workerId), tripId: trips[0].id, workerId: stray.workerId, at: at(date, 6 * 60 + 35),
        identity: 'verified', temperature: 36.5, security: 'passed',
      } });
    }
    const devices = new Map<string, Item[]>();
    for (const { deviceId, item } of online) devices.set(deviceId, [...(devices.get(deviceId) ?? []), item]);
    for (const [deviceId, items] of devices) {
      for (const part of chunks(items)) await call('POST', '/api/checkins', { deviceId, items: part });
    }
    log(`  检录 checked ${online.length} 条 records（${refused} 人未通过 refused），未到 no-shows ${noShows.length}，离线手机待传 offline phone holding ${offline.length}`);

    // Departure with the head count on board (the offline phone's people are on the coach).
    for (const [index, trip] of trips.entries()) {
      await call('POST', `/api/trips/${trip.id}/departure`, {
        id: stableId(date, 'departure', trip.id), at: at(date, 8 * 60 + (index % 30)), onBoard: onBoard.get(trip.id) ?? 0, deviceId: 'sim-departure',
      });
    }
    // The offline phone comes back: its records were made before the departure, so they count.
    for (const part of chunks(offline)) await call('POST', '/api/checkins', { deviceId: `sim-${trips[0].gatheringPointId ?? 'point'}-3`, items: part });
    log(`  发车 departed ${trips.length} 辆 coaches；离线手机补传 the offline phone synced ${offline.length}`);

    // Two no-shows rebooked onto a coach of the next departure day, when there is one.
    const later = (await call<{ items: Trip[] }>('GET', `/api/campaigns/${campaignId}/trips`)).items.filter((t) => t.departureDate > date)
      .sort((a, b) => a.departureDate.localeCompare(b.departureDate))[0];
    let rebooked = 0;
    if (later) {
      for (const p of noShows.slice(0, 2)) {
        await call('POST', `/api/trips/${p.tripId}/rebook`, { workerId: p.workerId, toTripId: later.id });
        rebooked += 1;
      }
    }

    // At the gate: all coaches but the last three are confirmed; one person is absent.
    const departed = (await call<{ items: Passenger[] }>('GET', `/api/campaigns/${campaignId}/passengers?date=${date}&state=departed`)).items;
    const unconfirmed = new Set(trips.slice(-3).map((t) => t.id));
    const handover = departed.filter((p) => !unconfirmed.has(p.tripId));
    let absent = 0;
    const arrivals = new Map<string, { id: string; workerId: string; at: string; outcome: 'handed_over' | 'absent' }[]>();
    for (const p of handover) {
      const outcome = absent === 0 ? 'absent' : 'handed_over';
      if (outcome === 'absent') absent += 1;
      const eta = p.estimatedArrival ? new Date(p.estimatedArrival).getTime() : Date.parse(at(date, 18 * 60));
      const when = new Date(eta + 20 * 60_000).toISOString();
      arrivals.set(p.tripId, [...(arrivals.get(p.tripId) ?? []), { id: stableId(date, 'arrival', p.tripId, p.workerId), workerId: p.workerId, at: when, outcome }]);
    }
    for (const [tripId, items] of arrivals) {
      for (const part of chunks(items)) await call('POST', `/api/trips/${tripId}/arrivals`, { deviceId: 'sim-gate', items: part });
    }
    const reconciliation = await call<Record<string, unknown>>('GET', `/api/campaigns/${campaignId}/reconciliation?date=${date}`);
    log(`  交接 handed over ${handover.length - absent}，未到 absent ${absent}，未确认车辆 coaches left unconfirmed ${unconfirmed.size}`);
    return {
      date, trips: trips.length, passengers: passengers.length, checkins: online.length + offline.length, refused, noShows: noShows.length,
      lateOffline: offline.length, rebooked, handedOver: handover.length - absent, absent, leftOverdue: departed.length - handover.length, reconciliation,
    };
  } finally {
    await app.close();
  }
}
