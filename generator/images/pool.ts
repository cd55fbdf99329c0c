/**
 * Run async jobs a few at a time. Rendering interleaves JavaScript (layout, outlines) with
 * libvips work on its own threads, so a handful in flight keeps both cores busy.
 */
import { availableParallelism } from 'node:os';

export const RENDER_CONCURRENCY = Math.max(2, availableParallelism() + 1);

export async function runPool<T>(jobs: (() => Promise<T>)[], limit = RENDER_CONCURRENCY, onDone?: (done: number, total: number) => void): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
      onDone?.(++done, jobs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
