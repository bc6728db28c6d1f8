// The allocation engine on a worker thread, so the server keeps answering while a big
// campaign is solved. Input and output are plain data (structured clone).
import { parentPort, workerData } from 'node:worker_threads';
import { solveMatching } from '../engines/match/solve.js';
import type { Assignment, MatchInstance } from '../engines/match/types.js';
import type { WarmStart } from '../engines/match/warm.js';
import type { EngineResult } from './run-engine.js';

type Input = { instance: MatchInstance; fixed: Assignment[]; warm?: WarmStart };

const input = (workerData as { data: Input }).data;
try {
  const started = performance.now();
  const solution = solveMatching(input.instance, {
    fixed: input.fixed,
    onProgress: (progress) => parentPort?.postMessage({ kind: 'progress', progress }),
    ...(input.warm ? { warm: input.warm } : {}),
  });
  const result: EngineResult = {
    objective: solution.objective, assignments: solution.assignments, jobPrices: solution.jobPrices,
    start: solution.stats.start, engineSeconds: (performance.now() - started) / 1000,
  };
  parentPort?.postMessage({ kind: 'done', result });
} catch (error) {
  parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
