/**
 * Where a build's wall time goes: with KEPU_TIMELINE set, each thread notes when its phases
 * begin and end (in wall-clock milliseconds, comparable across threads), the workers send theirs with their results, and at the end the main
 * thread prints a summary to stderr (and writes every mark to the file KEPU_TIMELINE names,
 * unless it is `1`). Unset, `mark` is one comparison: nothing is recorded.
 */
import { isMainThread, threadId } from 'node:worker_threads';

export interface Mark {
  /** Thread: 0 the main thread, else the worker's id. */
  t: number;
  /** Wall clock, ms since the epoch. */
  at: number;
  label: string;
}

const SETTING = process.env.KEPU_TIMELINE;
export const timelineOn = !!SETTING;

let marks: Mark[] = [];

// The process's start (a worker's \`timeOrigin\` is the process's too: its own start is when the
// main thread asked for it).
if (timelineOn && isMainThread) marks.push({ t: threadId, at: performance.timeOrigin, label: 'process start' });

export function mark(label: string): void {
  if (timelineOn) marks.push({ t: threadId, at: performance.timeOrigin + performance.now(), label });
}

/** A worker's marks since it last sent them (then forgotten here). */
export function takeMarks(): Mark[] | undefined {
  if (!timelineOn || marks.length === 0) return undefined;
  const taken = marks;
  marks = [];
  return taken;
}

/** The main thread keeps what workers send. */
export function addMarks(from: Mark[] | undefined): void {
  if (from) marks.push(...from);
}

/**
 * The summary: the main thread's phases in order, and per thread how long it took to be ready,
 * how much of its time compiled and wrote articles, and how long it sat idle between the first
 * and the last article. Printed once, at the end of a build.
 */
export async function reportTimeline(): Promise<void> {
  if (!timelineOn) return;
  mark('end');
  const start = performance.timeOrigin;
  const rel = (at: number) => `${((at - start) / 1000).toFixed(2)}s`;
  const lines: string[] = ['时间线 / timeline（自进程启动起）:'];
  const byThread = new Map<number, Mark[]>();
  for (const m of marks) byThread.set(m.t, [...(byThread.get(m.t) ?? []), m]);
  for (const [t, list] of [...byThread].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.at - b.at);
    const tasks = list.filter((m) => m.label.startsWith('task '));
    const other = list.filter((m) => !m.label.startsWith('task '));
    lines.push(t === 0 ? '  主线程 / main:' : `  线程 / worker ${t}:`);
    for (const m of other) lines.push(`    ${rel(m.at).padStart(8)}  ${m.label}`);
    if (tasks.length > 0) {
      // Busy: from each task's start to its end; idle: the gaps between one end and the next start.
      let busy = 0;
      let idle = 0;
      let compile = 0;
      let write = 0;
      let count = 0;
      let lastEnd: number | undefined;
      let begun: number | undefined;
      let compiled: number | undefined;
      for (const m of tasks) {
        if (m.label === 'task start') {
          if (lastEnd !== undefined) idle += m.at - lastEnd;
          begun = m.at;
        } else if (m.label === 'task compiled') compiled = m.at;
        else if (m.label === 'task end' && begun !== undefined) {
          busy += m.at - begun;
          if (compiled !== undefined) {
            compile += compiled - begun;
            write += m.at - compiled;
          }
          lastEnd = m.at;
          count++;
        }
      }
      const first = tasks[0]!.at;
      lines.push(`    ${rel(first).padStart(8)} – ${rel(lastEnd ?? first)}  ${count} 篇：编译 ${(compile / 1000).toFixed(2)}s，写入 ${(write / 1000).toFixed(2)}s，其间空闲 ${(idle / 1000).toFixed(2)}s`);
    }
  }
  process.stderr.write(`${lines.join('\n')}\n`);
  if (SETTING !== '1') {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(SETTING!, JSON.stringify(marks.map((m) => ({ ...m, at: Math.round((m.at - start) * 10) / 10 }))));
  }
}
