/**
 * Which claim rules could match a line at all, from the characters the line has.
 *
 * Most rules can only match text that holds one of a few keys (characters, or two characters in
 * a row): every match of `(?:疗效|效果)(?:确切|显著)` contains 疗效 or 效果. Each rule's pattern is
 * read once (a small reader of the RegExp syntax the rules use) for such a set, and a line is
 * scanned only with the rules whose set it meets; a rule whose pattern the reader cannot bound
 * (a negated class, `.`, `\p{…}` throughout, a syntax it does not know) is always run. The sets
 * only ever leave out rules that cannot match, so the hits are the same as scanning with every
 * rule (test/compliance/prefilter.test.ts checks this on every sentence the tests know). The
 * privacy detectors are prefiltered the same way, pattern by pattern (`patternPrefilter`).
 */
import type { ClaimRule } from './rules.ts';

/**
 * What a pattern (or a piece of one) tells about its matches: `need`, keys one of which every
 * match contains (single characters, or two characters in a row); `first` and `last`, the
 * characters a match can begin and end with (undefined: any); `nullable`, whether it can match
 * the empty string.
 */
interface Shape {
  need?: Set<string>;
  first?: Set<string>;
  last?: Set<string>;
  nullable: boolean;
}

const ANY: Shape = { nullable: false };
const EMPTY: Shape = { nullable: true };

/** Sets larger than this are not worth listing (a rule bounded by none is run always). */
const MAX_SET = 512;

/** How selective a need is: a pair of characters in a row is far rarer than one character. */
function cost(need: Set<string>): number {
  let c = 0;
  for (const k of need) c += k.length === 1 ? 10 : 1;
  return c;
}

function union(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || !b) return undefined;
  const u = new Set([...a, ...b]);
  return u.size <= MAX_SET ? u : undefined;
}

/** More pairs than this cost more to list than they save over single characters. */
const MAX_PAIRS = 64;

function pairs(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || !b || a.size * b.size > MAX_PAIRS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a) return b;
  if (!b) return a;
  return cost(b) < cost(a) ? b : a;
}

class Reader {
  i = 0;
  constructor(readonly src: string) {}
  peek(): string | undefined { return this.src[this.i]; }
  next(): string {
    const c = this.src[this.i++];
    if (c === undefined) throw new Error('end of pattern');
    return c;
  }
  eat(s: string): boolean {
    if (this.src.startsWith(s, this.i)) { this.i += s.length; return true; }
    return false;
  }
}

/** Keys (characters, or two characters in a row) one of which every match of `re` contains, or undefined. */
export function requiredKeys(re: RegExp): Set<string> | undefined {
  // Case-insensitive or dot-all patterns are not read: they are simply always run.
  if (/[ivs]/.test(re.flags)) return undefined;
  try {
    const r = new Reader(re.source);
    const shape = disjunction(r);
    if (r.i !== r.src.length || shape.nullable) return undefined;
    return shape.need && shape.need.size > 0 ? shape.need : undefined;
  } catch {
    return undefined;
  }
}

function disjunction(r: Reader): Shape {
  const alts = [alternative(r)];
  while (r.peek() === '|') {
    r.next();
    alts.push(alternative(r));
  }
  if (alts.length === 1) return alts[0]!;
  const all = (pick: (s: Shape) => Set<string> | undefined) => {
    const out = new Set<string>();
    for (const a of alts) {
      const set = pick(a);
      if (!set) return undefined;
      for (const k of set) out.add(k);
      if (out.size > MAX_SET) return undefined;
    }
    return out;
  };
  const nullable = alts.some((a) => a.nullable);
  // A nullable piece needs nothing.
  return { need: nullable ? undefined : all((a) => a.need), first: all((a) => a.first), last: all((a) => a.last), nullable };
}

/**
 * A sequence. Assertions between terms consume nothing, so they leave neighbours adjacent; an
 * optional term may or may not stand between two others, so it breaks adjacency. A positive
 * look-ahead or look-behind must match the text where it stands, so the text holds one of its
 * keys too (the match itself need not: keys are looked for in the text).
 */
function alternative(r: Reader): Shape {
  let need: Set<string> | undefined;
  let first: Set<string> | undefined = new Set();
  let last: Set<string> | undefined = new Set();
  let nullable = true;
  /** The last term, when it is required and nothing optional followed it. */
  let prev: Shape | undefined;
  for (let c = r.peek(); c !== undefined && c !== '|' && c !== ')'; c = r.peek()) {
    const t = term(r);
    if (t === 'assertion') continue;
    if ('lookaround' in t) {
      need = better(need, t.need);
      continue;
    }
    if (nullable) first = union(first, t.first);
    if (t.nullable) {
      last = union(last, t.last);
      prev = undefined;
      continue;
    }
    need = better(need, t.need);
    if (prev) need = better(need, pairs(prev.last, t.first));
    last = t.last;
    nullable = false;
    prev = t;
  }
  return nullable ? EMPTY : { need, first, last, nullable };
}

function term(r: Reader): Shape | 'assertion' | { lookaround: true; need?: Set<string> } {
  const c = r.peek();
  if (c === '^' || c === '$') { r.next(); return 'assertion'; }
  if (r.eat('\\b') || r.eat('\\B')) return 'assertion';
  const positive = r.eat('(?=') || r.eat('(?<=');
  if (positive || r.eat('(?!') || r.eat('(?<!')) {
    const inner = disjunction(r);
    if (r.next() !== ')') throw new Error('group');
    if (quantifier(r) !== 1) throw new Error('quantified assertion');
    return positive && !inner.nullable ? { lookaround: true, need: inner.need } : 'assertion';
  }
  const a = atom(r);
  const min = quantifier(r);
  if (min === 0) return { ...a, need: undefined, nullable: true };
  return a;
}

/** Reads a quantifier if there is one; the least number of repeats it allows (1 without one). */
function quantifier(r: Reader): number {
  const c = r.peek();
  let min = 1;
  if (c === '*' || c === '?') { r.next(); min = 0; } else if (c === '+') { r.next(); } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.i));
    if (!m) throw new Error('brace');
    r.i += m[0].length;
    min = Number(m[1]);
  } else return 1;
  r.eat('?');
  return min;
}

function atom(r: Reader): Shape {
  const c = r.next();
  if (c === '(') {
    if (r.eat('?:')) { /* non-capturing */ } else if (r.peek() === '?') throw new Error('group kind');
    const s = disjunction(r);
    if (r.next() !== ')') throw new Error('group');
    return s;
  }
  if (c === '[') return chars(charClass(r));
  if (c === '.') return ANY;
  if (c === '\\') return chars(escape(r, false));
  if (')|*+?{}]'.includes(c)) throw new Error(`unexpected ${c}`);
  return chars(literal(c));
}

function chars(set: Set<string> | undefined): Shape {
  return set ? { need: set, first: set, last: set, nullable: false } : ANY;
}

/** One set per character, shared: sets are never changed once made. */
const LITERALS = new Map<string, Set<string>>();

function literal(c: string): Set<string> {
  // Surrogates would need code-point matching; such patterns are always run.
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) throw new Error('surrogate');
  let set = LITERALS.get(c);
  if (!set) LITERALS.set(c, (set = new Set([c])));
  return set;
}

const DIGITS = '0123456789';

/** An escape after its backslash: a set of characters, or undefined for a broad class. */
function escape(r: Reader, inClass: boolean): Set<string> | undefined {
  const c = r.next();
  if (c === 'd') return new Set(DIGITS);
  if ('DsSwWpP'.includes(c)) {
    if ((c === 'p' || c === 'P') && r.peek() === '{') {
      while (r.next() !== '}') { /* skip the property name */ }
    }
    return undefined;
  }
  if (c === 'b' && inClass) return new Set(['\b']);
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
  if (simple[c] !== undefined) return new Set([simple[c]!]);
  if (c === 'u' || c === 'x') {
    const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(r.src.slice(r.i));
    if (!m) throw new Error('escape');
    r.i += m[0].length;
    return literal(String.fromCharCode(parseInt(m[0], 16)));
  }
  // Back-references, \0, control letters and anything else a letter or digit names: not read.
  if (/[A-Za-z0-9]/.test(c)) throw new Error(`escape \\${c}`);
  return literal(c); // an escaped punctuation mark stands for itself
}

function charClass(r: Reader): Set<string> | undefined {
  const negated = r.eat('^');
  let set: Set<string> | undefined = new Set<string>(); // this class's own, added to in place
  const one = (): { set: Set<string> | undefined; char?: string } => {
    const c = r.next();
    if (c === '\\') {
      const e = escape(r, true);
      return e && e.size === 1 ? { set: e, char: [...e][0] } : { set: e };
    }
    return { set: literal(c), char: c };
  };
  while (r.peek() !== ']') {
    const a = one();
    if (r.peek() === '-' && r.src[r.i + 1] !== ']') {
      r.next();
      const b = one();
      if (a.char === undefined || b.char === undefined) throw new Error('range');
      const from = a.char.charCodeAt(0);
      const to = b.char.charCodeAt(0);
      if (!set || to - from + 1 > MAX_SET) set = undefined;
      else for (let k = from; k <= to; k++) set.add(String.fromCharCode(k));
      continue;
    }
    if (!a.set || !set) set = undefined;
    else for (const k of a.set) set.add(k);
  }
  r.next();
  // A negated class matches almost anything.
  return negated || !set || set.size > MAX_SET ? undefined : set;
}

/**
 * A filter for one list of rules: `candidates(text)` is the rules, in their order, that could
 * match `text` (the text as the rules see it, after any normalising).
 */
export function rulePrefilter(rules: readonly ClaimRule[]): (text: string) => ClaimRule[] {
  const could = patternPrefilter(rules.map((rule) => rule.pattern));
  return (text) => {
    const marked = could(text);
    return rules.filter((_, i) => marked[i]);
  };
}

/**
 * The same for any list of patterns: `could(text)[i]` is false only when `patterns[i]` cannot
 * match `text` (it needs a key the text does not have); true for a pattern that is not bounded.
 */
export function patternPrefilter(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const always: boolean[] = [];
  // By character code, so that looking a line up makes no strings: a key's patterns, and for each
  // character that starts a pair, the patterns by the pair's second character.
  const single = new Map<number, number[]>();
  const pair = new Map<number, Map<number, number[]>>();
  const add = <K>(map: Map<K, number[]>, key: K, i: number) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(i);
  };
  patterns.forEach((pattern, i) => {
    const need = requiredKeys(pattern);
    always[i] = !need;
    for (const k of need ?? []) {
      if (k.length === 1) add(single, k.charCodeAt(0), i);
      else {
        let second = pair.get(k.charCodeAt(0));
        if (!second) pair.set(k.charCodeAt(0), (second = new Map()));
        add(second, k.charCodeAt(1), i);
      }
    }
  });
  // A table over every UTF-16 code unit says which characters start anything (1 bit: a single
  // key, 2: a pair), so most characters of a line cost one typed-array read, not two Map lookups.
  const starts = new Uint8Array(0x10000);
  for (const c of single.keys()) starts[c]! |= 1;
  for (const c of pair.keys()) starts[c]! |= 2;
  return (text) => {
    const marked = always.slice();
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const what = starts[c]!;
      if (what === 0) continue;
      if (what & 1) for (const i of single.get(c)!) marked[i] = true;
      if (what & 2 && k + 1 < text.length) {
        const both = pair.get(c)!.get(text.charCodeAt(k + 1));
        if (both) for (const i of both) marked[i] = true;
      }
    }
    return marked;
  };
}
