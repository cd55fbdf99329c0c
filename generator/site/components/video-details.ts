/**
 * A video script's details on the review page: the timeline, its scale and the shot table. Written
 * as an HTML string (./html.ts): twelve scripts of a dozen shots each were half of an article
 * page's elements, and building their virtual DOM was most of the page's rendering time. The
 * markup is the JSX this replaced, element for element.
 */
import type { Variant } from '../../manifest.ts';
import type { Mark } from '../highlight.ts';
import { SHOT_ROLE_LABEL } from '../labels.ts';
import { attr, text } from './html.ts';
import { esc } from '../../text/escape-markup.ts';
import { markedHtml } from './marked.tsx';

const fmt = (s: number) => `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;

/** The inside of `<div class="video-script">`. */
export function videoDetailsHtml(v: Variant, marks: Mark[]): string {
  const shots = v.shots ?? [];
  const total = Math.max(v.targetSeconds ?? 0, v.durationSeconds ?? 0, shots.at(-1)?.endSeconds ?? 0) || 1;
  let html = `<div class="timeline" role="img"${attr('aria-label', `时间轴：共 ${v.durationSeconds ?? 0} 秒，目标 ${v.targetSeconds ?? '—'} 秒`)}>`;
  for (const s of shots) {
    html += `<span${attr('class', `tl-shot role-${s.role}`)}${attr('style', `left:${(s.startSeconds / total) * 100}%;width:${((s.endSeconds - s.startSeconds) / total) * 100}%`)}`
      + `${attr('title', `镜头 ${s.index}：${fmt(s.startSeconds)}–${fmt(s.endSeconds)} ${s.caption}`)}>${text(s.index)}</span>`;
  }
  if (v.targetSeconds) html += `<span class="tl-target"${attr('style', `left:${Math.min(100, (v.targetSeconds / total) * 100)}%`)} title="目标时长"></span>`;
  html += '</div>';
  html += `<div class="timeline-scale muted"><span>0:00</span><span>实际 ${text(v.durationSeconds ?? 0)} 秒 / 目标 ${text(v.targetSeconds ?? '—')} 秒</span><span>${esc(fmt(total))}</span></div>`;
  html += '<table class="shot-table"><thead><tr><th>#</th><th>时间</th><th>画面</th><th>口播</th><th>字幕</th></tr></thead><tbody>';
  for (const s of shots) {
    html += `<tr${attr('class', `role-${s.role}`)}>`
      + `<td>${text(s.index)}<br/><span${attr('class', `role role-${s.role}`)}>${text(SHOT_ROLE_LABEL[s.role])}</span></td>`
      + `<td class="nowrap">${esc(fmt(s.startSeconds))}<br/>–${esc(fmt(s.endSeconds))}</td>`
      + `<td>${markedHtml(s.visual, marks)}</td>`
      + `<td>${markedHtml(s.voiceOver, marks)}${s.source ? `<span class="from-line muted">来自第 ${text(s.source.line)} 行</span>` : ''}</td>`
      + `<td>${markedHtml(s.caption, marks)}</td>`
      + '</tr>';
  }
  return `${html}</tbody></table>`;
}
