// `menkou trips plan` and its API: plan the confirmed assignments of one departure day
// into coaches, seat everyone, and save it all; a re-plan keeps people who are fine on
// their coach and seat, and the plan records what changed.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { campaignForAllocation } from '../allocation/allocation.service.js';
import { invalidInput } from '../core/errors.js';
import { splitIsoDate } from '../core/values.js';
import { lowerBound, naivePlan, planTrips, replanTrips, validatePlan, type Plan } from '../engines/trips/index.js';
import type { PlanChanges } from '../engines/trips/replan.js';
import { assignSeats } from './documents/seats.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { fullName, getRegion } from '../core/regions.js';
import { SEATS_PER_ROW, type SeatSpacing, usableSeats } from './documents/seat-layout.js';
import { tripNotFound } from './trips.documents.js';
import { DEFAULT_VEHICLE, dayInstance, type Stop, stopsWithTimes, tripNumber, type Unplanned } from './trips.instance.js';
import { findTrip, listDayTrips, type TripRow } from './trips.queries.js';
import { loadDayPassengers, loadDayPlan, loadGatheringPoints, type NewTrip, saveDayPlan } from './trips.repository.js';
import type { StopJson, TripDetailJson, TripJson } from './trips.schema.js';
import { keepTravelGroupsTogether } from './travel-groups.js';

export type PlanDayOptions = {
  campaignId: string; date: string; spacing?: SeatSpacing; capacity?: number; seed?: number;
  /** Leaves people whose job starts after this day for a later departure day (a campaign leaves over several days). */
  startsBy?: string;
};

export type PlanDaySummary = {
  planId: string | null;
  date: string;
  passengers: number;
  coaches: number;
  km: number;
  cost: number;
  naive: { coaches: number; km: number; cost: number };
  lowerBoundCoaches: number;
  unplanned: Unplanned[];
  changes: PlanChanges | null;
};

export async function planDay(ctx: AppContext, actor: Actor, options: PlanDayOptions): Promise<PlanDaySummary> {
  if (!splitIsoDate(options.date)) throw invalidInput('--date', 'date', { zh: '日期格式为 YYYY-MM-DD', en: 'the date is YYYY-MM-DD' });
  if (options.startsBy !== undefined && (!splitIsoDate(options.startsBy) || options.startsBy < options.date)) {
    throw invalidInput('--starts-by', 'startsBy', { zh: '到岗截止日期为 YYYY-MM-DD，且不早于发车日', en: 'starts-by is YYYY-MM-DD, not before the departure day' });
  }
  const capacity = options.capacity ?? DEFAULT_VEHICLE.capacity;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 100) {
    throw invalidInput('--capacity', 'capacity', { zh: '座位数为 1–100 的整数', en: 'capacity is an integer 1–100' });
  }
  const spacing = options.spacing ?? 'normal';
  const campaign = await campaignForAllocation(ctx, actor, options.campaignId);
  const [passengers, points, previous] = await Promise.all([
    loadDayPassengers(ctx.db, campaign.id, options.date, options.startsBy),
    loadGatheringPoints(ctx.db, campaign.id),
    loadDayPlan(ctx.db, campaign.id, options.date),
  ]);
  // Alternate-seat spacing halves what a coach may carry; the planner sees usable seats.
  const usable = usableSeats(capacity, spacing).length;
  const { instance, unplanned, riders } = dayInstance(passengers, points, { ...DEFAULT_VEHICLE, capacity: usable });

  const previousPlan: Plan | undefined = previous.trips.length === 0 ? undefined : {
    cost: 0, coaches: previous.trips.length, km: 0,
    trips: previous.trips.map((t) => {
      const stops = t.stops as { kind: string; location: string }[];
      return {
        pickups: stops.filter((s) => s.kind === 'pickup').map((s) => s.location),
        dropoffs: stops.filter((s) => s.kind === 'dropoff').map((s) => s.location),
        passengers: previous.riders.filter((r) => r.trip_id === t.id).map((r) => r.worker_id),
      };
    }),
  };
  let plan: Plan;
  let changes: PlanChanges | null = null;
  if (previousPlan && instance.passengers.length > 0) {
    const replanned = replanTrips(instance, previousPlan, { seed: options.seed });
    plan = replanned.plan;
    changes = replanned.changes;
  } else {
    plan = instance.passengers.length > 0 ? planTrips(instance, { seed: options.seed }) : { cost: 0, coaches: 0, km: 0, trips: [] };
  }
  const groupOf = new Map(passengers.flatMap((p) => (p.travel_group ? [[p.worker_id, p.travel_group] as const] : [])));
  const grouped = keepTravelGroupsTogether(instance, plan, groupOf);
  plan = grouped.plan;
  const check = validatePlan(instance, plan);
  if (!check.ok) throw new Error(`planner produced an infeasible plan: ${check.violations.slice(0, 3).join('; ')}`);

  const oldNumber = new Map<number, string>();
  if (changes) changes.tripMap.forEach((current, old) => current !== null && oldNumber.set(current, previous.trips[old].number));
  const oldSeat = new Map(previous.riders.map((r) => [r.worker_id, r.seat]));
  const pointOf = new Map(points.map((p) => [`gp:${p.id}`, p]));
  const legOf = new Map(instance.passengers.map((p) => [p.id, p]));
  const used = new Set(previous.trips.map((t) => t.number));
  let counter = 0;
  const trips: NewTrip[] = plan.trips.map((trip, index) => {
    const point = pointOf.get(trip.pickups[0]);
    let number = oldNumber.get(index);
    while (!number || (oldNumber.get(index) !== number && used.has(number))) {
      counter += 1;
      number = tripNumber(options.date, point?.region_code ?? '', counter);
    }
    used.add(number);
    const keep = new Map<string, number>();
    if (oldNumber.has(index)) for (const id of trip.passengers) if (oldSeat.has(id)) keep.set(id, oldSeat.get(id) as number);
    const seats = assignSeats(
      trip.passengers.map((id) => {
        const rider = riders.get(id);
        const groupKey = rider?.travel_group ? `travel:${rider.travel_group}` : rider ? `${rider.region_code}|${rider.job_id}` : undefined;
        return { id, groupKey };
      }),
      { capacity, spacing, keep },
    );
    const stops = stopsWithTimes(instance, trip, options.date);
    const km = stops[stops.length - 1]?.km ?? 0;
    return {
      number, gatheringPointId: point?.id ?? null, regionCode: point?.region_code ?? '', capacity, spacing, km,
      cost: DEFAULT_VEHICLE.fixedCost + DEFAULT_VEHICLE.perKm * km, stops,
      riders: trip.passengers.map((id) => {
        const rider = riders.get(id) as (typeof passengers)[number];
        const from = legOf.get(id);
        return {
          province: rider.province, workerId: id, seat: seats.seats.get(id) as number, pickup: from?.from ?? '', dropoff: from?.to ?? '',
          jobProvince: rider.job_province, jobId: rider.job_id,
        };
      }),
    };
  });
  const naive = naivePlan(instance);
  const summary: PlanDaySummary = {
    planId: null, date: options.date, passengers: instance.passengers.length, coaches: plan.coaches, km: plan.km, cost: plan.cost,
    naive: { coaches: naive.coaches, km: naive.km, cost: naive.cost }, lowerBoundCoaches: lowerBound(instance).coaches, unplanned, changes,
  };
  const saved = await saveDayPlan(ctx.db, {
    campaignId: campaign.id, date: options.date, actor: actor.login,
    summary: { ...summary, changes: undefined }, changes: changes as unknown as Record<string, unknown> | null, trips,
  });
  summary.planId = saved.planId;
  await recordAudit(ctx, actor, {
    action: 'trips.plan', entity: 'campaign', entityId: campaign.id, regionCode: campaign.regionCode,
    after: { date: options.date, coaches: plan.coaches, passengers: summary.passengers, unplanned: unplanned.length, travelGroupsSplit: grouped.split.length },
  });
  return summary;
}

/** Stops with coordinates: a gathering point's own, a site's county seat (regions.json). */
function placeStops(stops: readonly Stop[], points: ReadonlyMap<string, { lat: number; lon: number }>): StopJson[] {
  return stops.map((s) => {
    const at = s.location.startsWith('gp:') ? points.get(s.location.slice(3)) : getRegion(s.location.replace(/^site:/, ''));
    return { kind: s.kind, location: s.location, name: s.name, eta: s.eta, km: s.km, lat: at?.lat ?? null, lon: at?.lon ?? null };
  });
}

async function pointsOf(ctx: AppContext, campaignId: string) {
  return new Map((await loadGatheringPoints(ctx.db, campaignId)).map((p) => [p.id, p]));
}

function tripJson(row: TripRow, points: ReadonlyMap<string, { lat: number; lon: number }>): TripJson {
  return {
    id: row.id, campaignId: row.campaign_id, departureDate: row.departure_date, number: row.number, capacity: row.capacity,
    spacing: row.spacing === 'alternate' ? 'alternate' : 'normal', km: row.km, cost: row.cost, gatheringPointId: row.gathering_point_id,
    riders: row.riders, stops: placeStops(row.stops as Stop[], points),
  };
}

/** A campaign's planned coaches (of one day, or all days) carrying people in the caller's reach. */
export async function dayTrips(ctx: AppContext, actor: Actor, campaignId: string, date: string | undefined): Promise<TripJson[]> {
  const campaign = await getVisibleCampaign(ctx, actor.scope, campaignId);
  const rows = await listDayTrips(ctx.db, actor.scope, campaign.id, date);
  const points = rows.length === 0 ? new Map() : await pointsOf(ctx, campaign.id);
  return rows.map((row) => tripJson(row, points));
}

/** One coach: route with times and coordinates, the seat plan, the riders in reach. */
export async function tripDetail(ctx: AppContext, actor: Actor, tripId: string): Promise<TripDetailJson> {
  const found = await findTrip(ctx.db, actor.scope, tripId);
  if (!found) throw tripNotFound(tripId);
  const trip = tripJson(found.trip, await pointsOf(ctx, found.trip.campaign_id));
  const nameOf = new Map(trip.stops.map((s) => [s.location, s.name]));
  const spacing = trip.spacing;
  return {
    ...trip,
    passengers: found.riders.map((r) => ({
      workerId: r.worker_id, name: r.name, idMasked: r.id_masked, seat: r.seat, pickup: r.pickup, pickupName: nameOf.get(r.pickup) ?? r.pickup,
      dropoff: r.dropoff, dropoffName: nameOf.get(r.dropoff) ?? r.dropoff, employer: r.employer, jobTitle: r.job_title,
      siteCode: r.site_code, siteName: fullName(r.site_code) ?? r.site_code,
    })),
    seatPlan: { seatsPerRow: SEATS_PER_ROW, rows: Math.ceil(trip.capacity / SEATS_PER_ROW), usable: usableSeats(trip.capacity, spacing) },
  };
}

/** A campaign's gathering points (where coaches leave from), for whoever sees the campaign. */
export async function campaignGatheringPoints(ctx: AppContext, actor: Actor, campaignId: string) {
  const campaign = await getVisibleCampaign(ctx, actor.scope, campaignId);
  return (await loadGatheringPoints(ctx.db, campaign.id)).map((p) => ({
    id: p.id, name: p.name, regionCode: p.region_code, servesPrefix: p.serves_prefix, lat: p.lat, lon: p.lon,
  }));
}
