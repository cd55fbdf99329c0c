/** A live outline as a run-of-show with clock times counted from a start time the host picks. */
import { useState } from 'preact/hooks';
import type { RunOfShowItem } from '../../manifest.ts';
import { SEGMENT_LABEL } from '../labels.ts';

export interface RunOfShowClockProps {
  items: RunOfShowItem[];
  /** `HH:MM`. */
  start: string;
}

export function clockAt(start: string, minutes: number): string {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const total = (((h * 60 + m + Math.round(minutes)) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function RunOfShowClock({ items, start: initial }: RunOfShowClockProps) {
  const [start, setStart] = useState(initial);
  const end = items.reduce((n, i) => Math.max(n, i.startMinutes + i.durationMinutes), 0);
  return (
    <div class="run-of-show">
      <label class="start-picker">
        开播时间
        <input type="time" value={start} onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value || initial)} />
        <span class="muted">共 {end} 分钟，{clockAt(start, 0)}–{clockAt(start, end)}</span>
      </label>
      <table class="ros-table">
        <thead><tr><th>时间</th><th>环节</th><th>时长</th><th>内容</th></tr></thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.index} class={`ros-${item.kind}`}>
              <td class="clock"><strong>{clockAt(start, item.startMinutes)}</strong><br /><span class="muted">第 {item.startMinutes} 分</span></td>
              <td><span class={`seg seg-${item.kind}`}>{SEGMENT_LABEL[item.kind]}</span><br />{item.title}</td>
              <td>{item.durationMinutes} 分钟</td>
              <td><ul>{item.notes.map((n, i) => <li key={i}>{n}</li>)}</ul></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
