// Sending the outbox: the signed-in account's waiting check-ins (POST /api/checkins) and
// handovers (POST /api/trips/{id}/arrivals, one request per coach), up to 500 a request.
// Nothing is marked "sending": a record stays waiting until the server's result for its id
// comes back, so a dropped answer just means it is sent again, and the server answers that
// second copy `duplicate` (the id is the idempotency key). Both desks share this pass, the
// clock offset it keeps and the count the status bar shows.
import type { EntityTable } from 'dexie';
import { type BatchAnswer, call, type Problem } from './api';
import { db, deviceId, patchMeta, type QueuedArrival, type QueuedRecord } from './store';

export const BATCH = 500;

export type SyncResult = { sent: number; problem?: Problem };

type Sendable = { id: string; deviceId: string; account: string; status: string };

/** One kind of record in the outbox: where a record goes and what of it is sent. */
type Queue<R extends Sendable> = { table: EntityTable<R, 'id'>; path: (r: R) => string; item: (r: R) => Record<string, unknown> };

const CHECKINS: Queue<QueuedRecord> = {
  table: db.records,
  path: () => '/api/checkins',
  item: (r) => ({ id: r.id, tripId: r.tripId, workerId: r.workerId, at: r.at, identity: r.identity, temperature: r.temperature, security: r.security }),
};

const ARRIVALS: Queue<QueuedArrival> = {
  table: db.arrivals,
  path: (r) => `/api/trips/${r.tripId}/arrivals`,
  item: (r) => ({ id: r.id, workerId: r.workerId, at: r.at, outcome: r.outcome }),
};

/** The server's clock minus the phone's, at the middle of a round trip that began at `started`. */
export function offsetOf(serverTime: string, started: number, ended = Date.now()): number {
  return new Date(serverTime).getTime() - (started + ended) / 2;
}

let running: Promise<SyncResult> | undefined;

/** One pass over the outbox; concurrent callers share the pass that is running. */
export function syncNow(account: string): Promise<SyncResult> {
  running ??= pass(account).finally(() => { running = undefined; });
  return running;
}

async function pass(account: string): Promise<SyncResult> {
  let sent = 0;
  let problem: Problem | undefined;
  const queues = [() => drain(account, CHECKINS), () => drain(account, ARRIVALS)];
  for (const send of queues) {
    const result = await send();
    sent += result.sent;
    problem ??= result.problem;
    // Offline or signed out: the next queue would fail the same way.
    if (result.problem && (result.problem.offline || result.problem.status === 401)) break;
  }
  return { sent, problem };
}

async function drain<R extends Sendable>(account: string, queue: Queue<R>): Promise<SyncResult> {
  let sent = 0;
  let problem: Problem | undefined;
  // A path the server refused as a whole (a coach no longer in reach) is skipped for the
  // rest of this pass, so one coach cannot hold back the others; its records stay waiting.
  const refused = new Set<string>();
  for (;;) {
    const waiting = (await queue.table.where('[account+status]').equals([account, 'waiting']).toArray()).filter((r) => !refused.has(queue.path(r)));
    if (waiting.length === 0) break;
    const path = queue.path(waiting[0]);
    const batch = waiting.filter((r) => queue.path(r) === path).slice(0, BATCH);
    const started = Date.now();
    const answer = await call<BatchAnswer>('POST', path, { deviceId: batch[0].deviceId || deviceId(), items: batch.map(queue.item) });
    if (!answer.ok) {
      problem = answer.problem;
      await patchMeta(account, { syncProblem: problem.offline ? undefined : problem.status === 401 ? 'signin' : problem.zh });
      if (problem.offline || problem.status === 401) return { sent, problem };
      refused.add(path);
      continue;
    }
    const now = Date.now();
    const byId = new Map(answer.data.results.map((r) => [r.id, r]));
    let applied = 0;
    await db.transaction('rw', queue.table, async () => {
      for (const record of batch) {
        const result = byId.get(record.id);
        if (!result) continue;
        applied += 1;
        await queue.table.update(record, { status: result.outcome, reason: result.reason, serverState: result.state, syncedAt: now } as never);
      }
    });
    await patchMeta(account, { lastSyncAt: now, clockOffsetMs: offsetOf(answer.data.serverTime, started, now), ...(problem ? {} : { syncProblem: undefined }) });
    sent += batch.length;
    // An answer that settled nothing would only repeat itself.
    if (applied === 0) refused.add(path);
  }
  return { sent, problem };
}
