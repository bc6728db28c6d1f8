// Gathering travel groups after planning: always feasible, never costlier, and honest
// about a group it could not gather.
import { describe, expect, it } from 'vitest';
import { planTrips, validatePlan } from '../engines/trips/index.js';
import { shanxiInstance } from '../engines/trips/trips.testkit.js';
import type { Plan } from '../engines/trips/types.js';
import { keepTravelGroupsTogether } from './travel-groups.js';

const coachOf = (plan: Plan, id: string) => plan.trips.findIndex((trip) => trip.passengers.includes(id));

describe('keepTravelGroupsTogether', () => {
  const instance = shanxiInstance([['ty-binhe', 'sz-plant', 10]], { capacity: 6 });
  const plan = planTrips(instance);
  const [first, second] = plan.trips;

  it('trades places with riders of the same leg, leaving loads and cost as they were', () => {
    expect(plan.trips).toHaveLength(2);
    const group = [first.passengers[0], first.passengers[1], second.passengers[0]];
    const result = keepTravelGroupsTogether(instance, plan, new Map(group.map((id) => [id, 'family'])));
    expect(new Set(group.map((id) => coachOf(result.plan, id))).size).toBe(1);
    expect(result.split).toEqual([]);
    expect(result.plan.trips.map((t) => t.passengers.length)).toEqual(plan.trips.map((t) => t.passengers.length));
    expect(result.plan.cost).toBe(plan.cost);
    expect(validatePlan(instance, result.plan).ok).toBe(true);
    expect(result.plan.trips.flatMap((t) => t.passengers).sort()).toEqual(plan.trips.flatMap((t) => t.passengers).sort());
  });

  it('moves a member onto a coach with a free seat when nobody can trade', () => {
    // Everybody belongs to some group, so no rider can trade places; the smaller coach has room.
    const small = first.passengers.length < second.passengers.length ? first : second;
    const big = small === first ? second : first;
    const groups = new Map<string, string>([...plan.trips.flatMap((t) => t.passengers)].map((id) => [id, `solo-${id}`]));
    groups.set(small.passengers[0], 'pair');
    groups.set(big.passengers[0], 'pair');
    const result = keepTravelGroupsTogether(instance, plan, groups);
    expect(coachOf(result.plan, big.passengers[0])).toBe(coachOf(result.plan, small.passengers[0]));
    expect(validatePlan(instance, result.plan).ok).toBe(true);
    expect(result.split).toEqual([]);
  });

  it('reports a group it cannot gather and leaves the plan feasible', () => {
    const full = shanxiInstance([['ty-binhe', 'sz-plant', 10]], { capacity: 5 });
    const fullPlan = planTrips(full);
    const [a, b] = fullPlan.trips;
    const groups = new Map<string, string>(fullPlan.trips.flatMap((t) => t.passengers).map((id) => [id, `solo-${id}`]));
    groups.set(a.passengers[0], 'pair');
    groups.set(b.passengers[0], 'pair');
    const result = keepTravelGroupsTogether(full, fullPlan, groups);
    expect(result.split).toEqual(['pair']);
    expect(result.plan.trips).toEqual(fullPlan.trips);
  });

  it('leaves members bound for different sites on their own coaches', () => {
    const two = shanxiInstance([['ty-binhe', 'sz-plant', 6], ['ty-binhe', 'xa-hitech', 6]], { capacity: 6 });
    const twoPlan = planTrips(two);
    const result = keepTravelGroupsTogether(two, twoPlan, new Map([['w1', 'family'], ['w7', 'family']]));
    expect(result.plan.trips).toEqual(twoPlan.trips);
    expect(result.split).toEqual([]);
  });
});
