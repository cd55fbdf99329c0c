/**
 * SRT subtitles from timed shots: each shot's voice-over is cut into lines of at most
 * 16 characters at clause boundaries, timed in proportion to their length. Runs in the preview
 * page too (../site/islands/srt-download.tsx), which makes the file when it is downloaded.
 */
import type { Shot } from '../manifest.ts';
import { charLength, clauses } from '../text/sentences.ts';

const LINE_MAX = 16;

export function subtitleLines(text: string, max = LINE_MAX): string[] {
  const lines: string[] = [];
  for (const clause of clauses(text)) {
    let rest = [...clause];
    while (rest.length > max) {
      lines.push(rest.slice(0, max).join(''));
      rest = rest.slice(max);
    }
    if (rest.length > 0) lines.push(rest.join(''));
  }
  return lines;
}

function stamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)},${pad(ms % 1000, 3)}`;
}

/** What subtitles need of a shot. */
export type SubtitledShot = Pick<Shot, 'startSeconds' | 'endSeconds' | 'voiceOver'>;

export function toSrt(shots: SubtitledShot[]): string {
  const cues: string[] = [];
  for (const shot of shots) {
    const lines = subtitleLines(shot.voiceOver);
    const total = lines.reduce((n, l) => n + charLength(l), 0) || 1;
    let t = shot.startSeconds;
    const span = shot.endSeconds - shot.startSeconds;
    for (const line of lines) {
      const end = Math.min(shot.endSeconds, t + (span * charLength(line)) / total);
      cues.push(`${cues.length + 1}\n${stamp(t)} --> ${stamp(end)}\n${line}\n`);
      t = end;
    }
  }
  return cues.join('\n');
}
