/**
 * Takeaway recall on articles written without Kepu's conventions (test/fixtures/natural), and
 * on the content/ examples that use them. The held-out sets were measured once with the model
 * frozen; their floors sit just under those measurements, so a change that makes Kepu read
 * natural articles worse fails here. `npm run measure -- -v` lists every miss.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, modelOf } from '../helpers.ts';
import { loadTheme, type Theme } from '../../generator/theme.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import { RENDERERS } from '../../generator/render/index.ts';
import { normalise, scoreSet } from '../natural/measure.ts';

/** Floors per set: carousel and 60 s script recall (fractions of the editors' takeaways). */
const FLOORS: Record<string, { carousel: number; script: number; silentCuts: number; mythsAsPoints?: number }> = {
  tune: { carousel: 0.85, script: 0.58, silentCuts: 0 },
  tune2: { carousel: 0.84, script: 0.53, silentCuts: 0 },
  tune3: { carousel: 0.83, script: 0.7, silentCuts: 0 },
  // .82 → .80 on 2026-11-28: a quoted doctor's words are said without "我常跟病人说，", which
  // changes how the 60 s are shared out and drops one label there.
  tune4: { carousel: 0.95, script: 0.8, silentCuts: 1 },
  tune5: { carousel: 0.86, script: 0.66, silentCuts: 2 },
  // Prose without headings or bold (case stories, clinic notes, 医生说 quotes): the weakest style.
  tune6: { carousel: 0.61, script: 0.4, silentCuts: 0 },
  // Live-stream Q&A, rumour quotes, inline listicles, steps, case story, emoji, prose, interview
  // (62 % / 41 %, 9 myths as points and 5 silent cuts when it was written).
  tune7: { carousel: 0.74, script: 0.46, silentCuts: 0 },
  // The frozen holdout7 until 2026-11-28 (see its README): 66 % / 49 %, 11 silent cuts when it was retired.
  // Script .58 → .56 on 2026-11-28 (fourth session): "也有家长觉得“打了疫苗就不会得手足口病”，这不对，…"
  // is now a myth with its truth, and its correction takes a 60 s shot from two labelled answers.
  tune8: { carousel: 0.74, script: 0.55, silentCuts: 3 },
  // The frozen holdout8 until 2026-11-28 (third session; see its README): 63 % / 42 %, 18 myths
  // shown as points and 3 silent cuts when it was retired (13 myths by today's measure, which
  // reads "…，常常不是真实的样子" as refuting).
  // Silent cuts 1 → 2 on 2026-11-28 (fourth session): the closing may take three slides on
  // Xiaohongshu, so no cut.closing warning now excuses the one line the advice never held.
  tune9: { carousel: 0.74, script: 0.48, silentCuts: 2 },
  // Written 2026-11-28 (fourth session) to vary the forms (myth tables, 【误区】/【正解】, "说法1：…/医生点评：",
  // "…？错！", "有人说…其实…", danger-sign lists mid-article): 62 % / 46 %, 37 myths shown as points and
  // 1 silent cut with that session's starting code.
  tune10: { carousel: 0.8, script: 0.56, silentCuts: 0 },
  holdout: { carousel: 0.72, script: 0.47, silentCuts: 2 },
  holdout3: { carousel: 0.79, script: 0.43, silentCuts: 3 },
  // Written 2026-11-27 by someone who never ran Kepu on it; measured once, then only its myth findings were read.
  holdout4: { carousel: 0.9, script: 0.7, silentCuts: 2 },
  // Written 2026-11-27 (night) by someone who never ran Kepu on it; measured at the session's end;
  // then only its two myths shown as points (and their paragraphs) were read. The script floor
  // went from .60 to .58 on 2026-11-28: a sentence that opens with its condition (如果…，就要…)
  // is no longer cut to the action alone, which costs it one label.
  holdout5: { carousel: 0.84, script: 0.58, silentCuts: 5 },
  // Written 2026-11-28 by someone who never ran Kepu on it; measured at the session's end (only the
  // message of the one article that failed to build, a number among its tags, was read).
  holdout6: { carousel: 0.86, script: 0.68, silentCuts: 3 },
  // Written 2026-11-28 (third session) by someone who never ran Kepu on it; measured only with that
  // session's starting code and at its end: 59 % / 30 %, 19 myths shown as points, 8 silent cuts both
  // times; at the fourth session's end (figures only, never read): 67 % / 32 %, 14 myths, 8 cuts. Its
  // myths shown as points are a known defect, not read: the floor only stops it growing.
  holdout9: { carousel: 0.65, script: 0.3, silentCuts: 8, mythsAsPoints: 14 },
};
const pct = (x: number) => `${Math.round(x * 100)}%`;

let theme: Theme;
beforeAll(async () => {
  theme = await loadTheme();
});

describe('natural-style articles', () => {
  for (const [set, floor] of Object.entries(FLOORS)) {
    it(`${set}: carousel ≥ ${pct(floor.carousel)}, 60 s script ≥ ${pct(floor.script)}, ${floor.mythsAsPoints ? `at most ${floor.mythsAsPoints} myths` : 'no myth'} as a point, no Markdown as text, at most ${floor.silentCuts} safety lines missing unannounced`, () => {
      const dir = join(FIXTURES, 'natural', set);
      expect(existsSync(dir), `${dir} is missing`).toBe(true);
      const s = scoreSet(dir, theme);
      expect(s.articles.length).toBeGreaterThanOrEqual(7);
      expect(s.errors).toBe(0);
      expect(s.carouselRecall).toBeGreaterThanOrEqual(floor.carousel);
      expect(s.scriptRecall).toBeGreaterThanOrEqual(floor.script);
      const myths = s.articles.flatMap((a) => a.mythsAsPoints);
      if (floor.mythsAsPoints) expect(myths.length).toBeLessThanOrEqual(floor.mythsAsPoints);
      else expect(myths).toEqual([]);
      expect(s.articles.flatMap((a) => a.markdownShown)).toEqual([]);
      expect(s.silentCuts).toBeLessThanOrEqual(floor.silentCuts);
    });
  }

  it('every label in the corpus is verbatim article text (emphasis markers aside)', () => {
    for (const set of readdirSync(join(FIXTURES, 'natural'))) {
      for (const f of readdirSync(join(FIXTURES, 'natural', set)).filter((x) => x.endsWith('.labels.json'))) {
        const labels = JSON.parse(readFileSync(join(FIXTURES, 'natural', set, f), 'utf8')) as { takeaways: string[]; myths: string[]; safety: string[] };
        const text = readFileSync(join(FIXTURES, 'natural', set, f.replace('.labels.json', '.md')), 'utf8').replaceAll('**', '');
        for (const l of [...labels.takeaways, ...labels.myths, ...labels.safety]) expect(text, `${set}/${f}: ${l}`).toContain(l);
      }
    }
  });
});

describe('content/ examples (Kepu conventions)', () => {
  const dir = join(ROOT, 'content');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${file}: every 划重点 point is on the Xiaohongshu carousel and in the 60 s Douyin script`, () => {
      const model = modelOf(readFileSync(join(dir, file), 'utf8'), `content/${file}`);
      const points = model.sections.find((s) => s.role === 'key-points')?.items.map((i) => i.text) ?? [];
      expect(points.length).toBeGreaterThan(0);
      const ctx = { theme, assetPath: (src: string) => src };
      const slides = RENDERERS.carousel.render(model, PLATFORMS.xiaohongshu, ctx)[0]!.variant.slides!;
      const script = RENDERERS['video-script'].render(model, PLATFORMS.douyin, ctx).find((r) => r.variant.targetSeconds === 60)!.variant;
      const carouselText = normalise(slides.map((s) => s.text).join(''));
      const said = normalise(script.shots!.map((s) => s.voiceOver).join(''));
      for (const p of points) {
        expect(carouselText, p).toContain(normalise(p));
        expect(said, p).toContain(normalise(p));
      }
      expect(model.callToAction.own).toBe(true);
    });
  }
});
