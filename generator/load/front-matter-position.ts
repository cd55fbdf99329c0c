/** Source positions of front-matter keys, for messages about a field rather than a text match. */
import type { SourcePoint } from '../manifest.ts';

/**
 * `key:` at the start of a line (after indentation, or a list item's `- `, when `indented`). One
 * compiled pattern per key, kept: checking an article asks for the same few keys every time, and
 * compiling a pattern per question was a visible part of it.
 */
const keyPatterns = new Map<string, RegExp>();

function keyRe(k: string, indented: boolean): RegExp {
  const id = `${indented ? '1' : '0'}${k}`;
  let re = keyPatterns.get(id);
  if (!re) {
    re = new RegExp(`^(${indented ? '[ \\t]+(?:-[ \\t]+)?' : ''})${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`, 'gm');
    keyPatterns.set(id, re);
  }
  return re;
}

/** The first match of `re` in `text` at or after `from`. */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/** Where a front-matter key is written (`consent:` → its line), else the first line. */
export function frontMatterKeyPoint(source: string, key: string, parent?: string): SourcePoint {
  const end = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
  if (end === -1) return { line: 1, column: 1 };
  const front = source.slice(0, end);
  let from = 0;
  if (parent) {
    const p = execFrom(keyRe(parent, false), front, 0);
    if (!p) return { line: 1, column: 1 };
    from = p.index + p[0].length;
  }
  const m = execFrom(keyRe(key, !!parent), front, from);
  if (!m) return parent ? frontMatterKeyPoint(source, parent) : { line: 1, column: 1 };
  const line = source.slice(0, m.index).split('\n').length;
  return { line, column: m[1]!.length + 1 };
}

export function hasFrontMatterKey(source: string, key: string): boolean {
  return frontMatterKeyPoint(source, key).line !== 1;
}
