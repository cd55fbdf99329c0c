/**
 * Starting build workers, apart from the pool (./pool.ts) so that `kepu build` can start them
 * before it loads the compiler itself: a worker takes ~1.5 s to load its ~800 modules, and the
 * main thread's own load of the build (~0.7 s) then overlaps with it instead of preceding it.
 * This module loads nothing of the compiler. A worker learns its build's context (the staging
 * folder) from its first message, so it can start before that folder exists.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { freshPrecompiled } from './precompiled-files.mjs';
import { mark } from './timeline.ts';

/** Below this many articles per thread, starting a thread (≈0.5 s to load the compiler) does not pay. */
const MIN_TASKS_PER_WORKER = 24;

/** From this many articles a one-thread build pays for starting a worker (≈0.5 s) with that heap. */
const ONE_WORKER_MIN_TASKS = 100;

/**
 * A worker's young generation (where V8 first puts every new object, and which it sweeps
 * often): 96 MB is a 32 MB semi-space, twice Node's default. Compiling an article allocates
 * many short-lived syntax trees, strings and pages; with the default, scavenges were about a
 * tenth of a build's CPU time.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

export function workerCount(tasks: number, requested?: number): number {
  const wanted = requested ?? availableParallelism();
  return Math.max(1, Math.min(wanted, Math.floor(tasks / MIN_TASKS_PER_WORKER)));
}

/** How many workers a build of `tasks` articles starts: 0 when this thread does it all. */
export function plannedWorkers(tasks: number, requested?: number): number {
  const threads = requested === undefined ? workerCount(tasks) : Math.max(1, Math.min(requested, tasks));
  // One thread: a big build still compiles on a worker, for its heap.
  return threads <= 1 && tasks < ONE_WORKER_MIN_TASKS ? 0 : threads;
}

/** Precompiled when it is up to date (a worker then starts in well under a second); else through tsx. */
export function workerEntry(): URL {
  return freshPrecompiled('worker') ?? new URL('./worker-entry.mjs', import.meta.url);
}

export function startWorker(): Worker {
  mark('worker start requested');
  return new Worker(workerEntry(), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
}

interface Spare {
  worker: Worker;
  /** It failed or ended before a build took it: a build starts a new one instead. */
  gone: boolean;
  /** Notes that it is gone; removed when a build takes it (only this: Node's own listeners stay). */
  onGone: () => void;
}

let spares: Spare[] = [];

/**
 * Starts workers now for the build about to run (its pool takes them). Until then they keep no
 * process alive, and one that fails is only forgotten.
 */
export function startWorkersEarly(count: number): void {
  for (let i = spares.length; i < count; i++) {
    const spare: Spare = { worker: startWorker(), gone: false, onGone: () => { spare.gone = true; } };
    spare.worker.unref();
    spare.worker.on('error', spare.onGone);
    spare.worker.on('exit', spare.onGone);
    spares.push(spare);
  }
}

export function hasEarlyWorkers(): boolean {
  return spares.some((s) => !s.gone);
}

/** A worker started early and still loading or waiting, else undefined. */
export function takeEarlyWorker(): Worker | undefined {
  for (let spare = spares.shift(); spare; spare = spares.shift()) {
    if (spare.gone) continue;
    spare.worker.off('error', spare.onGone);
    spare.worker.off('exit', spare.onGone);
    spare.worker.ref();
    return spare.worker;
  }
  return undefined;
}

/** Workers started early that no build took (the build needed fewer, or none). */
export async function stopEarlyWorkers(): Promise<void> {
  const left = spares;
  spares = [];
  await Promise.all(left.map((s) => s.worker.terminate()));
}
