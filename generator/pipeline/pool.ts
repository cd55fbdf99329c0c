/**
 * Runs a build's tasks on every core: a few worker threads, each compiling and writing whole
 * articles and sending back only the small result. With one worker (or a handful of articles,
 * where starting threads costs more than it saves) the tasks run in this thread instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RenderCache } from '../images/cache.ts';
import { loadTheme } from '../theme.ts';
import { runTask, type Task, type TaskContext, type TaskResult } from './compile-task.ts';

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; result: TaskResult }
  | { type: 'media'; done: number; total: number; slug: string };

export interface PoolOptions {
  /** Threads to use; default: one per core. */
  workers?: number;
  onResult: (result: TaskResult) => void;
  onMediaProgress?: (done: number, total: number, slug: string) => void;
}

/** Below this many articles per thread, starting a thread (≈0.5 s to load the compiler) does not pay. */
const MIN_TASKS_PER_WORKER = 24;

export function workerCount(tasks: number, requested?: number): number {
  const wanted = requested ?? availableParallelism();
  return Math.max(1, Math.min(wanted, Math.floor(tasks / MIN_TASKS_PER_WORKER)));
}

export async function runTasks(tasks: Task[], ctx: TaskContext, opts: PoolOptions): Promise<void> {
  const threads = opts.workers === undefined ? workerCount(tasks.length) : Math.max(1, Math.min(opts.workers, tasks.length));
  if (threads <= 1) return runHere(tasks, ctx, opts);
  const queue = [...tasks];
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  const workers: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(entry, { workerData: ctx });
      workers.push(worker);
      const next = () => {
        const task = queue.shift();
        if (task) worker.postMessage(task);
        else resolve();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'media') opts.onMediaProgress?.(m.done, m.total, m.slug);
        else if (m.type === 'result') {
          opts.onResult(m.result);
          next();
        } else next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0) reject(new Error(`构建线程意外退出（退出码 ${code}）`)); });
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function runHere(tasks: Task[], ctx: TaskContext, opts: PoolOptions): Promise<void> {
  const env = {
    theme: await loadTheme(),
    cache: ctx.cacheDir ? new RenderCache(ctx.cacheDir) : undefined,
    onMediaProgress: opts.onMediaProgress,
  };
  for (const task of tasks) opts.onResult(await runTask(task, ctx, env));
}
