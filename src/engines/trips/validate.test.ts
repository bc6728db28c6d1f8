import { describe, expect, it } from 'vitest';
import { costOf, tripKm } from './naive.js';
import { shanxiInstance } from './trips.testkit.js';
import type { Plan, Trip, TripInstance } from './types.js';
import { validatePlan } from './validate.js';

// Taiyuan 3 and Jinzhong 2 to Suzhou, sharing one coach.
const instance: TripInstance = shanxiInstance(
  [
    ['ty-binhe', 'sz-plant', 3],
    ['jz-yuci', 'sz-plant', 2],
  ],
  { capacity: 5 },
);

function planOf(trips: Trip[], inst: TripInstance = instance): Plan {
  return { ...costOf(inst, trips), trips };
}

const shared: Trip = { pickups: ['ty-binhe', 'jz-yuci'], dropoffs: ['sz-plant'], passengers: ['w1', 'w2', 'w3', 'w4', 'w5'] };

function violations(plan: Plan, inst: TripInstance = instance): string[] {
  const check = validatePlan(inst, plan);
  expect(check.ok).toBe(check.violations.length === 0);
  return check.violations;
}

describe('validatePlan', () => {
  it('accepts a feasible plan with a correct recount', () => {
    expect(violations(planOf([shared]))).toEqual([]);
  });

  it('rule 1: a passenger on no trip, on two trips, or at a stop the trip lacks', () => {
    expect(violations(planOf([{ ...shared, passengers: ['w1', 'w2', 'w3', 'w4'] }]))).toEqual([
      'rule 1: passenger w5 rides no trip',
    ]);
    const twice = violations(
      planOf([shared, { pickups: ['jz-yuci'], dropoffs: ['sz-plant'], passengers: ['w5'] }]),
    );
    expect(twice.join('\n')).toContain('rule 1: passenger w5 rides trips[0] and trips[1]');
    const wrongStop = violations(
      planOf([
        { pickups: ['ty-binhe'], dropoffs: ['sz-plant'], passengers: ['w1', 'w2', 'w3', 'w4'] },
        { pickups: ['ty-binhe'], dropoffs: ['sz-plant'], passengers: ['w5'] },
      ]),
    );
    expect(wrongStop.join('\n')).toContain('rule 1: passenger w4 boards at jz-yuci, not a pick-up of trips[0]');
    const stranger = violations(planOf([{ ...shared, passengers: [...shared.passengers, 'w99'] }]));
    expect(stranger.join('\n')).toContain('w99, who is not a passenger');
  });

  it('rule 2: capacity', () => {
    const small: TripInstance = { ...instance, vehicle: { ...instance.vehicle, capacity: 4 } };
    expect(violations(planOf([shared], small), small)).toEqual([
      'rule 2: trips[0] carries 5 passengers, more than capacity 4',
    ]);
  });

  it('rule 3: too many stops, and a repeated location', () => {
    const two: TripInstance = { ...instance, vehicle: { ...instance.vehicle, maxStops: 2 } };
    expect(violations(planOf([shared], two), two)).toEqual(['rule 3: trips[0] has 3 stops, more than maxStops 2']);
    const repeat = violations(planOf([{ ...shared, pickups: ['ty-binhe', 'jz-yuci', 'ty-binhe'] }]));
    expect(repeat).toEqual(['rule 3: trips[0] repeats location ty-binhe']);
    const both = violations(planOf([{ ...shared, dropoffs: ['sz-plant', 'jz-yuci'] }]));
    expect(both).toEqual(['rule 3: trips[0] repeats location jz-yuci']);
  });

  it('rule 4: a ride longer than detour × direct', () => {
    // Suzhou riders picked up in Taiyuan, then driven via Beijing: far beyond 1.3 ×.
    const inst = shanxiInstance([
      ['ty-binhe', 'sz-plant', 1],
      ['bj-daxing', 'sz-plant', 1],
    ]);
    const trip: Trip = { pickups: ['ty-binhe', 'bj-daxing'], dropoffs: ['sz-plant'], passengers: ['w1', 'w2'] };
    const found = violations(planOf([trip], inst), inst);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^rule 4: passenger w1 rides [\d.]+ km on trips\[0\], more than 1.3 × [\d.]+ km$/);
  });

  it('rule 4: the boundary itself is allowed', () => {
    // A detour exactly equal to the Taiyuan riders' ride ratio passes.
    const trip: Trip = shared;
    const ride = tripKm(instance, trip);
    const direct = tripKm(instance, { pickups: ['ty-binhe'], dropoffs: ['sz-plant'], passengers: [] });
    const exact: TripInstance = { ...instance, vehicle: { ...instance.vehicle, detour: ride / direct } };
    expect(violations(planOf([trip], exact), exact)).toEqual([]);
  });

  it('recount: coaches, km and cost must agree to 0.01', () => {
    const plan = planOf([shared]);
    expect(violations({ ...plan, coaches: 2 })).toEqual(['recount: coaches is 2, the plan has 1 trips']);
    expect(violations({ ...plan, km: plan.km + 0.02 })[0]).toMatch(/^recount: km is/);
    expect(violations({ ...plan, cost: plan.cost - 0.02 })[0]).toMatch(/^recount: cost is/);
    expect(violations({ ...plan, km: plan.km + 0.009, cost: plan.cost + 0.009 })).toEqual([]);
  });

  it('unknown stops are reported, not thrown', () => {
    const plan = { ...planOf([shared]), trips: [{ ...shared, dropoffs: ['mars'] }] };
    expect(violations(plan)).toContain('trips[0]: unknown locations mars');
  });
});
