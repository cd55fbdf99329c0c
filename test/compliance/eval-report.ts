/**
 * Prints the compliance evaluation:  npm run measure:compliance [-- tune|test] [-v]
 */
import { evaluate, type Half } from './eval.ts';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const halves = (args.filter((a) => !a.startsWith('-')) as Half[]);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
for (const half of halves.length ? halves : (['tune', 'test'] as Half[])) {
  const r = evaluate(half);
  console.log(`\n== ${half}: ${r.n.violating} 条违规、${r.n.clean} 条正常；召回 ${pct(r.recall)}；正常句报错 ${r.cleanErrors.length}（${pct(r.cleanErrors.length / Math.max(1, r.n.clean))}），报警告 ${r.cleanWarnings.length}（${pct(r.cleanWarnings.length / Math.max(1, r.n.clean))}）`);
  for (const [cat, c] of Object.entries(r.byCategory).sort()) console.log(`   ${cat.padEnd(14)} ${String(c.detected).padStart(3)}/${String(c.n).padEnd(3)} ${pct(c.detected / c.n).padStart(4)}  （类别正确 ${pct(c.rightCategory / c.n)}）`);
  if (!verbose) continue;
  for (const m of r.missed) console.log(`      漏：[${m.category}] ${m.text}`);
  for (const c of r.cleanErrors) console.log(`      误报错：${c.text}  ← ${JSON.stringify((await import('./eval.ts')).findingsOf(c.text).map((h) => h.rule))}`);
  for (const c of r.cleanWarnings) console.log(`      误报警告：${c.text}`);
}
