// The planner's only source of randomness: the project's seeded generator (mulberry32),
// so a given instance and seed always yield the same plan.
import { createRng } from '../../core/random.js';

export type Random = () => number;

export function seededRandom(seed: number): Random {
  return createRng(seed).next;
}
