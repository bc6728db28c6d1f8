import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/match/generate.js';
import { solveMatching } from '../engines/match/solve.js';
import type { Job, MatchInstance, Worker } from '../engines/match/types.js';
import { verifyAssignments } from '../engines/match/verify.js';
import { preferPrevious } from './stability.js';

const worker = (id: string, extra: Partial<Worker> = {}): Worker => ({
  id, age: 30, certificates: [], industries: [], destinations: [], minWage: 3000, priority: false, ...extra,
});
const job = (id: string, headcount: number, extra: Partial<Job> = {}): Job => ({
  id, site: '320505', industry: 'logistics', headcount, wage: 5000, certificates: [], ageMin: null, ageMax: null, ...extra,
});

describe('preferPrevious', () => {
  const instance: MatchInstance = { workers: [worker('a'), worker('b')], jobs: [job('j1', 2), job('j2', 1), job('j3', 1, { wage: 9000 })] };

  it('moves a worker back to an equally good previous vacancy with room, keeping the objective', () => {
    const solved = solveMatching({ ...instance, jobs: instance.jobs.slice(0, 2) });
    const previous = new Map(solved.assignments.map((p) => [p.worker, p.job === 'j1' ? 'j2' : 'j1']));
    const settled = preferPrevious(instance, solved.assignments, previous);
    expect(settled.restored).toBeGreaterThan(0);
    for (const pair of settled.assignments) {
      const before = previous.get(pair.worker);
      // j2 takes one: whoever did not get back to j2 stays where the engine put them.
      if (pair.job !== before) expect(before).toBe('j2');
    }
    const check = verifyAssignments(instance, settled.assignments, solved.objective);
    expect(check.problems).toEqual([]);
  });

  it('leaves a worker alone when the previous vacancy is full, worth less, or the pair is confirmed', () => {
    const assignments = [{ worker: 'a', job: 'j3' }, { worker: 'b', job: 'j2' }];
    // a: j3 pays more than j1, so going back would lower the objective.
    expect(preferPrevious(instance, assignments, new Map([['a', 'j1']])).restored).toBe(0);
    // a: j2 is full (b holds its one place).
    const equal = [{ worker: 'a', job: 'j1' }, { worker: 'b', job: 'j2' }];
    expect(preferPrevious(instance, equal, new Map([['a', 'j2']])).restored).toBe(0);
    // b is confirmed at j2: never moved, even to an equal vacancy with room.
    expect(preferPrevious(instance, equal, new Map([['b', 'j1']]), new Set(['b'])).restored).toBe(0);
    expect(preferPrevious(instance, equal, new Map([['b', 'j1']])).restored).toBe(1);
  });

  it('keeps every answer exact and feasible whatever the previous proposals were', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0.3, max: 2, noNaN: true }), (seed, ratio) => {
        const generated = generate('realistic', 150, 12, ratio, seed);
        const solved = solveMatching(generated);
        // Previous proposals: each worker's earlier vacancy drawn from any job, as after edits.
        const previous = new Map(generated.workers.map((w, i) => [w.id, generated.jobs[(i * 7 + seed) % generated.jobs.length].id]));
        const settled = preferPrevious(generated, solved.assignments, previous);
        expect(verifyAssignments(generated, settled.assignments, solved.objective).problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
