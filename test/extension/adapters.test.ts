/**
 * Conventions every adapter follows, and the pure parts of the extension (URL matching,
 * message parsing, the fill plan). No browser: fill.test.ts covers the page side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, PLATFORM_IDS } from '../../generator/platforms/registry.ts';
import { ADAPTERS } from '../../extension/content/adapters.ts';
import { matchesPattern, platformOfUrl } from '../../extension/match-pattern.ts';
import { parseRequest } from '../../extension/protocol.ts';
import { planFill, stripTopics } from '../../extension/content/plan.ts';
import { composerPatterns } from '../../extension/manifest.config.ts';
import { ROOT, COMPOSER_URLS, fixtureArticle, variantFor } from './harness.ts';

const adapterDir = join(ROOT, 'extension/content/adapters');
const files = readdirSync(adapterDir).filter((f) => f.endsWith('.ts'));

describe('adapter conventions', () => {
  it('one adapter file per registry platform, named for it', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...PLATFORM_IDS].sort());
    expect(ADAPTERS.map((a) => a.platform).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  for (const file of files) {
    const id = file.replace(/\.ts$/, '');
    it(`${file}: small, declarative, matches from the registry, several signals per text field`, () => {
      const source = readFileSync(join(adapterDir, file), 'utf8');
      expect(source.split('\n').length).toBeLessThan(40);
      expect(source).not.toMatch(/setTimeout\(|innerHTML|platform ===/);
      const adapter = ADAPTERS.find((a) => a.platform === id)!;
      expect(adapter.matches).toEqual(PLATFORMS[adapter.platform].composer.urls);
      expect(adapter.fields.body).toBeDefined();
      for (const [field, spec] of Object.entries(adapter.fields)) {
        const signals = spec.selectors.length + (spec.labels?.length ?? 0);
        expect(signals, `${id}.${field} needs more than one way to be found`).toBeGreaterThanOrEqual(2);
        for (const s of spec.selectors) expect(() => checkSelectorSyntax(s)).not.toThrow();
      }
    });
  }
});

/** Rejects obviously broken selectors without a DOM (balanced brackets and quotes). */
function checkSelectorSyntax(selector: string): void {
  let depth = 0;
  for (const ch of selector) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (depth < 0) throw new Error(`unbalanced ] in ${selector}`);
  }
  if (depth !== 0 || (selector.match(/"/g)?.length ?? 0) % 2) throw new Error(`unbalanced selector ${selector}`);
}

describe('manifest permissions come from the registry', () => {
  it('host permissions are exactly the composer patterns, never <all_urls>', () => {
    expect(composerPatterns.sort()).toEqual([...new Set(PLATFORM_IDS.flatMap((id) => PLATFORMS[id].composer.urls))].sort());
    expect(composerPatterns.join(' ')).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });
});

describe('URL matching', () => {
  it('finds each platform from its composer URL', () => {
    for (const id of PLATFORM_IDS) expect(platformOfUrl(COMPOSER_URLS[id])).toBe(id);
  });
  it('does not match look-alike hosts or other schemes', () => {
    expect(platformOfUrl('https://mp.weixin.qq.com.evil.example/x')).toBeNull();
    expect(platformOfUrl('http://mp.weixin.qq.com/x')).toBeNull();
    expect(platformOfUrl('https://example.com/?u=https://weibo.com/')).toBeNull();
    expect(platformOfUrl(undefined)).toBeNull();
    expect(matchesPattern('https://*.bilibili.com/*', 'https://t.bilibili.com/x')).toBe(true);
  });
});

describe('message parsing', () => {
  const me = 'abcdefghijklmnop';
  it('accepts the three message types from this extension', async () => {
    const variant = variantFor(await fixtureArticle(), 'zhihu');
    expect(parseRequest({ type: 'kepu:probe' }, me, me).ok).toBe(true);
    expect(parseRequest({ type: 'kepu:fill', variant }, me, me).ok).toBe(true);
    expect(parseRequest({ type: 'kepu:insert', text: 'x', html: '<p>x</p>' }, me, me).ok).toBe(true);
  });
  it('refuses other senders and bad shapes with a reason', () => {
    expect(parseRequest({ type: 'kepu:probe' }, 'someone-else', me)).toEqual({ ok: false, reason: expect.stringContaining('不是来自本扩展') });
    expect(parseRequest({ type: 'kepu:probe' }, undefined, me).ok).toBe(false);
    const bad = parseRequest({ type: 'kepu:insert', text: 5 }, me, me);
    expect(bad).toEqual({ ok: false, reason: expect.stringContaining('text') });
    expect(parseRequest({ type: 'kepu:fill', variant: {}, assets: [{ path: 'a.png', mime: 'text/html', base64: '' }] }, me, me).ok).toBe(false);
  });
});

describe('fill plan', () => {
  it('types prefix topics separately and keeps #话题# inline', async () => {
    const article = await fixtureArticle();
    const douyin = variantFor(article, 'douyin');
    const plan = planFill(douyin, { title: 1, body: 1, topics: 1, cover: 1 });
    expect(plan.topics).toEqual(douyin.hashtags);
    expect(plan.body!.text).not.toContain('#');
    expect(plan.cover).toBe(douyin.cover);
    const weibo = variantFor(article, 'weibo');
    const wplan = planFill(weibo, { body: 1, images: 1 });
    expect(wplan.topics).toBeUndefined();
    expect(wplan.body!.text).toBe(weibo.caption);
    expect(wplan.images).toEqual(weibo.images);
  });
  it('articles give HTML', async () => {
    const zhihu = variantFor(await fixtureArticle(), 'zhihu');
    expect(planFill(zhihu, { title: 1, body: 1 }).body).toEqual({ html: zhihu.html, text: zhihu.text });
  });
  it('stripTopics removes whole tags only', () => {
    expect(stripTopics('喝水 #流感防护\n#流感 #疫苗', ['#流感', '#疫苗'])).toBe('喝水 #流感防护');
  });
});
