// Runs the engine in the calling thread for small campaigns and on a worker thread for
// big ones (a thread costs ~100 ms to start; a 27,000-worker campaign is worth it).
import { typescriptWorker } from '../app/threads.js';
import { solveMatching, type SolveProgress } from '../engines/match/solve.js';
import type { Assignment, MatchInstance, MatchResult } from '../engines/match/types.js';

export const THREAD_THRESHOLD = 5000;

export async function runMatchingEngine(
  instance: MatchInstance,
  fixed: Assignment[],
  onProgress?: (progress: SolveProgress) => void,
  options: { thread?: boolean } = {},
): Promise<MatchResult> {
  const useThread = options.thread ?? instance.workers.length >= THREAD_THRESHOLD;
  if (!useThread) {
    const solution = solveMatching(instance, { fixed, onProgress });
    return { objective: solution.objective, assignments: solution.assignments };
  }
  const worker = typescriptWorker(new URL('./allocation.thread.ts', import.meta.url), { instance, fixed });
  return new Promise<MatchResult>((resolve, reject) => {
    worker.on('message', (message: { kind: string; progress?: SolveProgress; objective?: number; assignments?: Assignment[]; message?: string }) => {
      if (message.kind === 'progress' && message.progress) onProgress?.(message.progress);
      else if (message.kind === 'done') resolve({ objective: message.objective ?? 0, assignments: message.assignments ?? [] });
      else if (message.kind === 'error') reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`allocation thread exited with ${code}`));
    });
  });
}
