/**
 * Parts of the review page written as HTML strings (generator/site/components/html.ts) must be
 * byte for byte what preact-render-to-string wrote for the JSX they replaced. The JSX is kept
 * here, as `h` calls, and both are rendered from awkward inputs: characters HTML escapes, empty
 * and missing fields, marks, no shots.
 */
import { describe, expect, it } from 'vitest';
import { Fragment, h } from 'preact';
import { render } from 'preact-render-to-string';
import type { Shot, Variant } from '../../generator/manifest.ts';
import { splitText, type Mark } from '../../generator/site/highlight.ts';
import { SHOT_ROLE_LABEL } from '../../generator/site/labels.ts';
import { attr, text } from '../../generator/site/components/html.ts';
import { markedHtml } from '../../generator/site/components/marked.tsx';
import { videoDetailsHtml } from '../../generator/site/components/video-details.ts';

/** The JSX `<Marked>` this replaced. */
function MarkedJsx({ text: t, marks }: { text: string; marks: Mark[] }) {
  return h(Fragment, null, splitText(t, marks).map((p) => typeof p === 'string'
    ? p
    : h('a', { href: `#${p.mark.ref}`, class: 'finding-link' }, h('mark', { class: `finding-mark sev-${p.mark.severity}`, title: p.mark.title }, p.text))));
}

const fmt = (s: number) => `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;

/** The JSX `VideoDetails` this replaced. */
function VideoDetailsJsx({ v, marks }: { v: Variant; marks: Mark[] }) {
  const shots = v.shots ?? [];
  const total = Math.max(v.targetSeconds ?? 0, v.durationSeconds ?? 0, shots.at(-1)?.endSeconds ?? 0) || 1;
  return h('div', { class: 'video-script' },
    h('div', { class: 'timeline', role: 'img', 'aria-label': `时间轴：共 ${v.durationSeconds ?? 0} 秒，目标 ${v.targetSeconds ?? '—'} 秒` },
      shots.map((s) => h('span', {
        class: `tl-shot role-${s.role}`, style: `left:${(s.startSeconds / total) * 100}%;width:${((s.endSeconds - s.startSeconds) / total) * 100}%`,
        title: `镜头 ${s.index}：${fmt(s.startSeconds)}–${fmt(s.endSeconds)} ${s.caption}`,
      }, s.index)),
      v.targetSeconds ? h('span', { class: 'tl-target', style: `left:${Math.min(100, (v.targetSeconds / total) * 100)}%`, title: '目标时长' }) : null),
    h('div', { class: 'timeline-scale muted' }, h('span', null, '0:00'), h('span', null, '实际 ', v.durationSeconds ?? 0, ' 秒 / 目标 ', v.targetSeconds ?? '—', ' 秒'), h('span', null, fmt(total))),
    h('table', { class: 'shot-table' },
      h('thead', null, h('tr', null, h('th', null, '#'), h('th', null, '时间'), h('th', null, '画面'), h('th', null, '口播'), h('th', null, '字幕'))),
      h('tbody', null, shots.map((s) => h('tr', { class: `role-${s.role}` },
        h('td', null, s.index, h('br', null), h('span', { class: `role role-${s.role}` }, SHOT_ROLE_LABEL[s.role])),
        h('td', { class: 'nowrap' }, fmt(s.startSeconds), h('br', null), '–', fmt(s.endSeconds)),
        h('td', null, h(MarkedJsx, { text: s.visual, marks })),
        h('td', null, h(MarkedJsx, { text: s.voiceOver, marks }), s.source ? h('span', { class: 'from-line muted' }, '来自第 ', s.source.line, ' 行') : null),
        h('td', null, h(MarkedJsx, { text: s.caption, marks })))))));
}

const marks: Mark[] = [
  { excerpt: '保证治愈', ref: 'finding-1', severity: 'error', title: '[claims.cure] "绝对化" <用语> & 承诺' },
  { excerpt: 'a&b<c>"d"', ref: 'finding-2', severity: 'warning', title: '' },
  { excerpt: '多喝水', ref: 'finding-3', severity: 'info', title: 'plain' },
];

const shot = (over: Partial<Shot>): Shot => ({
  index: 1, startSeconds: 0, endSeconds: 3.3, voiceOver: '多喝水，保证治愈。', caption: '保证治愈', visual: '医生 "出镜" & <讲解>', role: 'hook', ...over,
});

const variant = (over: Partial<Variant>): Variant => ({
  id: 'x.douyin.video-script.60s', platform: 'douyin', kind: 'video-script', title: 't', text: '', ...over,
} as Variant);

describe('page parts written as strings', () => {
  it('writes marked text as <Marked> did', () => {
    for (const t of ['', '保证治愈', '前 a&b<c>"d" 后，多喝水。保证治愈', '<script>"&amp;"</script>']) {
      expect(markedHtml(t, marks)).toBe(render(h(MarkedJsx, { text: t, marks })));
      expect(markedHtml(t, [])).toBe(render(h(MarkedJsx, { text: t, marks: [] })));
    }
  });

  it('writes a video script\'s details as VideoDetails did', () => {
    const shots = [
      shot({}),
      shot({ index: 2, startSeconds: 3.6, endSeconds: 61.25, role: 'point', source: { line: 12, column: 1 }, caption: '', visual: '' }),
      shot({ index: 3, startSeconds: 61.55, endSeconds: 70, role: 'cta', voiceOver: 'a&b<c>"d" 多喝水', caption: '"引号" & <尖括号>' }),
    ];
    const cases: Variant[] = [
      variant({ shots, targetSeconds: 60, durationSeconds: 70 }),
      variant({ shots, durationSeconds: 70 }),
      variant({ shots: [], targetSeconds: 15 }),
      variant({}),
    ];
    for (const v of cases) {
      for (const m of [marks, []]) {
        expect(`<div class="video-script">${videoDetailsHtml(v, m)}</div>`).toBe(render(h(VideoDetailsJsx, { v, marks: m })));
      }
    }
  });

  it('writes attributes and children as JSX does', () => {
    for (const value of ['', 'x', 'a"b&c<d>e', 0, 1.5, true, false, null, undefined]) {
      expect(`<span${attr('title', value)}>${text(value as string)}</span>`).toBe(render(h('span', { title: value as string }, value as string)));
    }
  });
});
