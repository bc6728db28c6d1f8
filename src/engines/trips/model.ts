// The planner's indexed view of an instance: locations and (from, to) pairs by number,
// distances memoised, passengers grouped per pair in input order. Everything the search
// touches is an integer index so the inner loops stay allocation-light.

import { distanceTable, type DistanceFn } from './distance.js';
import type { Location, TripInstance } from './types.js';

export type Model = {
  locationIds: string[];
  locations: Location[];
  dist: DistanceFn;
  capacity: number;
  /** Stops the planner will use on one coach: the vehicle's limit, capped so enumeration stays cheap. */
  maxStops: number;
  fixedCost: number;
  perKm: number;
  pairFrom: Int32Array;
  pairTo: Int32Array;
  pairDirect: Float64Array;
  /** Longest ride allowed for the pair when it is not the direct leg, with a safety margin. */
  pairLimit: Float64Array;
  /** Passenger indices per pair, in input order. */
  pairPassengers: number[][];
  passengerCount: number;
  /** Memo of mayShare per pair of pairs (0 unknown, 1 may share, 2 never), when small enough. */
  shareMemo: Uint8Array | null;
};

// 4,000 groups make a 16 MB memo; beyond that the test is recomputed each time.
const SHARE_MEMO_LIMIT = 4000;

// Orders of up to 6 stops are enumerated exhaustively (6! = 720 at worst); longer limits
// would explode that and bring little on real corridors.
export const PLANNER_STOP_CAP = 6;

// A ride that is not the direct leg is a sum of legs; keeping it a hair below the limit
// means a checker summing in another order, or using another haversine variant, agrees.
const RELATIVE_MARGIN = 1e-9;
const ABSOLUTE_MARGIN_KM = 1e-9;

export function buildModel(instance: TripInstance): Model {
  const locationIds = Object.keys(instance.locations);
  const indexOf = new Map<string, number>();
  locationIds.forEach((id, i) => indexOf.set(id, i));
  const locations = locationIds.map((id) => instance.locations[id]);
  const dist = distanceTable(locations, instance.roadFactor);
  const { vehicle } = instance;

  const pairIndex = new Map<number, number>();
  const from: number[] = [];
  const to: number[] = [];
  const pairPassengers: number[][] = [];
  const n = locationIds.length;
  instance.passengers.forEach((passenger, p) => {
    const a = indexOf.get(passenger.from) as number;
    const b = indexOf.get(passenger.to) as number;
    const key = a * n + b;
    let pair = pairIndex.get(key);
    if (pair === undefined) {
      pair = from.length;
      pairIndex.set(key, pair);
      from.push(a);
      to.push(b);
      pairPassengers.push([]);
    }
    pairPassengers[pair].push(p);
  });

  const pairDirect = new Float64Array(from.length);
  const pairLimit = new Float64Array(from.length);
  for (let k = 0; k < from.length; k++) {
    pairDirect[k] = dist(from[k], to[k]);
    pairLimit[k] = vehicle.detour * pairDirect[k] * (1 - RELATIVE_MARGIN) - ABSOLUTE_MARGIN_KM;
  }

  return {
    locationIds,
    locations,
    dist,
    capacity: vehicle.capacity,
    maxStops: Math.min(vehicle.maxStops, PLANNER_STOP_CAP),
    fixedCost: vehicle.fixedCost,
    perKm: vehicle.perKm,
    pairFrom: Int32Array.from(from),
    pairTo: Int32Array.from(to),
    pairDirect,
    pairLimit,
    pairPassengers,
    passengerCount: instance.passengers.length,
    shareMemo: from.length <= SHARE_MEMO_LIMIT ? new Uint8Array(from.length * from.length) : null,
  };
}
