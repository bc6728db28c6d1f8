import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../core/errors.js';
import { generate } from '../../../bench/match/generate.js';
import { bruteForceOptimum, highsOptimum } from './reference.js';
import { solveMatching } from './solve.js';
import type { Job, MatchInstance, Worker } from './types.js';
import { checkDuals, verifyResult } from './verify.js';

// Small domains on purpose: ties, nested destination prefixes, shared certificates and
// boundary wages are what break a compressed formulation.
const SITES = ['320505', '320506', '320211', '440305', '441900', '110105'];
const DESTS = ['320000', '320500', '320505', '440000', '440300', '441900', '110000', '000000', '610000'];
const INDUSTRIES = ['catering', 'logistics', 'security', 'domestic'];
const CERTS = ['a', 'b', 'c'];

const workerArb = (id: number): fc.Arbitrary<Worker> =>
  fc.record({
    id: fc.constant(`w${id}`),
    age: fc.integer({ min: 16, max: 60 }),
    certificates: fc.uniqueArray(fc.constantFrom(...CERTS), { maxLength: 3 }),
    industries: fc.uniqueArray(fc.constantFrom(...INDUSTRIES), { maxLength: 4 }),
    destinations: fc.uniqueArray(fc.constantFrom(...DESTS), { maxLength: 4 }),
    minWage: fc.oneof(fc.integer({ min: 2500, max: 7000 }), fc.constantFrom(0, 3000, 4500, 5000)),
    priority: fc.boolean(),
  });
const jobArb = (id: number, maxHeadcount: number): fc.Arbitrary<Job> =>
  fc.record({
    id: fc.constant(`j${id}`),
    site: fc.constantFrom(...SITES),
    industry: fc.constantFrom(...INDUSTRIES),
    headcount: fc.integer({ min: 0, max: maxHeadcount }),
    wage: fc.oneof(fc.integer({ min: 2500, max: 11000 }), fc.constantFrom(3000, 4500, 4700, 8800)),
    certificates: fc.uniqueArray(fc.constantFrom(...CERTS), { maxLength: 2 }),
    ageMin: fc.option(fc.integer({ min: 16, max: 40 }), { nil: null }),
    ageMax: fc.option(fc.integer({ min: 25, max: 60 }), { nil: null }),
  });
const instanceArb = (maxWorkers: number, maxJobs: number, maxHeadcount: number): fc.Arbitrary<MatchInstance> =>
  fc
    .tuple(fc.integer({ min: 0, max: maxWorkers }), fc.integer({ min: 0, max: maxJobs }))
    .chain(([w, j]) =>
      fc.record({
        workers: fc.tuple(...Array.from({ length: w }, (_, k) => workerArb(k))),
        jobs: fc.tuple(...Array.from({ length: j }, (_, k) => jobArb(k, maxHeadcount))),
      }),
    );

function expectSound(instance: MatchInstance, result: ReturnType<typeof solveMatching>): void {
  const check = verifyResult(instance, result);
  expect(check.problems).toEqual([]);
  expect(result.stats.networkObjective).toBe(result.objective);
}

describe.each(['compressed', 'pairs'] as const)('solveMatching (%s formulation)', (formulation) => {
  it('equals exhaustive search on tiny instances (eligible, capacities, recount)', () => {
    fc.assert(
      fc.property(instanceArb(6, 4, 3), (instance) => {
        const result = solveMatching(instance, { formulation });
        expectSound(instance, result);
        expect(result.objective).toBe(bruteForceOptimum(instance));
        expect(result.stats.formulation).toBe(formulation);
      }),
      { numRuns: 200 },
    );
  });

  it('carries its own optimality certificate: a dual with the same objective', () => {
    fc.assert(
      fc.property(instanceArb(12, 6, 4), (instance) => {
        const result = solveMatching(instance, { withDuals: true, formulation });
        expectSound(instance, result);
        expect(checkDuals(instance, result.objective, result.duals!)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('equals the HiGHS LP optimum on small and medium instances', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb(60, 15, 8), async (instance) => {
        const result = solveMatching(instance, { formulation });
        expectSound(instance, result);
        expect(result.objective).toBe(await highsOptimum(instance));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['realistic, more seats than workers', 'realistic', 1.5],
    ['realistic, fewer seats than workers', 'realistic', 0.3],
    ['adversarial, more seats than workers', 'adversarial', 1.5],
    ['adversarial, fewer seats than workers', 'adversarial', 0.3],
  ] as const)('equals HiGHS on a generated %s instance', async (_name, shape, ratio) => {
    const instance = generate(shape, 400, 40, ratio, 7);
    const result = solveMatching(instance, { withDuals: true, formulation });
    expectSound(instance, result);
    expect(result.objective).toBe(await highsOptimum(instance));
    expect(checkDuals(instance, result.objective, result.duals!)).toEqual([]);
  });

  it('keeps fixed pairs and places the rest exactly around them', () => {
    fc.assert(
      fc.property(instanceArb(6, 4, 3), fc.nat(), (instance, pick) => {
        const first = solveMatching(instance, { formulation });
        if (first.assignments.length === 0) return;
        const kept = first.assignments[pick % first.assignments.length];
        const result = solveMatching(instance, { fixed: [kept], formulation });
        expectSound(instance, result);
        expect(result.assignments).toContainEqual(kept);
        // the fixed pair is part of some optimum, so the optimum is unchanged
        expect(result.objective).toBe(first.objective);
        const reduced: MatchInstance = {
          workers: instance.workers.filter((w) => w.id !== kept.worker),
          jobs: instance.jobs.map((j) => (j.id === kept.job ? { ...j, headcount: j.headcount - 1 } : j)),
        };
        const fixedValue = first.objective - bruteForceOptimum(reduced);
        expect(result.objective - fixedValue).toBe(bruteForceOptimum(reduced));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses fixed pairs that are unknown, ineligible or over the headcount', () => {
    const instance = generate('realistic', 20, 3, 1, 3);
    const refuse = (fixed: { worker: string; job: string }[]): string => {
      try {
        solveMatching(instance, { fixed, formulation });
      } catch (error) {
        if (isDomainError(error)) return error.problem.field ?? '';
      }
      return 'accepted';
    };
    expect(refuse([{ worker: 'nobody', job: 'j0' }])).toBe('worker');
    expect(refuse([{ worker: 'w0', job: 'nothing' }])).toBe('job');
  });

  it('handles huge headcounts, inverted age bounds, unreachable wages and repeated list entries', () => {
    const workers: Worker[] = [
      { id: 'a', age: 30, certificates: ['x', 'x'], industries: ['catering', 'catering', 'logistics'], destinations: ['320000', '320000', '000000'], minWage: 3000, priority: true },
      { id: 'b', age: 30, certificates: [], industries: [], destinations: [], minWage: 99999, priority: false },
      { id: 'c', age: 50, certificates: [], industries: ['logistics'], destinations: ['441900'], minWage: 0, priority: false },
    ];
    const jobs: Job[] = [
      { id: 'big', site: '320505', industry: 'catering', headcount: 2 ** 40, wage: 5000, certificates: ['x'], ageMin: null, ageMax: null },
      { id: 'inverted', site: '441900', industry: 'logistics', headcount: 5, wage: 5000, certificates: [], ageMin: 40, ageMax: 20 },
    ];
    const instance = { workers, jobs };
    const result = solveMatching(instance, { formulation, withDuals: true });
    expectSound(instance, result);
    expect(result.objective).toBe(bruteForceOptimum({ workers, jobs: jobs.map((j) => ({ ...j, headcount: Math.min(j.headcount, 3) })) }));
    expect(result.assignments).toEqual([{ worker: 'a', job: 'big' }]);
  });

  it('handles empty instances and jobs nobody can take', () => {
    expect(solveMatching({ workers: [], jobs: [] }, { formulation })).toMatchObject({ objective: 0, assignments: [] });
    const instance = generate('realistic', 30, 5, 1, 5);
    const closed = { ...instance, jobs: instance.jobs.map((j) => ({ ...j, headcount: 0 })) };
    expect(solveMatching(closed, { formulation })).toMatchObject({ objective: 0, assignments: [] });
  });
});

describe('size guard', () => {
  it('refuses a network above the arc limit with a bilingual message instead of exhausting memory', () => {
    const instance = generate('adversarial', 400, 40, 1.5, 7);
    expect(solveMatching(instance).objective).toBeGreaterThan(0);
    let caught: unknown;
    try {
      solveMatching(instance, { maxArcs: 500 });
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    if (!isDomainError(caught)) return;
    expect(caught.problem.code).toBe('payload_too_large');
    expect(caught.problem.record).toBe('instance');
    expect(caught.problem.zh).toContain('分配问题过大');
    expect(caught.problem.en).toContain('500 arcs');
  });
});

// Re-runs from the previous run's prices and pairs: the answer must be the cold answer's
// value whatever the previous run was (a different instance, confirmations, or prices
// that are plain wrong), and carry the same certificate.
describe.each(['compressed', 'pairs'] as const)('solveMatching warm-started (%s formulation)', (formulation) => {
  /** The previous campaign state: some workers not yet registered, headcounts moved. */
  const before = (instance: MatchInstance, seed: number): MatchInstance => ({
    workers: instance.workers.filter((_, k) => (seed >> k % 16) % 3 !== 0),
    jobs: instance.jobs.map((j, k) => ({ ...j, headcount: Math.max(0, j.headcount + ((seed >> k % 8) % 5) - 2) })),
  });

  it('equals exhaustive search and the cold solve after a change, with the dual certificate', () => {
    fc.assert(
      fc.property(instanceArb(7, 4, 3), fc.nat(), (instance, seed) => {
        const previous = solveMatching(before(instance, seed), { formulation });
        const warm = { jobPrices: previous.jobPrices, assignments: previous.assignments };
        const result = solveMatching(instance, { formulation, warm, withDuals: true });
        expectSound(instance, result);
        expect(result.stats.start).toBe('warm');
        expect(result.objective).toBe(bruteForceOptimum(instance));
        expect(checkDuals(instance, result.objective, result.duals!)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('stays exact from arbitrary prices and pairs, and around confirmed pairs', () => {
    fc.assert(
      fc.property(instanceArb(12, 6, 4), fc.nat(), fc.array(fc.integer({ min: -50, max: 400 }), { maxLength: 6 }), (instance, seed, prices) => {
        const previous = solveMatching(before(instance, seed), { formulation });
        const jobPrices = new Map(instance.jobs.map((j, k) => [j.id, prices[k] ?? 0]));
        // pairs shuffled between workers: some no longer eligible, some over a headcount
        const assignments = previous.assignments.map((p, k, all) => ({ worker: p.worker, job: all[(k + seed) % all.length].job }));
        const cold = solveMatching(instance, { formulation });
        const warm = solveMatching(instance, { formulation, warm: { jobPrices, assignments } });
        expectSound(instance, warm);
        expect(warm.objective).toBe(cold.objective);
        if (cold.assignments.length === 0) return;
        const fixed = [cold.assignments[seed % cold.assignments.length]];
        const fixedCold = solveMatching(instance, { formulation, fixed });
        const fixedWarm = solveMatching(instance, { formulation, fixed, warm: { jobPrices: previous.jobPrices, assignments: previous.assignments } });
        expectSound(instance, fixedWarm);
        expect(fixedWarm.assignments).toContainEqual(fixed[0]);
        expect(fixedWarm.objective).toBe(fixedCold.objective);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['realistic', 1.5],
    ['realistic', 0.3],
    ['adversarial', 1.5],
    ['adversarial', 0.3],
  ] as const)('equals HiGHS on a generated %s instance (seats × %s) re-run after a change', async (shape, ratio) => {
    const first = generate(shape, 400, 40, ratio, 7);
    const previous = solveMatching(first, { formulation });
    const extra = generate(shape, 30, 4, ratio, 8).workers.map((w, k) => ({ ...w, id: `new-${k}` }));
    const instance: MatchInstance = {
      workers: [...first.workers.slice(10), ...extra],
      jobs: first.jobs.map((j, k) => (k % 4 === 1 ? { ...j, headcount: k % 8 === 1 ? j.headcount + 3 : Math.max(0, j.headcount - 3) } : j)),
    };
    const result = solveMatching(instance, { formulation, withDuals: true, warm: { jobPrices: previous.jobPrices, assignments: previous.assignments } });
    expectSound(instance, result);
    expect(result.stats.start).toBe('warm');
    expect(result.objective).toBe(await highsOptimum(instance));
    expect(checkDuals(instance, result.objective, result.duals!)).toEqual([]);
  });
});
