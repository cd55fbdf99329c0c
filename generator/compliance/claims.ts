/** Claim rules (./rules.ts) run over one piece of text, health-education uses left out. */
import { CLAIM_RULES, type ClaimRule } from './rules.ts';
import { educationalUse, sentenceAround } from './context.ts';
import type { Hit } from './hit.ts';
import { notAWord } from './segment.ts';
import { execAll } from '../text/exec-all.ts';
import { adLikelyHits, adModel } from './ad-likeness.ts';

/**
 * Ad copy mixes ASCII and full-width forms ("好转率95%,不少患者…", "９５％"). Both become one
 * form before matching; every replacement keeps the length, so offsets still point into the
 * original text.
 */
export function normaliseForms(text: string): string {
  return text
    // Full-width digits, Latin letters, "．" and "＋" ("ＣＣＴＶ", "ＮＯ．１", "９５％") read as ASCII.
    .replace(/[０-９Ａ-Ｚａ-ｚ．＋]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/,(?!\d)/g, '，').replace(/;/g, '；').replace(/:(?!\d)/g, '：').replace(/\?/g, '？').replace(/!/g, '！')
    .replace(/\((?=[^)]*\p{Script=Han})/gu, '（').replace(/\)/g, '）');
}

/**
 * Claim rule hits in a line, then the learned ad-likeness warning where no rule flagged it.
 * `learned` defaults to whether the full rule set is scanned (a test of single rules sees those
 * rules alone); a caller that passes a prefiltered subset of every rule sets it. `adScores`: the
 * learned scores of sentences already seen, shared by the calls that check one article;
 * `normalised`: `normaliseForms(original)` when the caller has it already.
 */
export function scanClaims(
  original: string, rules: ClaimRule[] = CLAIM_RULES, learned = rules === CLAIM_RULES,
  { adScores, normalised }: { adScores?: Map<string, number>; normalised?: string } = {},
): Hit[] {
  const text = normalised ?? normaliseForms(original);
  const hits = ruleHits(text, original, rules);
  // "吃 一 个 月，糖 尿 病 彻 底 好": spaces put between characters to slip past a filter. The text is
  // read again without them; a claim found only that way is reported on the original characters.
  const spaced = squeezeSpaced(text);
  if (spaced) {
    for (const h of ruleHits(spaced.text, spaced.text, rules)) {
      const start = spaced.at[h.start]!;
      const end = spaced.at[h.end - 1]! + 1;
      if (end - start === h.end - h.start) continue; // no space inside: the plain reading had it already
      if (hits.some((o) => o.rule === h.rule && o.start < end && start < o.end)) continue;
      hits.push({ ...h, start, end, excerpt: original.slice(start, end) });
    }
  }
  const kept = dropNested(hits);
  // The learned ad-likeness warning, for sentences no rule flagged (./ad-likeness.ts).
  if (!learned) return kept;
  return [...kept, ...adLikelyHits(text, original, kept.filter((h) => h.severity !== 'info'), adModel(), adScores)];
}

/** Three or more single spaces between Chinese characters: a spaced-out line, not a byline's gaps. */
const SPACED = /(?<=\p{Script=Han})[ \u3000](?=\p{Script=Han})/gu;

/** The text without the spaces between Chinese characters, and where each of its characters stood. */
export function squeezeSpaced(text: string): { text: string; at: number[] } | undefined {
  const gaps = [...text.matchAll(SPACED)].map((m) => m.index);
  if (gaps.length < 3) return undefined;
  const drop = new Set(gaps);
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

function ruleHits(text: string, original: string, rules: ClaimRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const rule of rules) {
    for (const m of execAll(rule.pattern, text)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      // A citation usually follows the sentence (“……。——《指南》”), so `allow` sees a little past it.
      if (rule.allow?.test(sentenceAround(text, start, end) + text.slice(end, end + 40))) continue;
      if (rule.lexical && notAWord(text, start, end)) continue;
      if (rule.educationExempt !== false && educationalUse(text, start, end, { qualifierExempt: rule.qualifierExempt })) continue;
      const severity = rule.severity === 'error' && rule.softenWhen?.test(sentenceAround(text, start, end)) ? 'warning' : rule.severity;
      hits.push({
        rule: rule.id, category: rule.category, severity, message: rule.message,
        ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
        start, end, excerpt: original.slice(start, end),
      });
    }
  }
  return hits;
}

const RANK = { error: 2, warning: 1, info: 0 } as const;

/**
 * One claim, one finding: "彻底治愈" must not also report the "治愈" inside it under the same
 * category — unless the inner one is the more severe (an error inside a longer warning stays).
 */
function dropNested(hits: Hit[]): Hit[] {
  const contains = (a: Hit, b: Hit) => a.start <= b.start && a.end >= b.end && (a.end - a.start) > (b.end - b.start);
  return hits.filter((h) => !hits.some((o) => o !== h && o.category === h.category
    && ((contains(o, h) && RANK[o.severity] >= RANK[h.severity]) || (contains(h, o) && RANK[o.severity] > RANK[h.severity]))));
}
