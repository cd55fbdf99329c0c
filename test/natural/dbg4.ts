import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle } from '/work/main/generator/load/load-article.ts';
import { buildModel } from '/work/main/generator/model/build-model.ts';
import { PLATFORMS } from '/work/main/generator/platforms/registry.ts';
import { RENDERERS } from '/work/main/generator/render/index.ts';
import { loadTheme } from '/work/main/generator/theme.ts';
import { normalise } from './measure.ts';
const theme = await loadTheme();
for (const f of readdirSync('content').filter((x) => x.endsWith('.md'))) {
  const m = buildModel(parseArticle(readFileSync(`content/${f}`, 'utf8'), f, f.replace('.md', '')));
  const key = m.sections.find((s) => s.role === 'key-points')?.items.map((i) => i.text) ?? [];
  const ctx = { theme, assetPath: (s: string) => s };
  const car = normalise(RENDERERS.carousel.render(m, PLATFORMS.xiaohongshu, ctx)[0]!.variant.slides!.map((s) => s.text).join(''));
  const v = RENDERERS['video-script'].render(m, PLATFORMS.douyin, ctx).find((r) => r.variant.targetSeconds === 60)!.variant;
  const scr = normalise(v.shots!.map((s) => s.voiceOver).join(''));
  console.log(f, 'key', key.length, 'carousel', key.filter((k) => car.includes(normalise(k))).length, 'script', key.filter((k) => scr.includes(normalise(k))).length, m.callToAction.own);
}
