// Distances exactly as the contract defines them: roadFactor × great-circle distance by
// the haversine formula on a sphere of radius 6371 km. Planner and validator must both
// use these functions so that a recount agrees to the last bit.

import type { Location } from './types.js';

export const EARTH_RADIUS_KM = 6371;

const RAD = Math.PI / 180;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const sinLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const a = sinLat * sinLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinLon * sinLon;
  // Rounding can push a a hair past 1 for antipodal points; asin would then return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, a)));
}

export function roadKm(a: Location, b: Location, roadFactor: number): number {
  return roadFactor * haversineKm(a.lat, a.lon, b.lat, b.lon);
}

export type DistanceFn = (i: number, j: number) => number;

// A full matrix pays off when it fits comfortably; beyond that (tens of thousands of
// distinct places, never seen in practice) distances are computed on demand.
const MATRIX_LIMIT = 2500;

/** Distances between locations by index, memoised in a matrix when the count allows. */
export function distanceTable(locations: readonly Location[], roadFactor: number): DistanceFn {
  const n = locations.length;
  if (n > MATRIX_LIMIT) return (i, j) => roadKm(locations[i], locations[j], roadFactor);
  // Filled lazily: a big instance touches only the pairs its trips could combine.
  const matrix = new Float64Array(n * n).fill(-1);
  return (i, j) => {
    const k = i * n + j;
    let value = matrix[k];
    if (value < 0) {
      value = roadKm(locations[i], locations[j], roadFactor);
      matrix[k] = value;
    }
    return value;
  };
}
