// Slow, obviously-correct solvers the fast one is checked against: exhaustive search for
// tiny instances and HiGHS on the LP over all eligible pairs (integral for a
// transportation problem) for small and medium ones. Used by tests and the benchmark.

import { value } from './rules.js';
import type { MatchInstance } from './types.js';

/** Maximum objective by exhaustive search: workers × (jobs + 1) choices. */
export function bruteForceOptimum(instance: MatchInstance): number {
  const { workers, jobs } = instance;
  const values = workers.map((w) => jobs.map((j) => value(w, j)));
  const left = jobs.map((j) => j.headcount);
  let best = 0;
  const go = (i: number, sum: number): void => {
    if (i === workers.length) {
      if (sum > best) best = sum;
      return;
    }
    go(i + 1, sum);
    for (let j = 0; j < jobs.length; j++) {
      const v = values[i][j];
      if (v === null || left[j] === 0) continue;
      left[j]--;
      go(i + 1, sum + v);
      left[j]++;
    }
  };
  go(0, 0);
  return best;
}

export type EligiblePairs = { worker: Int32Array; job: Int32Array; value: Float64Array };

export function eligiblePairs(instance: MatchInstance): EligiblePairs {
  const worker: number[] = [];
  const job: number[] = [];
  const val: number[] = [];
  instance.workers.forEach((w, i) =>
    instance.jobs.forEach((jb, j) => {
      const v = value(w, jb);
      if (v !== null && jb.headcount > 0) {
        worker.push(i);
        job.push(j);
        val.push(v);
      }
    }),
  );
  return { worker: Int32Array.from(worker), job: Int32Array.from(job), value: Float64Array.from(val) };
}

type Highs = import('highs').Highs;
type Loader = () => Promise<Highs>;
let highsPromise: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  // The package's types describe its CommonJS face; under ESM the loader is the default export.
  highsPromise ??= import('highs').then((m) => (m.default as unknown as Loader)());
  return highsPromise;
}

/** The LP optimum by HiGHS: one column per eligible pair, rows "worker once", "job ≤ headcount". */
export async function highsOptimum(instance: MatchInstance, pairs = eligiblePairs(instance)): Promise<number> {
  const highs = await loadHighs();
  const n = pairs.value.length;
  if (n === 0) return 0;
  const rows = instance.workers.length + instance.jobs.length;
  const starts = new Int32Array(n + 1);
  const indices = new Int32Array(2 * n);
  for (let k = 0; k < n; k++) {
    starts[k + 1] = 2 * (k + 1);
    indices[2 * k] = pairs.worker[k];
    indices[2 * k + 1] = instance.workers.length + pairs.job[k];
  }
  const rowUpper = new Float64Array(rows);
  rowUpper.fill(1, 0, instance.workers.length);
  instance.jobs.forEach((j, k) => (rowUpper[instance.workers.length + k] = j.headcount));
  return highs.withModel(
    {
      numCols: n,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: pairs.value,
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(1),
      rowLower: new Float64Array(rows),
      rowUpper,
      matrix: { format: 'csc', numRows: rows, numCols: n, starts, indices, values: new Float64Array(2 * n).fill(1) },
    },
    (model) => {
      model.options.set({ output_flag: false });
      model.run();
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('HiGHS did not reach optimality');
      return Math.round(model.getObjectiveValue());
    },
  );
}
