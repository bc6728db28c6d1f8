// A stored departure day as the trip-planning contract's instance: each worker's pick-up
// is the gathering point serving their county, the drop-off the vacancy's site (the
// site region's seat; employers' street addresses are not geocoded here). Pure.
import { getRegion, shortRegionName } from '../core/regions.js';
import { roadKm } from '../engines/trips/distance.js';
import type { Location, TripInstance, Trip, Vehicle } from '../engines/trips/types.js';
import type { DayPassenger } from './trips.repository.js';

export type GatheringPoint = { id: string; region_code: string; serves_prefix: string; name: string; lat: number; lon: number };
export type Unplanned = { workerId: string; reason: { zh: string; en: string } };

export const DEFAULT_VEHICLE: Vehicle = { capacity: 50, maxStops: 4, detour: 1.3, fixedCost: 3000, perKm: 8 };
export const ROAD_FACTOR = 1.2;

export function pickupFor(points: readonly GatheringPoint[], regionCode: string): GatheringPoint | undefined {
  // The most specific point wins: a county's own point before its city's.
  return [...points].filter((p) => regionCode.startsWith(p.serves_prefix)).sort((a, b) => b.serves_prefix.length - a.serves_prefix.length)[0];
}

export function dayInstance(passengers: readonly DayPassenger[], points: readonly GatheringPoint[], vehicle: Vehicle): {
  instance: TripInstance;
  unplanned: Unplanned[];
  riders: Map<string, DayPassenger>;
} {
  const locations: Record<string, Location> = {};
  const unplanned: Unplanned[] = [];
  const riders = new Map<string, DayPassenger>();
  const list: TripInstance['passengers'] = [];
  for (const p of passengers) {
    const point = pickupFor(points, p.region_code);
    if (!point) {
      unplanned.push({ workerId: p.worker_id, reason: { zh: `户籍地 ${p.region_code} 没有集合点`, en: `no gathering point serves ${p.region_code}` } });
      continue;
    }
    const site = getRegion(p.site_code);
    if (!site) {
      unplanned.push({ workerId: p.worker_id, reason: { zh: `工作地点 ${p.site_code} 没有坐标`, en: `no coordinate for site ${p.site_code}` } });
      continue;
    }
    const from = `gp:${point.id}`;
    const to = `site:${site.code}`;
    locations[from] = { lat: point.lat, lon: point.lon, name: point.name };
    locations[to] = { lat: site.lat, lon: site.lon, name: site.name };
    list.push({ id: p.worker_id, from, to });
    riders.set(p.worker_id, p);
  }
  return { instance: { vehicle, roadFactor: ROAD_FACTOR, locations, passengers: list }, unplanned, riders };
}

export type Stop = { kind: 'pickup' | 'dropoff'; location: string; name: string; eta: string; km: number };

const DEPARTURE_MINUTES = 7 * 60; // coaches leave the first gathering point at 07:00
const SPEED_KMH = 60;
const DWELL_MINUTES = 15;

function clock(date: string, minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const hh = String(Math.floor((minutes % 1440) / 60)).padStart(2, '0');
  const mm = String(Math.floor(minutes % 60)).padStart(2, '0');
  if (day === 0) return `${hh}:${mm}`;
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + day);
  return `${next.toISOString().slice(5, 10)} ${hh}:${mm}`;
}

/** The route with estimated times: 60 km/h on the road, 15 minutes at each stop. */
export function stopsWithTimes(instance: TripInstance, trip: Trip, date: string): Stop[] {
  const route = [...trip.pickups.map((l) => ['pickup', l] as const), ...trip.dropoffs.map((l) => ['dropoff', l] as const)];
  let minutes = DEPARTURE_MINUTES;
  let km = 0;
  return route.map(([kind, location], i) => {
    if (i > 0) {
      const leg = roadKm(instance.locations[route[i - 1][1]], instance.locations[location], instance.roadFactor);
      km += leg;
      minutes += DWELL_MINUTES + (leg / SPEED_KMH) * 60;
    }
    return { kind, location, name: instance.locations[location]?.name ?? location, eta: clock(date, minutes), km: Math.round(km * 10) / 10 };
  });
}

/** '0106-太原-03': the day, the first gathering point's city, the coach. */
export function tripNumber(date: string, pointRegion: string, index: number): string {
  const city = shortRegionName(getRegion(pointRegion)?.name ?? pointRegion);
  return `${date.slice(5, 7)}${date.slice(8, 10)}-${city}-${String(index).padStart(2, '0')}`;
}
