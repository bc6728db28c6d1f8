// A cheap neighbourhood for very large instances: (from, to) points ordered along a
// 4-D Z-order curve, so "near in the order" roughly means near at both ends. Used only
// to bound the search when there are thousands of groups or coaches.

import type { Location } from './types.js';

export function mortonKey(from: Location, to: Location): number {
  const coords = [(from.lat + 90) / 180, (from.lon + 180) / 360, (to.lat + 90) / 180, (to.lon + 180) / 360].map((x) =>
    Math.min(255, Math.floor(x * 256)),
  );
  let key = 0;
  for (let bit = 7; bit >= 0; bit--) {
    for (const c of coords) key = key * 2 + ((c >> bit) & 1);
  }
  return key;
}

/** Items sorted by key, and the ones within `window` places of a key. */
export type KeyOrder = { near: (key: number, window: number) => number[] };

export function keyOrder(items: readonly number[], keyOf: (item: number) => number): KeyOrder {
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => a.key - b.key || a.item - b.item);
  return {
    near(key, window) {
      let lo = 0;
      let hi = keyed.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keyed[mid].key < key) lo = mid + 1;
        else hi = mid;
      }
      return keyed.slice(Math.max(0, lo - window), lo + window).map((k) => k.item);
    },
  };
}
