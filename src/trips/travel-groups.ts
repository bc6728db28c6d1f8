// Travel groups (a household, companions) ride one coach. The planner sees only legs
// (gathering point → site), so it may spread a group's members over coaches of the same
// leg; this pass gathers them afterwards. Swapping a member with a rider of the same leg
// who belongs to no group leaves every coach's load and route exactly as they were, so the
// plan stays feasible and its cost unchanged; only when no such rider exists is a member
// moved, and then only if the independent checker accepts the plan.
import { validatePlan } from '../engines/trips/validate.js';
import type { Plan, TripInstance } from '../engines/trips/types.js';

export type GroupedPlan = { plan: Plan; split: string[] };

export function keepTravelGroupsTogether(instance: TripInstance, plan: Plan, groupOf: ReadonlyMap<string, string>): GroupedPlan {
  const legOf = new Map(instance.passengers.map((p) => [p.id, `${p.from}>${p.to}`]));
  const trips = plan.trips.map((trip) => ({ ...trip, passengers: [...trip.passengers] }));
  const coachOf = new Map<string, number>();
  trips.forEach((trip, t) => trip.passengers.forEach((id) => coachOf.set(id, t)));

  // Members of one group on one leg; members bound for another site travel apart by need.
  const groups = new Map<string, string[]>();
  for (const [id, group] of groupOf) {
    if (!coachOf.has(id)) continue;
    const key = `${group}|${legOf.get(id)}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const split: string[] = [];
  for (const [key, members] of groups) {
    if (members.length < 2 || new Set(members.map((id) => coachOf.get(id))).size < 2) continue;
    const leg = legOf.get(members[0]);
    const free = (t: number) => trips[t].passengers.filter((other) => legOf.get(other) === leg && !groupOf.has(other));
    // Any coach of this leg may take the group: first those that hold most of it already,
    // then those with the most riders of the leg to trade places with.
    const candidates = [...new Set(trips.flatMap((trip, t) => (trip.passengers.some((id) => legOf.get(id) === leg) ? [t] : [])))]
      .map((t) => ({ t, have: members.filter((id) => coachOf.get(id) === t).length, partners: free(t) }))
      .sort((x, y) => y.have - x.have || y.partners.length - x.partners.length || x.t - y.t);
    const swappable = candidates.find((c) => c.partners.length >= members.length - c.have);
    if (swappable) {
      const partners = [...swappable.partners];
      for (const id of members) if (coachOf.get(id) !== swappable.t) swap(trips, coachOf, id, partners.pop() as string);
      continue;
    }
    if (!candidates.some((c) => moveAll(instance, plan, trips, coachOf, members, c.t))) split.push(key.split('|')[0]);
  }
  return { plan: { ...plan, trips }, split };
}

/** Moves the members onto the target coach where seats allow, as the independent checker judges it. */
function moveAll(instance: TripInstance, plan: Plan, trips: Plan['trips'], coachOf: Map<string, number>, members: readonly string[], target: number): boolean {
  const moved = trips.map((trip, t) => (t === target
    ? { ...trip, passengers: [...trip.passengers, ...members.filter((id) => coachOf.get(id) !== target)] }
    : { ...trip, passengers: trip.passengers.filter((id) => !members.includes(id)) }));
  // A coach left empty would change the plan's cost and count: that is the planner's call, not ours.
  if (moved.some((trip) => trip.passengers.length === 0) || !validatePlan(instance, { ...plan, trips: moved }).ok) return false;
  trips.splice(0, trips.length, ...moved);
  for (const id of members) coachOf.set(id, target);
  return true;
}

function swap(trips: Plan['trips'], coachOf: Map<string, number>, a: string, b: string): void {
  const ta = coachOf.get(a) as number;
  const tb = coachOf.get(b) as number;
  trips[ta].passengers[trips[ta].passengers.indexOf(a)] = b;
  trips[tb].passengers[trips[tb].passengers.indexOf(b)] = a;
  coachOf.set(a, tb);
  coachOf.set(b, ta);
}
