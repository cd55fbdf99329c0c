/**
 * Prints the takeaway measurement for the natural-style corpus:
 *   npm run measure            (both halves)
 *   npm run measure -- tune -v (one half, with every miss listed)
 */
import { join } from 'node:path';
import { loadTheme } from '../../generator/theme.ts';
import { scoreSet } from './measure.ts';
import { FIXTURES } from '../helpers.ts';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const halves = args.filter((a) => !a.startsWith('-'));
const theme = await loadTheme();
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
for (const half of halves.length ? halves : ['tune', 'holdout']) {
  const s = scoreSet(join(FIXTURES, 'natural', half), theme);
  console.log(`\n== ${half}: 小红书轮播召回 ${pct(s.carouselRecall)}，抖音 60 秒脚本召回 ${pct(s.scriptRecall)}；误区当要点 ${s.mythsAsPoints}，Markdown 原样显示 ${s.markdownShown}，静默删减 ${s.silentCuts}，构建失败 ${s.errors}`);
  for (const [style, r] of Object.entries(s.byStyle)) console.log(`   ${style.padEnd(18)} 轮播 ${pct(r.carousel).padStart(4)}  脚本 ${pct(r.script).padStart(4)}`);
  for (const a of s.articles) {
    console.log(`  ${a.file.padEnd(32)} 轮播 ${a.carouselHits}/${a.takeaways}  脚本 ${a.scriptHits}/${a.takeaways}${a.error ? `  错误：${a.error}` : ''}`);
    if (!verbose) continue;
    for (const m of a.carouselMissed) console.log(`      轮播缺：${m}`);
    for (const m of a.scriptMissed) console.log(`      脚本缺：${m}`);
    for (const m of [...a.mythsAsPoints, ...a.markdownShown, ...a.silentCuts]) console.log(`      ！${m}`);
  }
}
