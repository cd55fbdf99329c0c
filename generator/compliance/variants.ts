/**
 * Variant findings: a generated variant is checked like the source, and what the source did not
 * have is reported on the variant (a 15-second cut that drops "多数人" or "没有任何药物能够"
 * turns education into a claim). Problems the source already has are reported once, on the source.
 */
import type { Finding, SourcePoint, Variant } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { normaliseForms, scanClaims } from './claims.ts';
import { CLAIM_RULES } from './rules.ts';
import { rulePrefilter } from './prefilter.ts';
import { scanPrivacy } from './privacy.ts';
import { sentenceAround } from './context.ts';
import { hitToFinding, metaFinding } from './place.ts';
import { frontMatterKeyPoint } from '../load/front-matter-position.ts';
import { AI_LABEL } from '../text/ai-label.ts';
import { variantConsentFindings } from './consent.ts';
import type { Hit } from './hit.ts';

/** Claim and privacy hits in one line of text. */
export type LineScanner = (line: string) => Hit[];

/** The claim rules that could match a text, by the characters it has (./prefilter.ts). */
const candidates = rulePrefilter(CLAIM_RULES);

/**
 * A scanner that remembers its answers: an article's variants repeat the same lines many times
 * (every video length on every platform), and scanning is the expensive part of checking. Each
 * new line is matched only against the rules that could match it.
 */
export function memoScanner(): LineScanner {
  const seen = new Map<string, Hit[]>();
  // Lines differ more often than their sentences: the learned score is kept per sentence.
  const adScores = new Map<string, number>();
  return (line) => {
    let hits = seen.get(line);
    if (!hits) {
      const normalised = normaliseForms(line);
      seen.set(line, (hits = [...scanClaims(line, candidates(normalised), true, { adScores, normalised }), ...scanPrivacy(line)]));
    }
    return hits;
  };
}

export function variantFindings(
  model: ArticleModel, variant: Variant, sourceFindings: Finding[], locate: (offset: number) => SourcePoint,
  scan: LineScanner = memoScanner(),
): Finding[] {
  const known = new Set(sourceFindings.map((f) => `${f.rule}\u0000${f.excerpt}`));
  const out: Finding[] = [];
  for (const line of variant.text.split('\n')) {
    const hits = scan(line);
    for (const hit of hits) {
      if (known.has(`${hit.rule}\u0000${hit.excerpt}`)) continue;
      const finding = hitToFinding(model.file, hit, locate(sourceOffset(model.source, line, hit)));
      finding.variantId = variant.id;
      finding.message = `${hit.message}（生成稿件中出现，源文中没有：可能是截取时丢掉了限定语）`;
      out.push(finding);
    }
  }
  if (model.frontMatter.aiAssisted && !AI_LABEL.test(`${variant.text}\n${variant.caption ?? ''}`)) {
    out.push(metaFinding(model, 'ai-label.missing', frontMatterKeyPoint(model.source, 'aiAssisted'), {
      message: '该稿件由 AI 辅助生成的文章改写而来，但稿件中没有 AI 辅助标识', variantId: variant.id,
      suggestion: '在稿件文案或说明中保留“本文由 AI 辅助生成”的标识',
    }));
  }
  out.push(...variantConsentFindings(model, variant));
  return out;
}

/** Best place in the source for text found in a variant: the longest piece of its sentence that occurs there. */
function sourceOffset(source: string, line: string, hit: Hit): number {
  const sentence = sentenceAround(line, hit.start, hit.end);
  const at = sentence.indexOf(hit.excerpt);
  for (let before = at; before >= 0; before -= Math.max(1, Math.ceil(before / 2))) {
    const probe = sentence.slice(at - before, at + hit.excerpt.length);
    const i = source.indexOf(probe);
    if (i !== -1) return i + before;
    if (before === 0) break;
  }
  return 0;
}
