/**
 * Runs a build's tasks on every core: a worker thread per core, each compiling and writing whole
 * articles, and this thread until they are ready; workers send back only the small result. With
 * one thread (or a handful of articles, where starting threads costs more than it saves) only
 * this one works.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runTask, taskEnv, type Task, type TaskContext, type TaskResult } from './compile-task.ts';
import { buildPrecompiled, freshPrecompiled } from './precompiled.ts';
import { addMarks, mark, type Mark } from './timeline.ts';

export type WorkerMessage =
  | { type: 'ready'; marks?: Mark[] }
  | { type: 'result'; result: TaskResult; marks?: Mark[] }
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

/**
 * A worker's young generation (where V8 first puts every new object, and which it sweeps
 * often): 96 MB is a 32 MB semi-space, twice Node's default. Compiling an article allocates
 * many short-lived syntax trees, strings and pages; with the default, scavenges were about a
 * tenth of a build's CPU time.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/** From this many articles a one-thread build pays for starting a worker (≈0.5 s) with that heap. */
const ONE_WORKER_MIN_TASKS = 100;

export async function runTasks(tasks: Task[], ctx: TaskContext, opts: PoolOptions): Promise<void> {
  const threads = opts.workers === undefined ? workerCount(tasks.length) : Math.max(1, Math.min(opts.workers, tasks.length));
  const queue = [...tasks];
  // One thread: a big build still compiles on a worker, for its heap.
  if (threads <= 1 && tasks.length < ONE_WORKER_MIN_TASKS) return runHere(queue, ctx, opts, () => false);
  // This thread compiles too while the workers load their compiler (about half a second each),
  // then leaves the work to them: their heaps are sized for it (WORKER_YOUNG_GENERATION_MB),
  // this one's is not, and it stays free to take their results.
  let ready = 0;
  const here = runHere(queue, ctx, opts, () => ready === threads);
  // Precompiled when it is up to date (a worker then starts in well under a second); else
  // through tsx, and the precompiled files are made for the next build meanwhile.
  const bundle = freshPrecompiled('worker');
  const entry = bundle ?? new URL('./worker-entry.mjs', import.meta.url);
  const stale = !bundle || !freshPrecompiled('cli');
  const workers: Worker[] = [];
  try {
    if (stale) void buildPrecompiled();
    await Promise.all([here, ...Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
      mark('worker start requested');
      const worker = new Worker(entry, { workerData: ctx, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.push(worker);
      // Each worker holds a few tasks in hand, so it never waits for this thread, which may be
      // compiling an article too and answers only between them.
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
          addMarks(m.marks);
          inHand--;
          opts.onResult(m.result);
          topUp();
        } else {
          addMarks(m.marks);
          mark(`worker ${worker.threadId} ready`);
          ready++;
          topUp();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0) reject(new Error(`构建线程意外退出（退出码 ${code}）`)); });
    }))]);
  } finally {
    mark('all results in');
    await Promise.all(workers.map((w) => w.terminate()));
    mark('workers terminated');
    if (stale) await buildPrecompiled();
  }
}

/** Takes tasks from the shared queue until it is empty or `done` says to stop. */
async function runHere(tasks: Task[], ctx: TaskContext, opts: Pick<PoolOptions, 'onResult' | 'onMediaProgress'>, done: () => boolean): Promise<void> {
  const env = await taskEnv(ctx.cacheDir, opts.onMediaProgress);
  mark('main thread compiles');
  for (;;) {
    // A task awaits only promises that are already settled (its file reads are synchronous),
    // so without this turn of the event loop the workers' 'ready' (and results) would never be
    // heard: this thread compiled the whole build alone while they sat idle.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const task = done() ? undefined : tasks.shift();
    if (!task) {
      mark('main thread stops compiling');
      return;
    }
    opts.onResult(await runTask(task, ctx, env));
  }
}
