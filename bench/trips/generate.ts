// A seeded generator of realistic one-day instances: a few big groups (a factory hiring a
// coachload or more from one city) and many small ones (a handful from a county), from
// Shanxi's gathering points to factory sites in eight provinces.

import { seededRandom, type Random } from '../../src/engines/trips/prng.js';
import type { Passenger, TripInstance } from '../../src/engines/trips/types.js';
import { FACTORY_SITES, GATHERING_POINTS, type Place } from './places.js';

export type GeneratorOptions = {
  passengers: number;
  seed: number;
  /** Share of passengers travelling in big groups. */
  bigShare?: number;
};

function pick(random: Random, places: readonly Place[]): Place {
  const total = places.reduce((sum, p) => sum + p.weight, 0);
  let x = random() * total;
  for (const place of places) {
    x -= place.weight;
    if (x < 0) return place;
  }
  return places[places.length - 1];
}

export function generateInstance(options: GeneratorOptions): TripInstance {
  const random = seededRandom(options.seed * 7919 + options.passengers);
  const bigShare = options.bigShare ?? 0.35;
  const groups: { from: string; to: string; size: number }[] = [];
  const bigTotal = Math.round(options.passengers * bigShare);
  const bigCount = Math.max(2, Math.min(30, Math.round(options.passengers / 1000)));
  let left = options.passengers;
  for (let g = 0; g < bigCount && left > 0; g++) {
    const size = Math.min(left, Math.max(50, Math.round((bigTotal / bigCount) * (0.5 + random()))));
    groups.push({ from: pick(random, GATHERING_POINTS).id, to: pick(random, FACTORY_SITES).id, size });
    left -= size;
  }
  while (left > 0) {
    // Log-uniform 1..40: most groups are a few people, some fill most of a coach.
    const size = Math.min(left, Math.floor(Math.exp(random() * Math.log(41))));
    groups.push({ from: pick(random, GATHERING_POINTS).id, to: pick(random, FACTORY_SITES).id, size });
    left -= size;
  }
  const passengers: Passenger[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.size; i++) passengers.push({ id: `w${passengers.length + 1}`, from: group.from, to: group.to });
  }
  const locations: TripInstance['locations'] = {};
  for (const place of [...GATHERING_POINTS, ...FACTORY_SITES]) {
    locations[place.id] = { lat: place.lat, lon: place.lon, name: place.name };
  }
  return {
    vehicle: { capacity: 50, maxStops: 4, detour: 1.3, fixedCost: 3000, perKm: 8 },
    roadFactor: 1.2,
    locations,
    passengers,
  };
}
