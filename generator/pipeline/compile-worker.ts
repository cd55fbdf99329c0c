/** A build worker: compiles and writes the articles it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runTask, taskEnv, type Task, type TaskContext } from './compile-task.ts';
import type { WorkerMessage } from './pool.ts';
import { mark, takeMarks } from './timeline.ts';

mark('modules loaded');

const port = parentPort!;
// The build's context is the first message: a worker may start before its build has a staging
// folder (worker-start.ts).
const ctx = await new Promise<TaskContext>((resolve) => port.once('message', resolve));
const env = await taskEnv(ctx.cacheDir, (done, total, slug) => port.postMessage({ type: 'media', done, total, slug } satisfies WorkerMessage));
// Tasks arrive ahead of time (the main thread may be busy compiling one itself when this one
// finishes); they are done one at a time, in order.
const queue: Task[] = [];
let running = false;
port.on('message', (task: Task) => {
  queue.push(task);
  if (!running) void drain();
});
async function drain(): Promise<void> {
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const result = await runTask(task, ctx, env);
    port.postMessage({ type: 'result', result, marks: takeMarks() } satisfies WorkerMessage);
  }
  running = false;
}
mark('ready');
port.postMessage({ type: 'ready', marks: takeMarks() } satisfies WorkerMessage);
