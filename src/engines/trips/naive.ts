// The contract's reference points: the naive plan (one straight coach per (from, to)
// group and per capacity) and lower bounds on coaches, km and cost.

import { roadKm } from './distance.js';
import type { Plan, Trip, TripInstance } from './types.js';

/** Cost, coaches and km of a list of trips, recounted from the instance. */
export function costOf(instance: TripInstance, trips: readonly Trip[]): Pick<Plan, 'cost' | 'coaches' | 'km'> {
  let km = 0;
  for (const trip of trips) km += tripKm(instance, trip);
  const coaches = trips.length;
  return { cost: instance.vehicle.fixedCost * coaches + instance.vehicle.perKm * km, coaches, km };
}

/** Km along a trip from its first pick-up to its last drop-off. */
export function tripKm(instance: TripInstance, trip: Trip): number {
  const stops = [...trip.pickups, ...trip.dropoffs];
  let km = 0;
  for (let i = 1; i < stops.length; i++) {
    km += roadKm(instance.locations[stops[i - 1]], instance.locations[stops[i]], instance.roadFactor);
  }
  return km;
}

/** One group per (from, to) pair in order of first appearance, ceil(n / capacity) straight coaches each. */
export function naivePlan(instance: TripInstance): Plan {
  const groups = new Map<string, { from: string; to: string; ids: string[] }>();
  for (const passenger of instance.passengers) {
    // JSON keeps the two ids apart even if one contains the separator.
    const key = JSON.stringify([passenger.from, passenger.to]);
    let group = groups.get(key);
    if (!group) {
      group = { from: passenger.from, to: passenger.to, ids: [] };
      groups.set(key, group);
    }
    group.ids.push(passenger.id);
  }
  const capacity = instance.vehicle.capacity;
  const trips: Trip[] = [];
  for (const group of groups.values()) {
    for (let at = 0; at < group.ids.length; at += capacity) {
      trips.push({ pickups: [group.from], dropoffs: [group.to], passengers: group.ids.slice(at, at + capacity) });
    }
  }
  return { ...costOf(instance, trips), trips };
}

export type LowerBound = { coaches: number; km: number; cost: number };

/**
 * Coaches: ceil(passengers / capacity). Km: every coach drives at least the longest direct
 * distance among its riders, and with at most `capacity` riders per coach the sum of those
 * maxima is at least the sum of every capacity-th direct distance in descending order.
 * Cost: both bounds hold at once, so fixedCost × coaches + perKm × km is a bound too.
 */
export function lowerBound(instance: TripInstance): LowerBound {
  const { capacity, fixedCost, perKm } = instance.vehicle;
  const n = instance.passengers.length;
  const direct = new Float64Array(n);
  instance.passengers.forEach((p, i) => {
    direct[i] = roadKm(instance.locations[p.from], instance.locations[p.to], instance.roadFactor);
  });
  direct.sort().reverse();
  let km = 0;
  for (let i = 0; i < n; i += capacity) km += direct[i];
  const coaches = Math.ceil(n / capacity);
  return { coaches, km, cost: fixedCost * coaches + perKm * km };
}
