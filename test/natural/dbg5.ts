import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '/work/main/generator/load/load-article.ts';
import { buildModel } from '/work/main/generator/model/build-model.ts';
import { PLATFORMS } from '/work/main/generator/platforms/registry.ts';
import { RENDERERS } from '/work/main/generator/render/index.ts';
import { loadTheme } from '/work/main/generator/theme.ts';
import { normalise } from './measure.ts';
const theme = await loadTheme();
const stats = { said: 0, shortDropped: 0, notChosen: 0, notTakeaway: 0, total: 0 };
for (const dir of process.argv.slice(2)) for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
  const path = join(dir, f);
  const m = buildModel(parseArticle(readFileSync(path, 'utf8'), path, basename(f, '.md')));
  const labels = JSON.parse(readFileSync(path.replace(/\.md$/, '.labels.json'), 'utf8')).takeaways as string[];
  const v = RENDERERS['video-script'].render(m, PLATFORMS.douyin, { theme, assetPath: (s) => s }).find((r) => r.variant.targetSeconds === 60)!.variant;
  const said = normalise(v.shots!.map((s) => s.voiceOver).join(''));
  const chosenLines = new Set(v.shots!.filter((s) => s.role === 'point').map((s) => `${s.source?.line}`));
  for (const l of labels) {
    stats.total++;
    const n = normalise(l);
    if (said.includes(n)) { stats.said++; continue; }
    const t = m.takeaways.find((x) => normalise(x.text).includes(n) || (x.myth && normalise(x.myth.text).includes(n)));
    if (!t) { stats.notTakeaway++; console.log('NOTTAKE', f, l); continue; }
    if (chosenLines.has(`${t.position.line}`)) { stats.shortDropped++; console.log('SHORT', f, l, '<=', t.short); } else { stats.notChosen++; console.log('NOTCHOSEN', f, l, t.score, t.reason, [...t.short].length); }
  }
}
console.log(stats);
