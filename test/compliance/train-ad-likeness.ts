/**
 * Trains the ad-likeness scorer (generator/compliance/ad-likeness.ts) on tuning material only and
 * writes generator/compliance/ad-likeness.json:
 *
 *   npx tsx --tsconfig tsconfig.json test/compliance/train-ad-likeness.ts [--cv-only] [--quiet] [--show]
 *
 * Scored in cross-validation (and trained on): positives, the violating sentences of the tuning
 * half (violating.json's tuning half and violating-tune.json; privacy is left to the privacy
 * detectors); negatives, the clean sentences of the tuning half (clean.json's tuning half and
 * clean-tune.json) and every sentence of the articles in content/ and
 * test/fixtures/natural/tune, tune2, tune3, tune4, with the lines of their generated variants.
 * Trained on but never scored (they carry the rule authors' knowledge of wording): the rules' own
 * example sentences, left-alone.ts's traps and labelled.ts's development set (never its HELD_OUT set). The frozen test
 * half and the natural holdout folders are never read.
 *
 * The threshold is chosen by grouped k-fold cross-validation (folds by source page or article,
 * so sentences from one notice never sit on both sides) on the detector as the checker runs it:
 * sentences a rule already flags are left out, and the citation and context exemptions apply.
 * It prints figures (--show also prints the tuning sentences that were wrong, never test ones).
 *
 * Tried and measured here (grouped CV recall at the same false-warning rates): word segments
 * from Intl.Segmenter as extra features (−5 points), 4-grams (−2), skip-bigrams (±0), naive
 * Bayes (−20), features scaled by length (−3), the word families' literal entries as positives
 * (−3); the rules' examples as training material (+20) and counting repeated n-grams with
 * numbers folded to one 0 (+5) are what helped.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, FIXTURES } from '../helpers.ts';
import { loadEval } from './eval.ts';
import { LABELLED } from './labelled.ts';
import { LEFT_ALONE } from './left-alone.ts';
import { normaliseForms, scanClaims } from '../../generator/compliance/claims.ts';
import { parseArticle } from '../../generator/load/load-article.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { renderVariants } from '../../generator/build.ts';
import { loadTheme } from '../../generator/theme.ts';
import { articleBlocks } from '../../generator/compliance/text-blocks.ts';
import {
  adExempt, adScore, compileModel, eachFeature, foldForFeatures, likeliestCategory, type AdModel, type AdModelFile,
} from '../../generator/compliance/ad-likeness.ts';
import { CLAIM_RULES } from '../../generator/compliance/rules.ts';
import { RULE_EXAMPLES } from '../../generator/compliance/examples.ts';
import * as FAMILIES from '../../generator/compliance/families.ts';

const ARTICLE_DIRS = ['content', 'test/fixtures/natural/tune', 'test/fixtures/natural/tune2', 'test/fixtures/natural/tune3', 'test/fixtures/natural/tune4'];
const OUT = join(ROOT, 'generator/compliance/ad-likeness.json');

const args = process.argv.slice(2);
const cvOnly = args.includes('--cv-only');
const opt = (name: string, dflt: number) => { const a = args.find((x) => x.startsWith(`--${name}=`)); return a ? Number(a.split('=')[1]) : dflt; };

const CONFIG = {
  orders: (args.find((x) => x.startsWith('--orders='))?.slice(9) ?? '1,2,3').split(',').map(Number),
  scaled: opt('scaled', 0) === 1,
  minDf: opt('min-df', 2),
  l2: opt('l2', 1e-5),
  iters: opt('iters', 600),
  maxFeatures: opt('max-features', 6000),
  categoryFeatures: opt('cat-features', 250),
  /** Weight of a hard clean sentence (the eval's clean set) against article prose. */
  hardWeight: opt('hard-weight', 4),
  folds: opt('folds', 5),
  /** Cross-validated false warnings the threshold may add, on each kind of clean text. */
  maxCleanRate: opt('max-clean', 0.015),
  maxProseRate: opt('max-prose', 0.003),
};

interface Item {
  /** The sentence, normalised as the checker normalises it. */
  text: string;
  /** The block around it and where the sentence starts there (context protection reads it). */
  block: string;
  offset: number;
  label: 0 | 1;
  kind: 'violating' | 'clean' | 'prose';
  category?: string;
  group: string;
  weight: number;
  /** A rule already flags it (then ad.likely stays silent). */
  ruled: boolean;
  /** A rule error or warning: detected without the model. */
  detected: boolean;
  trainOnly?: boolean;
}

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]*/g;
const hanCount = (s: string) => [...s].filter((c) => c >= '\u4e00' && c <= '\u9fff').length;
const pageOf = (source: string) => (source.match(/https?:\/\/[^\s)（）]+/)?.[0] ?? source).replace(/^https?:\/\/(?:www\.)?/, '').split(/[?#]/)[0]!;

function ruleState(block: string, start: number, end: number) {
  // The rules alone: ad.likely itself is what is being measured.
  const hits = scanClaims(block, [...CLAIM_RULES]).filter((h) => h.start < end && h.end > start && h.severity !== 'info');
  return { ruled: hits.length > 0, detected: hits.length > 0 };
}

async function collect(): Promise<Item[]> {
  const theme = await loadTheme();
  const items: Item[] = [];
  // The constructed paraphrases and the untrained batch (eval.ts UNTRAINED_FILES) are left out: they measure whether
  // the rules and this score generalise to other wording, which training on them would hide.
  const { violating, clean } = loadEval('tune', { paraphrases: false });
  for (const v of violating) {
    if (v.category === 'privacy') continue;
    const text = normaliseForms(v.text);
    items.push({ text, block: text, offset: 0, label: 1, kind: 'violating', category: v.category, group: `v:${pageOf(v.source)}`, weight: 1, ...ruleState(text, 0, text.length) });
  }
  for (const c of clean) {
    const text = normaliseForms(c.text);
    const group = c.source === 'constructed' ? `c:${c.text}` : `c:${pageOf(c.source)}`;
    items.push({ text, block: text, offset: 0, label: 0, kind: 'clean', group, weight: CONFIG.hardWeight, ...ruleState(text, 0, text.length) });
  }
  for (const dir of ARTICLE_DIRS) {
    for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
      const raw = readFileSync(join(ROOT, dir, name), 'utf8');
      const model = buildModel(parseArticle(raw, `${dir}/${name}`, name.replace(/\.md$/, '')));
      // The article's blocks and the lines of its generated variants (which the checker scans
      // too: cuts, platform openings and closings), each sentence once per article.
      const seen = new Set<string>();
      const texts = [...articleBlocks(model).map((b) => b.text), ...renderVariants(model, theme, () => undefined).flatMap((r) => r.variant.text.split('\n'))];
      for (const t of texts) {
        const block = normaliseForms(t);
        for (const m of block.matchAll(SENTENCE)) {
          if (hanCount(m[0]) < 6 || seen.has(m[0])) continue;
          seen.add(m[0]);
          items.push({ text: m[0], block, offset: m.index, label: 0, kind: 'prose', group: `a:${dir}/${name}`, weight: 1, ...ruleState(block, m.index, m.index + m[0].length) });
        }
      }
    }
  }
  if (!args.includes('--no-examples')) {
    // The rule data's own examples: training only, never scored in a fold.
    const add = (t: string, label: 0 | 1, category?: string) => { const text = normaliseForms(t); items.push({ text, block: text, offset: 0, label, kind: label ? 'violating' : 'clean', category, group: 'examples', weight: label ? opt('example-weight', 1) : CONFIG.hardWeight, ruled: true, detected: true, trainOnly: true }); };
    for (const r of CLAIM_RULES) {
      const ex = r.examples ?? RULE_EXAMPLES[r.id];
      for (const h of ex?.hit ?? []) add(h, 1, r.category);
      for (const c of ex?.clean ?? []) add(c, 0);
    }
    for (const t of LEFT_ALONE) add(t, 0);
    // The hand-labelled development set (labelled.ts LABELLED; never its HELD_OUT set).
    if (!args.includes('--no-labelled')) {
      for (const l of LABELLED) {
        const cat = l.categories.find((c) => c !== 'privacy');
        if (l.categories.length === 0) add(l.text, 0); else if (cat) add(l.text, 1, cat);
      }
    }
  }
  if (args.includes('--families')) {
    // Literal entries of the word families (pure Chinese, no pattern syntax): training only.
    for (const value of Object.values(FAMILIES)) {
      if (!Array.isArray(value)) continue;
      for (const e of value as string[]) if (/^\p{Script=Han}{2,}$/u.test(e)) items.push({ text: e, block: e, offset: 0, label: 1, kind: 'violating', group: 'families', weight: opt('family-weight', 0.5), ruled: true, detected: true, trainOnly: true });
    }
  }
  return items;
}

// ---- features and logistic regression, plain TypeScript ----

function featureKeys(text: string): string[] {
  const keys: string[] = [];
  eachFeature(foldForFeatures(text), CONFIG.orders, (k) => keys.push(k));
  return args.includes('--presence') ? [...new Set(keys)] : keys;
}

/** Same count as adScore's (every position of every order, repeats included). */
function featureCount(text: string): number {
  return CONFIG.orders.reduce((a, n) => a + Math.max(0, text.length - n + 1), 0);
}

interface Trained { bias: number; weights: Map<string, number> }

function fitLogistic(rows: { keys: string[]; n: number; y: number; w: number }[], vocab: string[]): Trained {
  const index = new Map(vocab.map((k, i) => [k, i]));
  const X = rows.map((r) => Int32Array.from(r.keys.map((k) => index.get(k) ?? -1).filter((i) => i >= 0)));
  const scale = rows.map((r) => (CONFIG.scaled ? 1 / Math.sqrt(Math.max(1, r.n)) : 1));
  const dim = vocab.length;
  const w = new Float64Array(dim);
  let b = 0;
  // Adam, full batch.
  const m = new Float64Array(dim); const v = new Float64Array(dim);
  let mb = 0; let vb = 0;
  const lr = 0.05; const b1 = 0.9; const b2 = 0.999; const eps = 1e-8;
  const totalW = rows.reduce((a, r) => a + r.w, 0);
  const g = new Float64Array(dim);
  for (let t = 1; t <= CONFIG.iters; t++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const xi = X[i]!; const s = scale[i]!;
      let z = b;
      for (const j of xi) z += w[j]! * s;
      const p = 1 / (1 + Math.exp(-z));
      const d = (p - rows[i]!.y) * rows[i]!.w / totalW;
      gb += d;
      for (const j of xi) g[j]! += d * s;
    }
    for (let j = 0; j < dim; j++) {
      const gj = g[j]! + CONFIG.l2 * w[j]!;
      m[j] = b1 * m[j]! + (1 - b1) * gj; v[j] = b2 * v[j]! + (1 - b2) * gj * gj;
      w[j]! -= lr * (m[j]! / (1 - b1 ** t)) / (Math.sqrt(v[j]! / (1 - b2 ** t)) + eps);
    }
    mb = b1 * mb + (1 - b1) * gb; vb = b2 * vb + (1 - b2) * gb * gb;
    b -= lr * (mb / (1 - b1 ** t)) / (Math.sqrt(vb / (1 - b2 ** t)) + eps);
  }
  return { bias: b, weights: new Map(vocab.map((k, j) => [k, w[j]!])) };
}

/** Bernoulli-style naive Bayes as a linear model: each present feature adds its log ratio. */
function fitNaiveBayes(rows: { keys: string[]; y: number; w: number }[], vocab: string[]): Trained {
  const alpha = opt('alpha', 0.5);
  const inVocab = new Set(vocab);
  const pos = new Map<string, number>(); const neg = new Map<string, number>();
  let np = 0; let nn = 0;
  for (const r of rows) {
    const m = r.y ? pos : neg;
    if (r.y) np += r.w; else nn += r.w;
    for (const k of r.keys) if (inVocab.has(k)) m.set(k, (m.get(k) ?? 0) + r.w);
  }
  const weights = new Map<string, number>();
  for (const k of vocab) weights.set(k, Math.log(((pos.get(k) ?? 0) + alpha) / (np + 2 * alpha)) - Math.log(((neg.get(k) ?? 0) + alpha) / (nn + 2 * alpha)));
  return { bias: Math.log(np / nn), weights };
}

function topByMagnitude(weights: Map<string, number>, k: number, positiveOnly = false): string[] {
  return [...weights].filter(([, x]) => !positiveOnly || x > 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, k).map(([key]) => key);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The model file for a training set (threshold filled in by the caller). */
function trainModel(train: Item[]): AdModelFile {
  const rows = train.map((it) => ({ keys: featureKeys(it.text), n: featureCount(it.text), y: it.label, w: it.weight }));
  const df = new Map<string, number>();
  for (const r of rows) for (const k of new Set(r.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df].filter(([, c]) => c >= CONFIG.minDf).map(([k]) => k);
  // Fit, keep the strongest features, fit again on those alone.
  const first = args.includes('--nb') ? fitNaiveBayes(rows, vocab) : fitLogistic(rows, vocab);
  const kept = topByMagnitude(first.weights, CONFIG.maxFeatures);
  const model = args.includes('--nb') ? fitNaiveBayes(rows, kept) : fitLogistic(rows, kept);
  // Category: one-vs-rest among the positives, each pruned to its strongest positive features.
  const positives = train.filter((it) => it.label === 1 && it.category);
  const posRows = positives.map((it) => ({ keys: featureKeys(it.text), n: featureCount(it.text), y: 0, w: 1 }));
  const pdf = new Map<string, number>();
  for (const r of posRows) for (const k of new Set(r.keys)) pdf.set(k, (pdf.get(k) ?? 0) + 1);
  const pvocab = [...pdf].filter(([, c]) => c >= CONFIG.minDf).map(([k]) => k);
  const categories: AdModelFile['categories'] = {};
  for (const cat of [...new Set(positives.map((p) => p.category!))].sort()) {
    const rowsC = posRows.map((r, i) => ({ ...r, y: positives[i]!.category === cat ? 1 : 0, w: positives[i]!.category === cat ? 3 : 1 }));
    const fit = fitLogistic(rowsC, pvocab);
    const keys = topByMagnitude(fit.weights, CONFIG.categoryFeatures, true);
    // Scaled like the score: the category picker sums raw weights, so fold the scale in roughly.
    categories[cat] = { bias: round(fit.bias), weights: Object.fromEntries(keys.map((k) => [k, round(fit.weights.get(k)! / 5)])) };
  }
  return {
    about: {}, orders: CONFIG.orders, scaled: CONFIG.scaled, bias: round(model.bias), threshold: 0,
    weights: Object.fromEntries([...model.weights].filter(([, x]) => Math.abs(x) >= 0.0005).map(([k, x]) => [k, round(x)])), categories,
  };
}

/** Exempt as the checker exempts it: a citation, or the driving phrases used as education. */
function protectedUse(it: Item, model: AdModel): boolean {
  return hanCount(it.text) < 6 || adExempt(it.block, it.offset, it.text, model);
}

interface Scored { it: Item; logit: number; protect: boolean; category: string }

function crossValidate(items: Item[]): Scored[] {
  const groups = [...new Set(items.map((i) => i.group))];
  // A fixed shuffle of groups (FNV of the name), so the folds do not depend on file order.
  const fnv = (s: string) => { let h = 0x811c9dc5; for (const ch of s) { h ^= ch.codePointAt(0)!; h = Math.imul(h, 0x01000193) >>> 0; } return h; };
  const foldOf = new Map(groups.map((g) => [g, fnv(g) % CONFIG.folds]));
  if (args.includes('--random')) for (const it of items) foldOf.set(it.group = `${it.group}|${it.text}`, fnv(it.text) % CONFIG.folds);
  const out: Scored[] = [];
  for (let k = 0; k < CONFIG.folds; k++) {
    const train = items.filter((i) => i.trainOnly || foldOf.get(i.group) !== k);
    const test = items.filter((i) => foldOf.get(i.group) === k && !i.trainOnly);
    const model = compileModel(trainModel(train));
    for (const it of test) {
      const logit = adScore(it.text, model);
      out.push({ it, logit, protect: logit > -2 ? protectedUse(it, model) : false, category: it.label ? likeliestCategory(it.text, model) : '' });
    }
  }
  return out;
}

const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;

function report(scored: Scored[], threshold: number): Record<string, unknown> {
  const fires = (s: Scored) => s.logit >= threshold && !s.protect && !s.it.ruled;
  const pos = scored.filter((s) => s.it.label === 1);
  const clean = scored.filter((s) => s.it.kind === 'clean');
  const prose = scored.filter((s) => s.it.kind === 'prose');
  const alone = pos.filter((s) => s.logit >= threshold && !s.protect).length;
  const combined = pos.filter((s) => s.it.detected || fires(s)).length;
  const missedByRules = pos.filter((s) => !s.it.detected);
  const byCat: Record<string, string> = {};
  for (const cat of [...new Set(pos.map((s) => s.it.category!))].sort()) {
    const c = pos.filter((s) => s.it.category === cat);
    byCat[cat] = `${c.filter((s) => s.logit >= threshold && !s.protect).length}/${c.length}`;
  }
  const firing = pos.filter((s) => s.logit >= threshold && !s.protect);
  return {
    threshold: round(threshold),
    recallModelAlone: pct(alone, pos.length),
    recallModelAloneByCategory: byCat,
    recallOfRuleMisses: pct(missedByRules.filter(fires).length, missedByRules.length),
    recallRulesPlusModel: pct(combined, pos.length),
    protectedPositives: pct(pos.filter((s) => s.logit >= threshold && s.protect).length, pos.length),
    categoryAgreement: pct(firing.filter((s) => s.category === s.it.category).length, firing.length),
    cleanSentencesNewWarnings: pct(clean.filter(fires).length, clean.length),
    cleanSentencesAboveThreshold: pct(clean.filter((s) => s.logit >= threshold).length, clean.length),
    articleSentencesNewWarnings: pct(prose.filter(fires).length, prose.length),
  };
}

function chooseThreshold(scored: Scored[]): number {
  const clean = scored.filter((s) => s.it.kind === 'clean');
  const prose = scored.filter((s) => s.it.kind === 'prose');
  const candidates = [...new Set(scored.map((s) => s.logit))].sort((a, b) => a - b);
  for (const t of candidates) {
    const fires = (s: Scored) => s.logit >= t && !s.protect && !s.it.ruled;
    if (clean.filter(fires).length <= CONFIG.maxCleanRate * clean.length && prose.filter(fires).length <= CONFIG.maxProseRate * prose.length) return t;
  }
  return candidates.at(-1)! + 1;
}

const items = await collect();
const count = (k: string) => items.filter((i) => i.kind === k && !i.trainOnly).length;
console.log(`训练材料：违规 ${count('violating')} 句，正常句 ${count('clean')} 句，文章句 ${count('prose')} 句（${new Set(items.map((i) => i.group)).size} 组）`);
const scored = crossValidate(items);
const threshold = chooseThreshold(scored);
const cv = report(scored, threshold);
console.log(JSON.stringify({ config: CONFIG, crossValidated: cv }, null, 2));
if (args.includes('--show')) {
  const fires = (s: Scored) => s.logit >= threshold - 0.5 && !s.protect && !s.it.ruled;
  for (const s of scored.filter((x) => x.it.label === 0 && fires(x)).sort((a, b) => b.logit - a.logit)) console.log(`  误 ${s.logit.toFixed(2)} [${s.it.kind}] ${s.it.text}`);
  for (const s of scored.filter((x) => x.it.label === 1 && !x.it.detected)) console.log(`  规则漏 ${s.logit.toFixed(2)} ${s.protect ? '(保护)' : ''}[${s.it.category}] ${s.it.text}`);
}
if (!args.includes('--quiet')) {
  for (const t of [threshold - 1, threshold - 0.5, threshold + 0.5]) console.log(JSON.stringify(report(scored, t)));
}

if (!cvOnly) {
  const file = trainModel(items);
  file.threshold = round(threshold);
  file.about = {
    what: 'Kepu ad-likeness scorer (generator/compliance/ad-likeness.ts): logistic regression over character n-grams; a category picker per claim category. Generated — do not edit.',
    generatedBy: 'npx tsx --tsconfig tsconfig.json test/compliance/train-ad-likeness.ts',
    trainedOn: {
      positives: 'test/fixtures/compliance-eval/violating.json (tuning half only, by eval.ts halfOf) + violating-tune.json; privacy excluded',
      negatives: `test/fixtures/compliance-eval/clean.json (tuning half only) + clean-tune.json + every sentence of ${ARTICLE_DIRS.join(', ')}`,
      neverRead: 'the frozen test half of violating.json and clean.json; test/fixtures/natural/holdout*',
      counts: { violating: count('violating'), clean: count('clean'), articleSentences: count('prose') },
    },
    config: CONFIG,
    crossValidated: cv,
  };
  const json = `${JSON.stringify(file, null, 0)}\n`;
  writeFileSync(OUT, json);
  // Cost per sentence on the article sentences (the checker scores every sentence no rule flagged).
  const model = compileModel(file);
  const prose = items.filter((i) => i.kind === 'prose').map((i) => i.text);
  let x = 0;
  for (const s of prose) x += adScore(s, model);
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < 50; r++) for (const s of prose) x += adScore(s, model);
  const us = Number(process.hrtime.bigint() - t0) / 50 / prose.length / 1000;
  console.log(`评分耗时：每句 ${us.toFixed(2)} µs（${prose.length} 句文章句，平均 ${(prose.join('').length / prose.length).toFixed(0)} 字）${x === 0 ? ' ' : ''}`);
  console.log(`写入 ${OUT}：${(json.length / 1024).toFixed(0)} KB（按字符计），${Object.keys(file.weights).length} 个特征`);
}
