import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, naivePlan } from './naive.js';
import { planTrips, searchPlan } from './plan.js';
import { instanceArbitrary } from './trips.testkit.js';
import { validatePlan } from './validate.js';

const tolerance = (cost: number): number => 1e-9 * Math.max(1, cost);

describe('planner properties on random instances', () => {
  it('the search alone always yields a feasible plan no dearer than naive', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.integer(), (instance, seed) => {
        const plan = searchPlan(instance, { seed });
        expect(validatePlan(instance, plan).violations).toEqual([]);
        const naive = naivePlan(instance);
        expect(plan.cost).toBeLessThanOrEqual(naive.cost + tolerance(naive.cost));
        const bound = lowerBound(instance);
        expect(plan.coaches).toBeGreaterThanOrEqual(bound.coaches);
        expect(plan.cost).toBeGreaterThanOrEqual(bound.cost - tolerance(bound.cost));
      }),
      { numRuns: 200 },
    );
  });

  it('planTrips is feasible, no dearer than naive and deterministic', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.integer(), (instance, seed) => {
        const plan = planTrips(instance, { seed });
        expect(validatePlan(instance, plan).ok).toBe(true);
        expect(plan.cost).toBeLessThanOrEqual(naivePlan(instance).cost);
        expect(planTrips(instance, { seed })).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
});
