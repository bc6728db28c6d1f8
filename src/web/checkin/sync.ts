// Sending the queue: the signed-in account's waiting records, up to 500 a request, oldest
// first. Nothing is marked "sending": a record stays waiting until the server's result for
// its id comes back, so a dropped answer just means it is sent again, and the server
// answers that second copy `duplicate` (the id is the idempotency key).
import { type BatchAnswer, call, type Problem } from './api';
import { db, deviceId, patchMeta, waitingRecords } from './store';

export const BATCH = 500;

export type SyncResult = { sent: number; problem?: Problem };

let running: Promise<SyncResult> | undefined;

/** One pass over the queue; concurrent callers share the pass that is running. */
export function syncNow(account: string): Promise<SyncResult> {
  running ??= pass(account).finally(() => { running = undefined; });
  return running;
}

async function pass(account: string): Promise<SyncResult> {
  let sent = 0;
  for (;;) {
    const batch = await waitingRecords(account, BATCH);
    if (batch.length === 0) break;
    const started = Date.now();
    const answer = await call<BatchAnswer>('POST', '/api/checkins', {
      deviceId: batch[0].deviceId || deviceId(),
      items: batch.map((r) => ({ id: r.id, tripId: r.tripId, workerId: r.workerId, at: r.at, identity: r.identity, temperature: r.temperature, security: r.security })),
    });
    if (!answer.ok) {
      await patchMeta(account, { syncProblem: answer.problem.offline ? undefined : answer.problem.status === 401 ? 'signin' : answer.problem.zh });
      return { sent, problem: answer.problem };
    }
    const now = Date.now();
    // The server's clock at the middle of the round trip.
    const offset = new Date(answer.data.serverTime).getTime() - (started + now) / 2;
    const byId = new Map(answer.data.results.map((r) => [r.id, r]));
    let applied = 0;
    await db.transaction('rw', db.records, async () => {
      for (const record of batch) {
        const result = byId.get(record.id);
        if (!result) continue;
        applied += 1;
        await db.records.update(record.id, { status: result.outcome, reason: result.reason, serverState: result.state, syncedAt: now });
      }
    });
    await patchMeta(account, { lastSyncAt: now, clockOffsetMs: offset, syncProblem: undefined });
    sent += batch.length;
    // A short batch was the last; an answer that settled nothing would only repeat itself.
    if (batch.length < BATCH || applied === 0) break;
  }
  return { sent };
}
