/** Source positions of front-matter keys, for messages about a field rather than a text match. */
import type { SourcePoint } from '../manifest.ts';

/** Where a front-matter key is written (`consent:` → its line), else the first line. */
export function frontMatterKeyPoint(source: string, key: string, parent?: string): SourcePoint {
  const end = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
  if (end === -1) return { line: 1, column: 1 };
  const keyRe = (k: string, indented: boolean) =>
    new RegExp(`^(${indented ? '[ \\t]+(?:-[ \\t]+)?' : ''})${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`, 'gm');
  let from = 0;
  if (parent) {
    const p = keyRe(parent, false).exec(source.slice(0, end));
    if (!p) return { line: 1, column: 1 };
    from = p.index + p[0].length;
  }
  const re = keyRe(key, !!parent);
  re.lastIndex = from;
  const m = re.exec(source.slice(0, end));
  if (!m) return parent ? frontMatterKeyPoint(source, parent) : { line: 1, column: 1 };
  const line = source.slice(0, m.index).split('\n').length;
  return { line, column: m[1]!.length + 1 };
}

export function hasFrontMatterKey(source: string, key: string): boolean {
  return frontMatterKeyPoint(source, key).line !== 1;
}
