// Small hand-made instances shared by the trip engine's tests.

import fc from 'fast-check';
import type { Location, Passenger, TripInstance, Vehicle } from './types.js';

export const SHANXI = {
  'ty-binhe': { lat: 37.87, lon: 112.55, name: 'Taiyuan Binhe Sports Centre' },
  'jz-yuci': { lat: 37.69, lon: 112.75, name: 'Jinzhong Yuci' },
  'dt-city': { lat: 40.08, lon: 113.3, name: 'Datong' },
  'yc-city': { lat: 35.03, lon: 111.01, name: 'Yuncheng' },
  'sz-plant': { lat: 31.2989, lon: 120.5853, name: 'Suzhou plant' },
  'ks-plant': { lat: 31.38, lon: 120.98, name: 'Kunshan plant' },
  'bj-daxing': { lat: 39.73, lon: 116.34, name: 'Beijing Daxing' },
  'sz-longhua': { lat: 22.65, lon: 114.04, name: 'Shenzhen Longhua' },
  'xa-hitech': { lat: 34.19, lon: 108.87, name: "Xi'an Hi-tech" },
};

export const COACH: Vehicle = { capacity: 50, maxStops: 4, detour: 1.3, fixedCost: 3000, perKm: 8 };

/** Passengers w1, w2, … in groups of [from, to, count]. */
export function riders(groups: [string, string, number][], prefix = 'w'): Passenger[] {
  const out: Passenger[] = [];
  for (const [from, to, count] of groups) {
    for (let i = 0; i < count; i++) out.push({ id: `${prefix}${out.length + 1}`, from, to });
  }
  return out;
}

export function shanxiInstance(groups: [string, string, number][], vehicle: Partial<Vehicle> = {}): TripInstance {
  return { vehicle: { ...COACH, ...vehicle }, roadFactor: 1.2, locations: { ...SHANXI }, passengers: riders(groups) };
}

const coordinate = fc.oneof(
  // Anywhere on Earth, poles and the date line included.
  fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
  // North China to the Pearl River delta, where real corridors are.
  fc.record({ lat: fc.double({ min: 22, max: 41, noNaN: true }), lon: fc.double({ min: 108, max: 122, noNaN: true }) }),
);

/** Random instances: some places share coordinates, groups range from one rider to several coachloads. */
export const instanceArbitrary: fc.Arbitrary<TripInstance> = fc
  .record({
    places: fc.array(coordinate, { minLength: 2, maxLength: 10 }),
    twins: fc.nat({ max: 2 }),
    groups: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), count: fc.integer({ min: 1, max: 70 }) }), {
      maxLength: 14,
    }),
    capacity: fc.integer({ min: 1, max: 60 }),
    maxStops: fc.integer({ min: 2, max: 6 }),
    detour: fc.double({ min: 1, max: 2, noNaN: true }),
    fixedCost: fc.integer({ min: 0, max: 5000 }),
    perKm: fc.double({ min: 0, max: 20, noNaN: true }),
    roadFactor: fc.double({ min: 1, max: 1.5, noNaN: true }),
  })
  .map((r) => {
    // A few places duplicated under another name: zero-length legs and zero direct distances.
    const coords = [...r.places, ...r.places.slice(0, r.twins)];
    const locations: Record<string, Location> = {};
    coords.forEach((c, i) => (locations[`p${i}`] = c));
    const n = coords.length;
    const passengers: Passenger[] = [];
    for (const g of r.groups) {
      const from = g.from % n;
      let to = g.to % n;
      if (to === from) to = (to + 1) % n;
      for (let i = 0; i < g.count; i++) passengers.push({ id: `w${passengers.length + 1}`, from: `p${from}`, to: `p${to}` });
    }
    return {
      vehicle: { capacity: r.capacity, maxStops: r.maxStops, detour: r.detour, fixedCost: r.fixedCost, perKm: r.perKm },
      roadFactor: r.roadFactor,
      locations,
      passengers,
    };
  });
