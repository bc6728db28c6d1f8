import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../bench/trips/generate.js';
import { naivePlan } from './naive.js';
import { planTrips } from './plan.js';
import { replanTrips, type ReplanResult } from './replan.js';
import { instanceArbitrary, shanxiInstance } from './trips.testkit.js';
import type { Plan, TripInstance } from './types.js';
import { validatePlan } from './validate.js';

function tripOf(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  plan.trips.forEach((trip, t) => trip.passengers.forEach((id) => out.set(id, t)));
  return out;
}

/** Every rider present before and after with the same journey either stayed on their coach or is listed as moved. */
function expectStable(before: TripInstance, previous: Plan, after: TripInstance, result: ReplanResult): void {
  expect(validatePlan(after, result.plan).violations).toEqual([]);
  const old = tripOf(previous);
  const now = tripOf(result.plan);
  const moved = new Set(result.changes.passengersMoved.map((m) => m.id));
  const journey = new Map(before.passengers.map((p) => [p.id, `${p.from}>${p.to}`]));
  for (const p of after.passengers) {
    const was = old.get(p.id);
    if (was === undefined || journey.get(p.id) !== `${p.from}>${p.to}`) continue;
    if (!moved.has(p.id)) expect(now.get(p.id)).toBe(result.changes.tripMap[was]);
  }
  const ids = new Set(after.passengers.map((p) => p.id));
  expect(result.changes.passengersRemoved.map((r) => r.id).sort()).toEqual(
    [...old.keys()].filter((id) => !ids.has(id)).sort(),
  );
  expect(result.changes.passengersAdded.map((r) => r.id).sort()).toEqual(
    after.passengers.map((p) => p.id).filter((id) => !old.has(id)).sort(),
  );
  for (const { id, trip } of result.changes.passengersAdded) expect(now.get(id)).toBe(trip);
}

describe('replanTrips', () => {
  it('changes nothing when nothing changed', () => {
    const instance = generateInstance({ passengers: 800, seed: 4 });
    const plan = planTrips(instance);
    const { plan: again, changes } = replanTrips(instance, plan);
    expect(again.trips).toEqual(plan.trips);
    expect(again.cost).toBeCloseTo(plan.cost, 6);
    expect(changes).toMatchObject({ passengersAdded: [], passengersRemoved: [], passengersMoved: [], tripsAdded: [], tripsRemoved: [], tripsChanged: [] });
  });

  it('withdraws riders without moving anybody, dropping emptied coaches and unused stops', () => {
    const instance = shanxiInstance([
      ['ty-binhe', 'sz-plant', 20],
      ['jz-yuci', 'sz-plant', 20],
      ['dt-city', 'bj-daxing', 3],
    ]);
    const plan = planTrips(instance);
    expect(plan.coaches).toBe(2);
    const gone = new Set(['w21', 'w22', ...Array.from({ length: 18 }, (_, i) => `w${23 + i}`), 'w41', 'w42', 'w43']);
    const after = { ...instance, passengers: instance.passengers.filter((p) => !gone.has(p.id)) };
    const result = replanTrips(after, plan);
    expectStable(instance, plan, after, result);
    expect(result.plan.coaches).toBe(1);
    expect(result.plan.trips[0]).toMatchObject({ pickups: ['ty-binhe'], dropoffs: ['sz-plant'] });
    expect(result.changes.passengersMoved).toEqual([]);
    expect(result.changes.tripsRemoved).toHaveLength(1);
    expect(result.changes.passengersRemoved).toHaveLength(23);
    expect(result.plan.cost).toBeLessThan(plan.cost);
  });

  it('seats newcomers in spare seats on the way, or on a new coach', () => {
    const instance = shanxiInstance([['ty-binhe', 'sz-plant', 20]]);
    const plan = planTrips(instance);
    const after = {
      ...instance,
      passengers: [
        ...instance.passengers,
        { id: 'n1', from: 'jz-yuci', to: 'sz-plant' },
        { id: 'n2', from: 'dt-city', to: 'xa-hitech' },
      ],
    };
    const result = replanTrips(after, plan);
    expectStable(instance, plan, after, result);
    expect(result.changes.passengersAdded).toEqual([
      { id: 'n1', trip: 0 },
      { id: 'n2', trip: 1 },
    ]);
    expect(result.changes.tripsAdded).toEqual([1]);
    expect(result.changes.tripsChanged).toEqual([{ previous: 0, current: 0 }]);
    expect(result.plan.trips[0].pickups).toContain('jz-yuci');
  });

  it('moves a rider whose pick-up changed, and riders a smaller coach cannot hold', () => {
    const instance = shanxiInstance([['ty-binhe', 'sz-plant', 30]]);
    const plan = planTrips(instance);
    const after: TripInstance = {
      ...instance,
      vehicle: { ...instance.vehicle, capacity: 25 },
      passengers: instance.passengers.map((p) => (p.id === 'w1' ? { ...p, from: 'yc-city' } : p)),
    };
    const result = replanTrips(after, plan);
    expectStable(instance, plan, after, result);
    expect(result.changes.passengersMoved.map((m) => m.id)).toContain('w1');
    expect(result.changes.passengersMoved).toHaveLength(5);
    expect(result.plan.trips[0].passengers).toHaveLength(25);
  });

  it('survives a hand-edited previous plan with unknown stops and riders listed twice', () => {
    const instance = shanxiInstance([['ty-binhe', 'sz-plant', 3]]);
    const previous: Plan = {
      cost: 0,
      coaches: 2,
      km: 0,
      trips: [
        { pickups: ['ty-binhe', 'atlantis'], dropoffs: ['sz-plant', 'ty-binhe'], passengers: ['w1', 'w2', 'ghost'] },
        { pickups: ['ty-binhe'], dropoffs: ['sz-plant'], passengers: ['w2'] },
      ],
    };
    const result = replanTrips(instance, previous);
    expect(validatePlan(instance, result.plan).violations).toEqual([]);
    expect(result.changes.passengersRemoved).toEqual([{ id: 'ghost', trip: 0 }]);
    expect(result.changes.passengersAdded).toEqual([{ id: 'w3', trip: 0 }]);
  });

  it('keeps riders in place on random changes to random instances', () => {
    const change = fc.record({ drop: fc.array(fc.nat(), { maxLength: 30 }), add: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }) });
    fc.assert(
      fc.property(instanceArbitrary, change, (instance, c) => {
        const plan = planTrips(instance);
        const places = Object.keys(instance.locations);
        const dropped = new Set(c.drop.map((i) => instance.passengers[i % Math.max(1, instance.passengers.length)]?.id));
        const added = c.add.map(([a, b], i) => {
          const from = places[a % places.length];
          const to = places[(a + 1 + (b % (places.length - 1))) % places.length];
          return { id: `new${i}`, from, to };
        });
        const after = { ...instance, passengers: [...instance.passengers.filter((p) => !dropped.has(p.id)), ...added] };
        const result = replanTrips(after, plan);
        expectStable(instance, plan, after, result);
        expect(result.changes.passengersMoved).toEqual([]);
        expect(result.plan.cost).toBeLessThanOrEqual(plan.cost + naivePlan({ ...after, passengers: added }).cost + 1e-6);
      }),
      { numRuns: 100 },
    );
  });
});
