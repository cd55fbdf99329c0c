import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../generator/manifest.ts';
import { IndexBuffer } from '../../generator/pipeline/index-buffer.ts';
import { StateBuffer } from '../../generator/pipeline/state-buffer.ts';
import type { BuildState } from '../../generator/build-state.ts';

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

describe('spliced files taken over from disk', () => {
  const head = { version: 2, generatedAt: 't', errors: [{ file: 'x.md', line: 1, column: 1, message: 'a "quoted" ] } , message' }] };

  it('the index as written: one save after another gives exactly what serialising all would, past the point where splices are folded in', () => {
    const entries: [string, IndexEntry][] = Array.from({ length: 40 }, (_, i) => [`k${String(i).padStart(3, '0')}`, entry(`s${i}`, `标题 ${i} with "quotes", [brackets] and {braces}`)]);
    const file = Buffer.from(`${JSON.stringify(head).slice(0, -1)},"articles":[${entries.map(([, e]) => JSON.stringify(e)).join(',')}]}`);
    const buffer = new IndexBuffer();
    expect(buffer.adopt(file, entries.map(([k]) => k))).toBe(true);
    expect(buffer.json(head).equals(file)).toBe(true);
    for (let round = 0; round < 700; round++) {
      const i = (round * 7) % entries.length;
      entries[i] = [entries[i]![0], entry(`s${i}`, `改${round}`.repeat(1 + (round % 5)))];
      buffer.replace(entries[i]![0], entries[i]![1]);
    }
    expect(buffer.json(head).toString()).toBe(`${JSON.stringify(head).slice(0, -1)},"articles":[${entries.map(([, e]) => JSON.stringify(e)).join(',')}]}`);
  });

  it('an index whose entries are not the ones named is not taken over', () => {
    const file = Buffer.from(`${JSON.stringify(head).slice(0, -1)},"articles":[${JSON.stringify(entry('a', 'A'))}]}`);
    expect(new IndexBuffer().adopt(file, ['a', 'b'])).toBe(false);
  });

  it('the state: a record replaced, added and removed gives what JSON.stringify gives', () => {
    const state: BuildState = {
      stamp: 'abc',
      articles: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`content/文章-${i}.md`, { key: `k${i}`, slug: `s${i}`, deps: [`/img/${i}.jpg`], size: i, mtimeMs: i * 1.5, source: `h${i}` }])),
      errors: [],
    };
    const file = Buffer.from(JSON.stringify(state));
    const parsed = JSON.parse(file.toString()) as BuildState;
    const buffer = new StateBuffer(parsed);
    buffer.adopt(file);
    expect(Buffer.concat(buffer.chunks()).equals(file)).toBe(true);
    buffer.set('content/文章-2.md', { key: 'new', slug: 's2', deps: [] });
    parsed.errors = [{ file: 'content/x.md', line: 2, column: 3, message: 'm' }];
    expect(Buffer.concat(buffer.chunks()).toString()).toBe(JSON.stringify(parsed));
    buffer.set('content/new.md', { key: 'n', slug: 'n', deps: [] });
    buffer.delete('content/文章-0.md');
    expect(Buffer.concat(buffer.chunks()).toString()).toBe(JSON.stringify(parsed));
    expect(Object.keys(parsed.articles)).toContain('content/new.md');
  });
});
