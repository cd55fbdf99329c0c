/**
 * Runs a build's tasks on every core: a worker thread per core, each compiling and writing whole
 * articles, and this thread until they are ready; workers send back only the small result. With
 * one thread (or a handful of articles, where starting threads costs more than it saves) only
 * this one works.
 */
import type { Worker } from 'node:worker_threads';
import { runTask, taskEnv, type Task, type TaskContext, type TaskResult } from './compile-task.ts';
import { buildPrecompiled, freshPrecompiled } from './precompiled.ts';
import { addMarks, mark, type Mark } from './timeline.ts';
import { hasEarlyWorkers, plannedWorkers, startWorker, stopEarlyWorkers, takeEarlyWorker } from './worker-start.ts';

export { workerCount } from './worker-start.ts';

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

export async function runTasks(tasks: Task[], ctx: TaskContext, opts: PoolOptions): Promise<void> {
  const threads = plannedWorkers(tasks.length, opts.workers);
  const queue = [...tasks];
  if (threads === 0) {
    await stopEarlyWorkers();
    return runHere(queue, ctx, opts, () => false);
  }
  // This thread compiles too while the workers load their compiler (about half a second each),
  // then leaves the work to them: their heaps are sized for it (worker-start.ts), this one's is
  // not, and it stays free to take their results. Not when they were started early: they are
  // nearly ready, and the first article compiled on this thread, with nothing warmed up,
  // took ~1 s of CPU that the loading workers needed (2 cores, 2 workers).
  let ready = 0;
  const here = hasEarlyWorkers() ? Promise.resolve() : runHere(queue, ctx, opts, () => ready === threads);
  // Without up-to-date precompiled files the workers load through tsx, and the files are made
  // for the next build meanwhile.
  const stale = !freshPrecompiled('worker') || !freshPrecompiled('cli');
  const workers: Worker[] = [];
  try {
    if (stale) void buildPrecompiled();
    await Promise.all([here, ...Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
      // Started early by `kepu build` (worker-start.ts) when it could be, else now.
      const worker = takeEarlyWorker() ?? startWorker();
      workers.push(worker);
      worker.postMessage(ctx);
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
  } catch (err) {
    await Promise.all([...workers.map((w) => w.terminate()), stopEarlyWorkers()]);
    throw err;
  } finally {
    mark('all results in');
    // Not awaited: tearing a worker down (~0.2 s, its heap handed back) overlaps with writing
    // the index and manifest; the process still waits for it before it exits.
    void Promise.all([...workers.map((w) => w.terminate()), stopEarlyWorkers()]).then(() => mark('workers terminated'));
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
