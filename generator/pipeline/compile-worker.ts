/** A build worker: compiles and writes the articles it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { RenderCache } from '../images/cache.ts';
import { loadTheme } from '../theme.ts';
import { runTask, type Task, type TaskContext, type TaskEnv } from './compile-task.ts';
import type { WorkerMessage } from './pool.ts';

const ctx = workerData as TaskContext;
const port = parentPort!;
const env: TaskEnv = {
  theme: await loadTheme(),
  cache: ctx.cacheDir ? new RenderCache(ctx.cacheDir) : undefined,
  onMediaProgress: (done, total, slug) => port.postMessage({ type: 'media', done, total, slug } satisfies WorkerMessage),
};
port.on('message', (task: Task) => {
  void runTask(task, ctx, env).then((result) => port.postMessage({ type: 'result', result } satisfies WorkerMessage));
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
