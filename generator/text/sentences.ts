/**
 * Chinese-aware text helpers shared by the model, the renderers and the checks.
 */

/** Split into sentences, keeping the closing punctuation (and a closing quote) with each. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /[^。！？!?；;\n]+(?:[。！？!?；;]+[”’」』）)]?|$)/gu;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return out;
}

/** Split a sentence into clauses at Chinese commas and colons (punctuation dropped). */
export function clauses(text: string): string[] {
  // Punctuation inside brackets ("B（Balance，平衡）") does not end a clause.
  const guarded = text.replace(/[（(][^）)]*[）)]/gu, (m) => m.replace(/[，,：:；;、]/gu, (c) => `\u0001${c.codePointAt(0)}\u0002`));
  return guarded
    .split(/[，,：:；;、。！？!?]/u)
    .map((s) => s.replace(/\u0001(\d+)\u0002/gu, (_, n: string) => String.fromCodePoint(Number(n))).trim())
    .filter(Boolean);
}

/**
 * Clauses with their punctuation kept, so joining them gives the text back as written. With
 * `atEnumeration` false, an enumeration comma ("把血压、血脂、血糖…") stays inside its clause.
 */
export function clausesKept(text: string, atEnumeration = true): string[] {
  return text.match(atEnumeration ? /[^，,：:；;、]+[，,：:；;、]*/gu : /[^，,：:；;]+[，,：:；;]*/gu) ?? [text];
}

/** lettersOnly's answers by text (cleared when large). */
const LETTERS = new Map<string, string>();

/** Letters and digits only: how two wordings are compared when punctuation and spacing may differ. */
export function lettersOnly(text: string): string {
  let letters = LETTERS.get(text);
  if (letters === undefined) {
    // Renderers ask about the same takeaways and sentences for every platform and length.
    if (LETTERS.size >= 20_000) LETTERS.clear();
    LETTERS.set(text, (letters = text.replace(/[^\p{L}\p{N}]/gu, '')));
  }
  return letters;
}

/** Code-point length: what "字" means on every platform that counts characters. */
export function charLength(text: string): number {
  // `[...text].length` without the array: each surrogate pair is one code point.
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** Remove trailing sentence punctuation: captions and slide headings read better without it. */
export function stripEndPunctuation(text: string): string {
  return text.replace(/[。；;，,、：:]+$/u, '');
}

/**
 * A short label for a caption or heading: the text itself if it fits, else its first clause
 * that fits, else `undefined` (the caller decides what to do and warns).
 */
export function shortLabel(text: string, max: number, min = 1): string | undefined {
  const t = stripEndPunctuation(text.trim());
  if (charLength(t) <= max && charLength(t) >= min) return t;
  for (const c of clauses(t)) if (charLength(c) <= max && charLength(c) >= min) return c;
  return undefined;
}

/** Two-character words of a text's Han runs, to tell whether two texts share a topic. */
export function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** A sentence as it is said on its own: closed with "。", never "；。" or "，。". */
export function sayable(text: string): string {
  const t = text.trim();
  if (/[。！？!?…）)”」』]$/u.test(t)) return t;
  return `${t.replace(/[；;，,、：:\s]+$/u, '')}。`;
}
