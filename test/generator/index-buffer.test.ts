import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../generator/manifest.ts';
import { IndexBuffer } from '../../generator/pipeline/index-buffer.ts';

const entry = (slug: string, title: string): IndexEntry => ({
  slug, title, source: `content/${slug}.md`, status: 'draft', platforms: ['wechat'], counts: { error: 0, warning: 0, info: 0 },
  variants: { article: ['wechat.article'] }, detail: `articles/${slug}.json`,
});

describe('the index kept as bytes', () => {
  it('splicing one entry (longer, shorter, first, last) gives exactly what serialising all would', () => {
    const entries: [string, IndexEntry][] = ['a', 'b', 'c', 'd'].map((k) => [k, entry(k, `标题${k}`)]);
    const buffer = new IndexBuffer();
    buffer.reset(entries);
    const head = { version: 2, generatedAt: 't' };
    const check = () => expect(JSON.parse(buffer.json(head).toString())).toEqual({ ...head, articles: entries.map(([, e]) => e) });
    check();
    for (const [i, title] of [[1, '一个长得多的新标题，带“引号”和\\n'], [1, '短'], [0, '第一个变了'], [3, '最后一个也变了，变得更长一些']] as const) {
      entries[i] = [entries[i]![0], entry(entries[i]![0], title)];
      buffer.replace(entries[i]![0], entries[i]![1]);
      check();
    }
    expect(buffer.holds(['a', 'b', 'c', 'd'])).toBe(true);
    expect(buffer.holds(['a', 'b', 'c'])).toBe(false);
  });
});
