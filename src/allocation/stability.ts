// Proposals that do not shuffle between runs. Many optimal answers usually exist (two
// vacancies worth the same to a worker), and which one the engine returns depends on the
// whole instance, so a re-run after a few confirmations or registrations could move a
// worker from the vacancy an officer already discussed to an equal one elsewhere.
// Moving such workers back changes nothing the contract counts: same value, a vacancy
// with room, every rule still held. The answer stays exact.
import { value } from '../engines/match/rules.js';
import type { Assignment, MatchInstance } from '../engines/match/types.js';

export type Settled = { assignments: Assignment[]; restored: number };

/**
 * Returns `assignments` with every worker whose previous vacancy (`previous`: worker id →
 * job id) still has room and is worth exactly as much moved back to it. Workers in `fixed`
 * (confirmed pairs) never move. Moves free places, so it repeats until nothing moves.
 */
export function preferPrevious(
  instance: MatchInstance,
  assignments: readonly Assignment[],
  previous: ReadonlyMap<string, string>,
  fixed: ReadonlySet<string> = new Set(),
): Settled {
  const workers = new Map(instance.workers.map((w) => [w.id, w]));
  const jobs = new Map(instance.jobs.map((j) => [j.id, j]));
  const load = new Map<string, number>();
  for (const pair of assignments) load.set(pair.job, (load.get(pair.job) ?? 0) + 1);
  const out = assignments.map((pair) => ({ ...pair }));
  let restored = 0;
  for (let moved = true; moved; ) {
    moved = false;
    for (const pair of out) {
      const before = previous.get(pair.worker);
      if (before === undefined || before === pair.job || fixed.has(pair.worker)) continue;
      const worker = workers.get(pair.worker);
      const back = jobs.get(before);
      const now = jobs.get(pair.job);
      if (!worker || !back || !now || (load.get(before) ?? 0) >= back.headcount) continue;
      const worth = value(worker, back);
      if (worth === null || worth !== value(worker, now)) continue;
      load.set(pair.job, (load.get(pair.job) ?? 0) - 1);
      load.set(before, (load.get(before) ?? 0) + 1);
      pair.job = before;
      restored += 1;
      moved = true;
    }
  }
  return { assignments: out, restored };
}
