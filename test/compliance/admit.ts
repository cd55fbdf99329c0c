/**
 * Admits candidate tuning sentences to violating-tune.json or clean-tune.json, keeping the
 * frozen test half out of sight: it prints counts only, never a test-half sentence.
 *
 *   tsx test/compliance/admit.ts violating|clean candidates.json [--write] [--into NAME.json]
 *
 * `--into` writes the kept candidates to another tuning-only file of the folder (such as
 * violating-paraphrase.json) instead of violating-tune.json / clean-tune.json.
 *
 * A candidate is kept only when (the fixture README's rule) it is not a duplicate of any sentence
 * already held in any file of the folder (the same text once punctuation and spaces are removed),
 * its source page is not one a frozen test half quotes, and it shares no run of six or more
 * characters with any test-half sentence (violating or clean, of every collection). With -v it
 * lists the kept candidates (never held text) that today's rules miss or flag. Before writing, the
 * kept candidates are measured with today's rules: how many would be caught (violating) or
 * flagged (clean), by category.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.ts';
import { findingsOf, halfOf, type Clean, type Violating } from './eval.ts';
import { normaliseForms } from '../../generator/compliance/claims.ts';

const RUN = 6;
const DIR = join(FIXTURES, 'compliance-eval');
const read = <T>(name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T[];
/** A tuning-only file that may not exist yet (the paraphrase files). */
const readIfAny = <T>(name: string): T[] => (existsSync(join(DIR, name)) ? read<T>(name) : []);
/** Tuning-only files besides violating-tune.json / clean-tune.json (eval.ts TUNING_ONLY): held text too. */
const PARAPHRASES = ['violating-paraphrase.json', 'clean-paraphrase.json', 'violating-untrained.json', 'clean-untrained.json'];

/** One spelling for punctuation and digits, so "，" and "," do not hide a shared run. */
const canon = (s: string) => normaliseForms(s).replace(/\s+/g, '');
const runs = (s: string) => { const c = [...canon(s)]; const out = new Set<string>(); for (let i = 0; i + RUN <= c.length; i++) out.add(c.slice(i, i + RUN).join('')); return out; };
/** Pages, not notes: every URL in a source, without scheme, "www." or a trailing slash. */
const pages = (source: string) => (source.match(/https?:\/\/[^\s)（）]+/g) ?? []).map((u) => u.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, ''));

const [kind, file, ...flags] = process.argv.slice(2);
if ((kind !== 'violating' && kind !== 'clean') || !file) throw new Error('usage: admit.ts violating|clean candidates.json [--write]');
const candidates = JSON.parse(readFileSync(file, 'utf8')) as (Violating & Clean)[];

const violating = read<Violating>('violating.json');
const clean = read<Clean>('clean.json');
/** The later collections (violating-2/3, clean-2/3): their frozen halves are kept out of sight like the first's. */
const later = ['violating-2.json', 'violating-3.json', 'clean-2.json', 'clean-3.json'].flatMap((f) => read<Violating & Clean>(f));
const testHalf = [...violating, ...clean, ...later].filter((x) => halfOf(x.text) === 'test');
const testRuns = new Set<string>();
for (const t of testHalf) for (const r of runs(t.text)) testRuns.add(r);
const testPages = new Set(testHalf.flatMap((t) => pages(t.source)));
const into = flags.includes('--into') ? flags[flags.indexOf('--into') + 1] : undefined;
const tuneName = into ?? (kind === 'violating' ? 'violating-tune.json' : 'clean-tune.json');
const tune = readIfAny<Violating & Clean>(tuneName);
/** A near-duplicate is the same text once punctuation, symbols and spaces are gone. */
const bare = (s: string) => canon(s).replace(/[\p{P}\p{S}]/gu, '');
const held = new Set([...violating, ...clean, ...later, ...read<Violating>('violating-tune.json'), ...read<Clean>('clean-tune.json'), ...PARAPHRASES.flatMap((f) => readIfAny<Violating & Clean>(f))].map((x) => bare(x.text)));

const counts = { candidates: candidates.length, duplicate: 0, testSource: 0, sharedRun: 0, kept: 0 };
const kept: (Violating & Clean)[] = [];
for (const c of candidates) {
  if (held.has(bare(c.text))) { counts.duplicate++; continue; }
  if (pages(c.source).some((p) => testPages.has(p))) { counts.testSource++; continue; }
  if ([...runs(c.text)].some((r) => testRuns.has(r))) { counts.sharedRun++; continue; }
  held.add(bare(c.text));
  kept.push(c);
}
counts.kept = kept.length;
console.log(counts);

// Measured before any rule change: caught (violating) or flagged (clean), by category or kind.
const by: Record<string, { n: number; caught: number }> = {};
for (const c of kept) {
  const f = findingsOf(c.text);
  const hit = kind === 'violating' ? f.some((h) => h.severity !== 'info') : f.some((h) => h.severity === 'error' || h.severity === 'warning');
  const key = kind === 'violating' ? c.category : c.kind;
  const b = (by[key] ??= { n: 0, caught: 0 });
  b.n++;
  if (hit) b.caught++;
}
if (flags.includes('-v')) {
  for (const c of kept) {
    const f = findingsOf(c.text).filter((h) => h.severity !== 'info');
    if (kind === 'violating' && f.length === 0) console.log(`    missed [${c.category}] ${c.text}`);
    if (kind === 'clean' && f.length > 0) console.log(`    flagged [${c.kind}] ${c.text}  ← ${f.map((h) => `${h.rule}/${h.severity}:${h.excerpt}`).join(' ')}`);
  }
}
for (const [k, b] of Object.entries(by).sort()) console.log(`  ${k.padEnd(14)} ${kind === 'violating' ? 'caught' : 'flagged'} ${b.caught}/${b.n}`);

if (flags.includes('--write')) {
  writeFileSync(join(DIR, tuneName), JSON.stringify([...tune, ...kept], null, 2) + '\n');
  console.log(`wrote ${kept.length} to ${tuneName}`);
}
