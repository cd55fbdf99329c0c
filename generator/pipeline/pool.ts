/**
 * Runs a build's tasks on every core: this thread and a few worker threads, each compiling and
 * writing whole articles; workers send back only the small result. With one thread (or a
 * handful of articles, where starting threads costs more than it saves) only this one works.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runTask, taskEnv, type Task, type TaskContext, type TaskResult } from './compile-task.ts';
import { buildPrecompiled, freshPrecompiled } from './precompiled.ts';

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

/** Tasks sent ahead to each worker. */
const PREFETCH = 3;

/** Below this many articles per thread, starting a thread (≈0.5 s to load the compiler) does not pay. */
const MIN_TASKS_PER_WORKER = 24;

export function workerCount(tasks: number, requested?: number): number {
  const wanted = requested ?? availableParallelism();
  return Math.max(1, Math.min(wanted, Math.floor(tasks / MIN_TASKS_PER_WORKER)));
}

export async function runTasks(tasks: Task[], ctx: TaskContext, opts: PoolOptions): Promise<void> {
  const threads = opts.workers === undefined ? workerCount(tasks.length) : Math.max(1, Math.min(opts.workers, tasks.length));
  const queue = [...tasks];
  // This thread is one of the workers: its compiler is loaded already, while each new thread
  // spends about a second loading its own before its first article.
  const here = runHere(queue, ctx, opts);
  if (threads <= 1) return here;
  // Precompiled when it is up to date (a worker then starts in well under a second); else
  // through tsx, and the precompiled files are made for the next build meanwhile.
  const bundle = freshPrecompiled('worker');
  const entry = bundle ?? new URL('./worker-entry.mjs', import.meta.url);
  const stale = !bundle || !freshPrecompiled('cli');
  const workers: Worker[] = [];
  try {
    if (stale) void buildPrecompiled();
    await Promise.all([here, ...Array.from({ length: threads - 1 }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(entry, { workerData: ctx });
      workers.push(worker);
      // Each worker holds a few tasks in hand, so it never waits for this thread, which is
      // compiling articles too and answers only between them.
      let inHand = 0;
      const topUp = () => {
        while (inHand < PREFETCH) {
          const task = queue.shift();
          if (!task) break;
          worker.postMessage(task);
          inHand++;
        }
        if (inHand === 0) resolve();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'media') opts.onMediaProgress?.(m.done, m.total, m.slug);
        else if (m.type === 'result') {
          inHand--;
          opts.onResult(m.result);
          topUp();
        } else topUp();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0) reject(new Error(`构建线程意外退出（退出码 ${code}）`)); });
    }))]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    if (stale) await buildPrecompiled();
  }
}

/** Takes tasks from the shared queue until it is empty. */
async function runHere(tasks: Task[], ctx: TaskContext, opts: Pick<PoolOptions, 'onResult' | 'onMediaProgress'>): Promise<void> {
  const env = await taskEnv(ctx.cacheDir, opts.onMediaProgress);
  for (let task = tasks.shift(); task; task = tasks.shift()) opts.onResult(await runTask(task, ctx, env));
}
