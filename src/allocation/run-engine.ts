// Runs the engine in the calling thread for small campaigns and on a worker thread for
// big ones (a thread costs ~100 ms to start; a 27,000-worker campaign is worth it).
import { typescriptWorker } from '../app/threads.js';
import { solveMatching, type SolveProgress } from '../engines/match/solve.js';
import type { Assignment, MatchInstance, MatchResult } from '../engines/match/types.js';
import type { WarmStart } from '../engines/match/warm.js';

export const THREAD_THRESHOLD = 5000;

/** The engine's answer plus what the next run starts from and how this one started. */
export type EngineResult = MatchResult & { jobPrices: Map<string, number>; start: 'warm' | 'cold'; engineSeconds: number };

export async function runMatchingEngine(
  instance: MatchInstance,
  fixed: Assignment[],
  onProgress?: (progress: SolveProgress) => void,
  options: { thread?: boolean; warm?: WarmStart } = {},
): Promise<EngineResult> {
  const useThread = options.thread ?? instance.workers.length >= THREAD_THRESHOLD;
  if (!useThread) {
    const started = performance.now();
    const solution = solveMatching(instance, { fixed, onProgress, ...(options.warm ? { warm: options.warm } : {}) });
    return {
      objective: solution.objective, assignments: solution.assignments, jobPrices: solution.jobPrices,
      start: solution.stats.start, engineSeconds: (performance.now() - started) / 1000,
    };
  }
  // The thread's module has the caller's extension: .ts from the sources, .js from lib/.
  const entry = new URL(`./allocation.thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const worker = typescriptWorker(entry, { instance, fixed, warm: options.warm });
  return new Promise<EngineResult>((resolve, reject) => {
    worker.on('message', (message: { kind: string; progress?: SolveProgress; result?: EngineResult; message?: string }) => {
      if (message.kind === 'progress' && message.progress) onProgress?.(message.progress);
      else if (message.kind === 'done' && message.result) resolve(message.result);
      else if (message.kind === 'error') reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`allocation thread exited with ${code}`));
    });
  });
}
