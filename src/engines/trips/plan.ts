// planTrips: the pure, deterministic entry point. It searches, turns the coaches into the
// contract's plan (which rider sits on which coach), and as a last line of defence never
// returns anything worse than, or less feasible than, the naive plan.

import { buildModel, type Model } from './model.js';
import { naivePlan } from './naive.js';
import { routeKm } from './route.js';
import { searchTrips } from './search.js';
import type { Plan, PlanOptions, Trip, TripInstance } from './types.js';
import { validatePlan } from './validate.js';
import type { WorkTrip } from './work.js';

/** The contract's plan for the coaches: riders of each pair handed out in input order. */
export function toPlan(instance: TripInstance, m: Model, trips: readonly WorkTrip[]): Plan {
  const ids = m.locationIds;
  // Readable and stable: grouped by first pick-up and drop-off, fuller coaches first.
  const sorted = [...trips].sort(
    (a, b) =>
      compare(ids[a.pickups[0]], ids[b.pickups[0]]) ||
      compare(ids[a.dropoffs[0]], ids[b.dropoffs[0]]) ||
      b.total - a.total ||
      a.km - b.km,
  );
  const next = new Int32Array(m.pairFrom.length);
  let km = 0;
  const out: Trip[] = sorted.map((trip) => {
    const riders: number[] = [];
    trip.pairs.forEach((pair, i) => {
      const list = m.pairPassengers[pair];
      for (let c = 0; c < trip.counts[i]; c++) riders.push(list[next[pair]++]);
    });
    riders.sort((a, b) => a - b);
    km += routeKm(m, trip.pickups, trip.dropoffs);
    return {
      pickups: trip.pickups.map((i) => ids[i]),
      dropoffs: trip.dropoffs.map((i) => ids[i]),
      passengers: riders.map((p) => instance.passengers[p].id),
    };
  });
  const coaches = out.length;
  return { cost: m.fixedCost * coaches + m.perKm * km, coaches, km, trips: out };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The searched plan without the safety net; for tests that must see the search's own output. */
export function searchPlan(instance: TripInstance, options: PlanOptions = {}): Plan {
  const m = buildModel(instance);
  return toPlan(instance, m, searchTrips(m, options));
}

/**
 * A feasible plan for one departure day, minimising fixedCost × coaches + perKm × km.
 * Pure and deterministic for a given instance and seed. The instance must have passed parseInstance.
 */
export function planTrips(instance: TripInstance, options: PlanOptions = {}): Plan {
  const plan = searchPlan(instance, options);
  const naive = naivePlan(instance);
  // Should never trigger; if the search ever slips, the contract still holds.
  if (plan.cost > naive.cost || !validatePlan(instance, plan).ok) return naive;
  return plan;
}
