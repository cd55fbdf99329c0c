/**
 * The built preview site in real Chromium: index and filters, findings on the page, copy to the
 * clipboard, no script from article content, the printed 审核单, and readable with JS off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../generator/build.ts';
import { readSite, type FullSite } from '../helpers.ts';
import { FIXTURES, contentDir } from '../helpers.ts';
import { BP, HOSTILE, SLEEP } from './articles.ts';
import { RESULTS, launch, serveStatic } from './browser.ts';
import { toSrt } from '../../generator/render/srt.ts';

let site: Awaited<ReturnType<typeof contentDir>>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let manifest: FullSite;

beforeAll(async () => {
  site = await contentDir({ 'bp.md': BP, 'sleep.md': SLEEP, 'hostile.md': HOSTILE }, join(FIXTURES, 'basic'));
  const result = await build({ contentDir: site.content, outDir: site.out, cacheDir: join(site.dir, 'cache') });
  expect(result.errors.map((e) => e.format())).toEqual([]);
  manifest = await readSite(site.out);
  server = await serveStatic(site.out);
  browser = await launch(join(site.dir, 'chromium'));
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

async function open(path: string, opts: { clipboard?: boolean } = {}): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (opts.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${path}`);
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  return { page, dialogs, errors };
}

const rows = (page: Page) => page.locator('table.articles tbody tr[data-slug]');

describe('index', () => {
  it('lists every article, linking its page by title, with department, status, findings and platforms', async () => {
    const { page, errors } = await open('index.html');
    expect(await rows(page).count()).toBe(manifest.articles.length);
    for (const a of manifest.articles) {
      const row = page.locator(`tr[data-slug="${a.slug}"]`);
      await expect(row.locator('a').first().getAttribute('href')).resolves.toBe(`${a.slug}/index.html`);
      expect(await row.locator('a').first().textContent()).toBe(a.title);
      if (a.department) expect(await row.textContent()).toContain(a.department);
    }
    const bp = page.locator('tr[data-slug="bp-daily"]');
    expect(await bp.locator('.status').textContent()).toBe('不可发布');
    expect(await bp.locator('.sev-error').textContent()).toMatch(/错误 [1-9]/);
    expect(await bp.locator('.platforms').textContent()).toBe('微信公众号抖音');
    await page.screenshot({ path: join(RESULTS, 'site-index.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('filters by department, platform, status and title search', async () => {
    const { page } = await open('index.html');
    const slugs = async () => rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.slug).sort());
    await page.selectOption('select[name="department"]', '感染科');
    expect(await slugs()).toEqual(['flu-basics', 'hostile']);
    await page.selectOption('select[name="platform"]', 'wechat');
    expect(await slugs()).toEqual(['flu-basics', 'hostile']);
    await page.selectOption('select[name="department"]', '');
    await page.selectOption('select[name="platform"]', 'xiaohongshu');
    expect(await slugs()).toEqual(['flu-basics', 'sleep-tips']);
    await page.selectOption('select[name="platform"]', '');
    await page.selectOption('select[name="status"]', 'blocked');
    const blocked = manifest.articles.filter((a) => a.status === 'blocked').map((a) => a.slug).sort();
    expect(blocked).toContain('bp-daily');
    expect(await slugs()).toEqual(blocked);
    await page.selectOption('select[name="status"]', '');
    await page.fill('input[name="q"]', '睡不好');
    expect(await slugs()).toEqual(['sleep-tips']);
    await page.fill('input[name="q"]', '没有这篇');
    expect(await rows(page).count()).toBe(0);
    expect(await page.locator('.empty').textContent()).toContain('没有符合条件的文章');
  });

  it('is readable with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html`);
    expect(await rows(page).count()).toBe(manifest.articles.length);
    await page.goto(`${server.url}/bp-daily/index.html`);
    expect(await page.locator('h1').first().textContent()).toBe('高血压的日常管理');
    await context.close();
  });
});

describe('article page', () => {
  it('shows a finding where it occurs, with rule, message and suggestion', async () => {
    const { page, errors } = await open('bp-daily/index.html');
    const finding = page.locator('.findings li.finding', { hasText: 'guarantee.cure' }).first();
    await expect(finding.isVisible()).resolves.toBe(true);
    expect(await finding.textContent()).toMatch(/建议：/);
    const marks = page.locator('[id="bp-daily.wechat.article"] mark.finding-mark', { hasText: '保证治愈' });
    expect(await marks.count()).toBeGreaterThan(0);
    await expect(marks.first().isVisible()).resolves.toBe(true);
    expect(await marks.first().getAttribute('title')).toContain('guarantee.cure');
    // The mark links to its entry in the findings list.
    const anchor = await page.locator('[id="bp-daily.wechat.article"] mark.finding-mark').first().getAttribute('data-finding');
    expect(await page.locator(`#${anchor}`).textContent()).toContain('guarantee.cure');
    expect(errors).toEqual([]);
  });

  it('shows the raw-HTML finding of the fixture article and every variant in its frame', async () => {
    const { page } = await open('flu-basics/index.html');
    await expect(page.locator('li.finding', { hasText: 'input.raw-html' }).first().isVisible()).resolves.toBe(true);
    const flu = manifest.articles.find((a) => a.slug === 'flu-basics')!;
    expect(await page.locator('section.variant').count()).toBe(flu.variants.length);
    expect(await page.locator('[id="flu-basics.xiaohongshu.carousel"] .frame-phone').count()).toBe(1);
    expect(await page.locator('[id="flu-basics.wechat.article"] .frame-wechat').count()).toBe(1);
    expect(await page.locator('[id="flu-basics.weibo.carousel"] .frame-weibo').count()).toBe(1);
    expect(await page.locator('[id="flu-basics.zhihu.article"] .frame-zhihu').count()).toBe(1);
    // Images resolve from the page's folder: every one of them loads.
    const broken = await page.locator('img').evaluateAll((imgs) =>
      Promise.all(imgs.map(async (i) => { (i as HTMLImageElement).loading = 'eager'; await (i as HTMLImageElement).decode().catch(() => undefined); return i; }))
        .then((all) => all.filter((i) => !(i as HTMLImageElement).naturalWidth).map((i) => (i as HTMLImageElement).src)));
    expect(broken).toEqual([]);
    // Limits beside fields, the video shot table and timeline, the slide zip and SRT downloads.
    expect(await page.locator('[id="flu-basics.xiaohongshu.carousel"] .limit').first().textContent()).toMatch(/标题 \d+\/20/);
    expect(await page.locator('[id="flu-basics.douyin.video-script.15s"] .shot-table tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('[id="flu-basics.douyin.video-script.15s"] .tl-shot').count()).toBeGreaterThan(1);
    const zip = await page.request.get(await page.locator('[id="flu-basics.xiaohongshu.carousel"] a.download').getAttribute('href').then((h) => new URL(h!, page.url()).href));
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
    // The subtitles are made in the page when downloaded (no file in OUT), the same bytes the build's toSrt makes.
    const script = flu.variants.find((v) => v.id === 'flu-basics.douyin.video-script.15s')!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[id="flu-basics.douyin.video-script.15s"] button.download', { hasText: 'SRT' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('flu-basics.douyin.video-script.15s.srt');
    const srt = await readFile(await download.path(), 'utf8');
    expect(srt).toMatch(/^1\n00:00:00,000 --> /);
    expect(srt).toBe(toSrt(script.shots!));
    expect(manifest.articles.flatMap((a) => a.variants).flatMap((v) => v.files ?? []).filter((f) => f.path.endsWith('.srt'))).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'site-article.png'), fullPage: false });
    await page.locator('[id="flu-basics.douyin.video-script.15s"]').screenshot({ path: join(RESULTS, 'site-video-script.png') });
  });

  it('puts rich text (HTML and plain text) on the clipboard', async () => {
    const { page } = await open('bp-daily/index.html', { clipboard: true });
    const button = page.locator('[id="bp-daily.wechat.article"] button.copy-button', { hasText: '复制正文' });
    await button.click();
    await page.waitForFunction(() => document.querySelector('[id="bp-daily.wechat.article"] button.copy-button.done'));
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item!.types,
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(clip.types).toContain('text/html');
    expect(clip.html).toMatch(/<p[^>]*>高血压患者要坚持服药/);
    expect(clip.html).toContain('style=');
    expect(clip.text).toContain('高血压患者要坚持服药');
    expect(clip.text).not.toContain('<p');
  });

  it('copied article HTML carries its pictures as data, never a relative or localhost address', async () => {
    const { page } = await open('flu-basics/index.html', { clipboard: true });
    const button = page.locator('[id="flu-basics.wechat.article"] button.copy-button', { hasText: '复制正文' });
    await button.click();
    const said = await page.waitForFunction(() => document.querySelector('[id="flu-basics.wechat.article"] button.copy-button.done')?.textContent);
    expect(await said.jsonValue()).toContain('1 张图片已作为数据附带');
    const html = await page.evaluate(async () => (await (await navigator.clipboard.read())[0]!.getType('text/html')).text());
    const srcs = [...html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)].map((m) => m[1]!);
    expect(srcs).toHaveLength(1);
    expect(srcs[0]).toMatch(/^data:image\/png;base64,/);
    expect(html).not.toMatch(/src="(?!data:)/);
  });

  it('writes repeated copy props once, and a button that refers to them copies the same as the first', async () => {
    const { page } = await open('flu-basics/index.html', { clipboard: true });
    // The first copy button whose props repeat an earlier island's, and that earlier one.
    const pair = await page.evaluate(() => {
      const inline = [...document.querySelectorAll<HTMLElement>('[data-props]')];
      const later = [...document.querySelectorAll<HTMLElement>('[data-island="copy"][data-props-as]')]
        .find((el) => el.closest('section.variant') !== inline[Number(el.dataset.propsAs)]!.closest('section.variant'))!;
      const first = inline[Number(later.dataset.propsAs)]!;
      const describe = (el: HTMLElement) => ({ section: el.closest('section.variant')!.id, label: el.querySelector('button')!.textContent! });
      return { first: describe(first), later: describe(later), props: JSON.parse(first.dataset.props!) as { label: string; text: string; html?: string } };
    });
    expect(pair.later.label).toBe(pair.first.label);
    const copied = async ({ section, label }: { section: string; label: string }) => {
      // Held before the click: once copied, the button says 已复制 and no longer has its label.
      const button = (await page.locator(`[id="${section}"] button.copy-button`, { hasText: label }).elementHandle())!;
      await button.click();
      await page.waitForFunction((el) => el.classList.contains('done'), button);
      return page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
      });
    };
    const first = await copied(pair.first);
    expect(first.text).toBe(pair.props.text);
    expect(await copied(pair.later)).toEqual(first);
    // A plain field carries no rich text: the button makes it, the text as a paragraph.
    const flu = manifest.articles.find((a) => a.slug === 'flu-basics')!;
    const wechat = flu.variants.find((v) => v.id === 'flu-basics.wechat.article')!;
    const title = await copied({ section: wechat.id, label: '复制标题' });
    expect(title.text).toBe(wechat.title);
    expect(title.html).toContain(`<p>${wechat.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}</p>`);
  });

  it('a variant HTML file opened from disk shows its pictures', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${join(site.out, 'flu-basics/wechat.article.html')}`);
    const img = page.locator('img').first();
    await img.waitFor();
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'variant-file-from-disk.png') });
    await context.close();
  });

  it('never runs script from article content', async () => {
    for (const path of ['index.html', 'hostile/index.html']) {
      const { page, dialogs, errors } = await open(path);
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
      // The only script is the bundled one; no element carries a handler or a javascript: link.
      const dom = await page.evaluate(() => ({
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
        jsLinks: [...document.querySelectorAll('[href],[src]')].filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
      }));
      expect(dom.scripts).toHaveLength(1);
      expect(dom.scripts[0]).toMatch(/_site\/client\.js$/);
      expect(dom.handlers).toEqual([]);
      expect(dom.jsLinks).toBe(0);
    }
    // The hostile text is shown as text, so reviewers see what the author wrote.
    const { page } = await open('hostile/index.html');
    expect(await page.locator('.article-head h1').textContent()).toBe('<img src=x onerror="window.__pwned=\'title\'">洗手的学问');
  });

  it('counts live-outline clock times from the chosen start', async () => {
    const { page } = await open('flu-basics/index.html');
    const section = page.locator('[id="flu-basics.douyin.live-outline"]');
    const firstClock = section.locator('.ros-table tbody tr td.clock strong');
    expect(await firstClock.first().textContent()).toBe('19:00');
    await section.locator('input[type="time"]').fill('08:30');
    expect(await firstClock.first().textContent()).toBe('08:30');
    const second = manifest.articles.find((a) => a.slug === 'flu-basics')!.variants
      .find((v) => v.id === 'flu-basics.douyin.live-outline')!.runOfShow![1]!;
    const mins = 8 * 60 + 30 + second.startMinutes;
    expect(await firstClock.nth(1).textContent()).toBe(`${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`);
  });

  it('prints as the 审核单: article, variants, findings and three signature lines', async () => {
    const { page } = await open('bp-daily/index.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.screen-only').isVisible()).toBe(false);
    const sheet = page.locator('.review-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.locator('h1').textContent()).toBe('科普内容审核单');
    expect(await sheet.textContent()).toContain('高血压的日常管理');
    expect(await sheet.textContent()).toContain('guarantee.cure');
    expect(await sheet.locator('.signature-line').count()).toBe(3);
    await page.screenshot({ path: join(RESULTS, 'site-review-sheet.png'), fullPage: true });
  });
});
