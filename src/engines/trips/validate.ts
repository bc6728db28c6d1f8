// An independent checker of the contract's four feasibility rules and the recount. It
// walks each route leg by leg with the contract's distance, sharing nothing with the
// planner but distance.ts, so a planner bug cannot hide behind a shared helper.

import { roadKm } from './distance.js';
import type { Plan, TripInstance } from './types.js';

export type PlanCheck = { ok: boolean; violations: string[] };

// Rides are sums of legs; a checker adding them in another order may differ in the last
// bits, so equality with the limit is judged with a relative slack far below a metre.
const DETOUR_SLACK = 1e-9;
const RECOUNT_TOLERANCE = 0.01;
const MAX_REPORTED = 200;

export function validatePlan(instance: TripInstance, plan: Plan): PlanCheck {
  const violations: string[] = [];
  let omitted = 0;
  const report = (text: string): void => {
    if (violations.length < MAX_REPORTED) violations.push(text);
    else omitted++;
  };
  const { capacity, maxStops, detour, fixedCost, perKm } = instance.vehicle;
  const byId = new Map(instance.passengers.map((p) => [p.id, p]));
  const rides = new Map<string, number>();
  const dist = (a: string, b: string): number =>
    roadKm(instance.locations[a], instance.locations[b], instance.roadFactor);
  const trips = Array.isArray(plan.trips) ? plan.trips : [];
  if (!Array.isArray(plan.trips)) report('plan: trips is not a list');
  let kmTotal = 0;

  trips.forEach((trip, t) => {
    const where = `trips[${t}]`;
    const pickups = Array.isArray(trip.pickups) ? trip.pickups : [];
    const dropoffs = Array.isArray(trip.dropoffs) ? trip.dropoffs : [];
    const passengers = Array.isArray(trip.passengers) ? trip.passengers : [];
    const stops = [...pickups, ...dropoffs];
    const unknown = stops.filter((s) => typeof s !== 'string' || !Object.hasOwn(instance.locations, s));
    if (unknown.length > 0) {
      report(`${where}: unknown locations ${unknown.map(String).join(', ')}`);
      return;
    }
    if (stops.length > maxStops) report(`rule 3: ${where} has ${stops.length} stops, more than maxStops ${maxStops}`);
    const repeated = stops.filter((s, i) => stops.indexOf(s) !== i);
    if (repeated.length > 0) report(`rule 3: ${where} repeats location ${[...new Set(repeated)].join(', ')}`);
    if (passengers.length > capacity) {
      report(`rule 2: ${where} carries ${passengers.length} passengers, more than capacity ${capacity}`);
    }
    // Distance along the route from its start to each stop position.
    const along: number[] = [0];
    for (let i = 1; i < stops.length; i++) along.push(along[i - 1] + dist(stops[i - 1], stops[i]));
    kmTotal += along[along.length - 1] ?? 0;

    for (const id of passengers) {
      const passenger = byId.get(id);
      if (!passenger) {
        report(`rule 1: ${where} carries ${String(id)}, who is not a passenger of the instance`);
        continue;
      }
      const before = rides.get(id);
      if (before !== undefined) report(`rule 1: passenger ${id} rides trips[${before}] and ${where}`);
      else rides.set(id, t);
      const f = pickups.indexOf(passenger.from);
      const d = dropoffs.indexOf(passenger.to);
      if (f < 0) report(`rule 1: passenger ${id} boards at ${passenger.from}, not a pick-up of ${where}`);
      if (d < 0) report(`rule 1: passenger ${id} alights at ${passenger.to}, not a drop-off of ${where}`);
      if (f < 0 || d < 0) continue;
      const ride = along[pickups.length + d] - along[f];
      const direct = dist(passenger.from, passenger.to);
      if (ride > detour * direct * (1 + DETOUR_SLACK) + DETOUR_SLACK) {
        report(
          `rule 4: passenger ${id} rides ${ride.toFixed(3)} km on ${where}, more than ${detour} × ${direct.toFixed(3)} km`,
        );
      }
    }
  });

  for (const passenger of instance.passengers) {
    if (!rides.has(passenger.id)) report(`rule 1: passenger ${passenger.id} rides no trip`);
  }
  if (plan.coaches !== trips.length) report(`recount: coaches is ${plan.coaches}, the plan has ${trips.length} trips`);
  if (!(Math.abs(plan.km - kmTotal) <= RECOUNT_TOLERANCE)) {
    report(`recount: km is ${plan.km}, recounted ${kmTotal.toFixed(3)}`);
  }
  const cost = fixedCost * trips.length + perKm * kmTotal;
  if (!(Math.abs(plan.cost - cost) <= RECOUNT_TOLERANCE)) {
    report(`recount: cost is ${plan.cost}, recounted ${cost.toFixed(3)}`);
  }
  if (omitted > 0) violations.push(`… and ${omitted} more`);
  return { ok: violations.length === 0, violations };
}
