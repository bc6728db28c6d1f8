import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../bench/trips/generate.js';
import { lowerBound, naivePlan } from './naive.js';
import { planTrips, searchPlan } from './plan.js';
import { shanxiInstance } from './trips.testkit.js';
import type { Plan, TripInstance } from './types.js';
import { validatePlan } from './validate.js';

function feasible(instance: TripInstance, plan: Plan): Plan {
  expect(validatePlan(instance, plan).violations).toEqual([]);
  return plan;
}

describe('planTrips', () => {
  it('plans nothing for nobody', () => {
    const instance = shanxiInstance([]);
    expect(planTrips(instance)).toEqual({ cost: 0, coaches: 0, km: 0, trips: [] });
  });

  it('writes exactly the contract fields', () => {
    const plan = planTrips(shanxiInstance([['ty-binhe', 'sz-plant', 3]]));
    expect(Object.keys(plan).sort()).toEqual(['coaches', 'cost', 'km', 'trips']);
    expect(Object.keys(plan.trips[0]).sort()).toEqual(['dropoffs', 'passengers', 'pickups']);
    expect(plan.trips[0]).toEqual({ pickups: ['ty-binhe'], dropoffs: ['sz-plant'], passengers: ['w1', 'w2', 'w3'] });
  });

  it('puts two small groups from neighbouring cities on one coach', () => {
    const instance = shanxiInstance([
      ['ty-binhe', 'sz-plant', 12],
      ['jz-yuci', 'sz-plant', 30],
    ]);
    const plan = feasible(instance, planTrips(instance));
    expect(plan.coaches).toBe(1);
    expect(new Set(plan.trips[0].pickups)).toEqual(new Set(['ty-binhe', 'jz-yuci']));
    expect(plan.cost).toBeLessThan(naivePlan(instance).cost);
  });

  it('fills whole coaches for a big group and shares the rest', () => {
    const instance = shanxiInstance([
      ['ty-binhe', 'sz-plant', 120],
      ['jz-yuci', 'ks-plant', 25],
    ]);
    const plan = feasible(instance, planTrips(instance));
    expect(plan.coaches).toBe(lowerBound(instance).coaches);
    const straight = plan.trips.filter((t) => t.pickups.length === 1 && t.dropoffs.length === 1 && t.passengers.length === 50);
    expect(straight).toHaveLength(2);
  });

  it('keeps riders apart when sharing would break the detour limit', () => {
    // Datong→Beijing and Yuncheng→Xi'an point in different directions.
    const instance = shanxiInstance([
      ['dt-city', 'bj-daxing', 5],
      ['yc-city', 'xa-hitech', 5],
    ]);
    const plan = feasible(instance, planTrips(instance));
    expect(plan.coaches).toBe(2);
    expect(plan.cost).toBeCloseTo(naivePlan(instance).cost, 6);
  });

  it('with maxStops 2 only groups of one (from, to) share, so the plan is the naive one', () => {
    const instance = shanxiInstance(
      [
        ['ty-binhe', 'sz-plant', 7],
        ['jz-yuci', 'sz-plant', 9],
        ['ty-binhe', 'ks-plant', 4],
      ],
      { maxStops: 2 },
    );
    const plan = feasible(instance, planTrips(instance));
    expect(plan.coaches).toBe(3);
    expect(plan.cost).toBeCloseTo(naivePlan(instance).cost, 6);
  });

  it('with capacity 1 every rider has a coach', () => {
    const instance = shanxiInstance(
      [
        ['ty-binhe', 'sz-plant', 3],
        ['jz-yuci', 'sz-plant', 2],
      ],
      { capacity: 1 },
    );
    expect(feasible(instance, planTrips(instance)).coaches).toBe(5);
  });

  it('with detour 1 only riders whose pick-up is last and drop-off first can share', () => {
    const instance = shanxiInstance(
      [
        ['ty-binhe', 'sz-plant', 10],
        ['jz-yuci', 'sz-plant', 10],
      ],
      { detour: 1 },
    );
    const plan = feasible(instance, planTrips(instance));
    expect(plan.coaches).toBe(2);
  });

  it('is deterministic for a seed', () => {
    const instance = generateInstance({ passengers: 600, seed: 5 });
    expect(planTrips(instance, { seed: 7 })).toEqual(planTrips(instance, { seed: 7 }));
  });

  it('reports progress', () => {
    const seen: string[] = [];
    planTrips(shanxiInstance([['ty-binhe', 'sz-plant', 3]]), { onProgress: (p) => seen.push(`${p.done}/${p.total}`) });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('beats the naive plan by at least 15% on realistic days and stays above the bounds', () => {
    for (const seed of [11, 12]) {
      const instance = generateInstance({ passengers: 2000, seed });
      const plan = feasible(instance, searchPlan(instance));
      const naive = naivePlan(instance);
      const bound = lowerBound(instance);
      expect(plan.cost).toBeLessThanOrEqual(naive.cost * 0.85);
      expect(plan.coaches).toBeGreaterThanOrEqual(bound.coaches);
      expect(plan.km).toBeGreaterThanOrEqual(bound.km - 1e-6);
      expect(plan.cost).toBeGreaterThanOrEqual(bound.cost - 1e-6);
    }
  });
});

describe('naivePlan and lowerBound', () => {
  it('count ceil(n / capacity) straight coaches per group, and every capacity-th longest ride', () => {
    const instance = shanxiInstance([
      ['ty-binhe', 'sz-plant', 51],
      ['jz-yuci', 'sz-plant', 2],
    ]);
    const naive = feasible(instance, naivePlan(instance));
    expect(naive.coaches).toBe(3);
    expect(naive.trips.map((t) => t.passengers.length)).toEqual([50, 1, 2]);
    const bound = lowerBound(instance);
    expect(bound.coaches).toBe(2);
    expect(bound.km).toBeLessThan(naive.km);
    expect(bound.cost).toBeCloseTo(3000 * 2 + 8 * bound.km, 6);
  });
});
