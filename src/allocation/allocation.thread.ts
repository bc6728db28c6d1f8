// The allocation engine on a worker thread, so the server keeps answering while a big
// campaign is solved. Input and output are plain data (structured clone).
import { parentPort, workerData } from 'node:worker_threads';
import { solveMatching } from '../engines/match/solve.js';
import type { Assignment, MatchInstance } from '../engines/match/types.js';

type Input = { instance: MatchInstance; fixed: Assignment[] };

const input = (workerData as { data: Input }).data;
try {
  const solution = solveMatching(input.instance, {
    fixed: input.fixed,
    onProgress: (progress) => parentPort?.postMessage({ kind: 'progress', progress }),
  });
  parentPort?.postMessage({ kind: 'done', objective: solution.objective, assignments: solution.assignments });
} catch (error) {
  parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
