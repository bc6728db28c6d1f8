// What the engine benches share: the sizes they run and a CPU-time measure of one call.
import type { Shape } from './generate.js';

/** shape, workers, jobs, headcount scale (1.5 gives more seats than workers, 0.5 fewer). */
export const ENGINE_SIZES: [Shape, number, number, number][] = [
  ['realistic', 5_000, 400, 1.5],
  ['realistic', 27_000, 1_500, 1.5],
  ['realistic', 27_000, 1_500, 0.5],
  ['adversarial', 27_000, 1_500, 1.5],
  ['adversarial', 27_000, 1_500, 0.5],
];

/** User + system CPU of one call, in milliseconds, with its value. */
export function cpu<T>(run: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}
