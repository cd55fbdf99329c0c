/**
 * A 2,000-article site in the preview: the index page carries only the first rows and reads
 * the rest from manifest.json; a search finds any article and its page opens. The site is the
 * fixture build with its articles cloned under new slugs (each clone's page a hard link), which
 * is what a big build writes without the minutes it takes to compile one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { link, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from '../../generator/build.ts';
import type { IndexEntry, Manifest } from '../../generator/manifest.ts';
import { indexFiles } from '../../generator/site/render-site.tsx';
import { ROWS_SHOWN } from '../../generator/site/islands/article-list.tsx';
import { manifestJson } from '../../generator/write.ts';
import { FIXTURES, contentDir } from '../helpers.ts';
import { BP, SLEEP } from './articles.ts';
import { launch, serveStatic } from './browser.ts';

const COUNT = 2000;
let site: Awaited<ReturnType<typeof contentDir>>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  site = await contentDir({ 'bp.md': BP, 'sleep.md': SLEEP }, join(FIXTURES, 'basic'));
  await build({ contentDir: site.content, outDir: site.out, images: false, cache: false });
  const built = JSON.parse(await readFile(join(site.out, 'manifest.json'), 'utf8')) as Manifest;
  const articles: IndexEntry[] = [];
  for (let i = 0; i < COUNT; i++) {
    const from = built.articles[i % built.articles.length]!;
    const slug = `${from.slug}-${i}`;
    await mkdir(join(site.out, slug), { recursive: true });
    await link(join(site.out, from.page!), join(site.out, slug, 'index.html'));
    articles.push({ ...from, slug, title: `${from.title}（第 ${i} 篇）`, page: `${slug}/index.html`, detail: from.detail });
  }
  const manifest: Manifest = { ...built, articles };
  for (const f of [...indexFiles(manifest), { path: 'manifest.json', content: manifestJson(manifest) }]) await writeFile(join(site.out, f.path), f.content);
  server = await serveStatic(site.out);
  browser = await launch(join(site.dir, 'chromium'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

describe(`a ${COUNT}-article site`, () => {
  it('the index page lists every article through manifest.json, finds one by title, and opens it', async () => {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(`${server.url}/index.html`);
    const html = await (await page.request.get(`${server.url}/index.html`)).text();
    // The page itself holds only the first rows; the rest come from the index.
    expect(html).toContain('第 0 篇');
    expect(html).not.toContain('第 1999 篇');
    await page.locator('.article-list .count', { hasText: `${COUNT} / ${COUNT} 篇` }).waitFor();
    const listed = performance.now() - started;
    expect(await page.locator('table.articles tbody tr[data-slug]').count()).toBe(ROWS_SHOWN);
    await page.locator('input[type=search]').fill('第 1999 篇');
    await page.locator('table.articles tbody tr[data-slug]').first().waitFor();
    expect(await page.locator('table.articles tbody tr[data-slug]').count()).toBe(1);
    const opening = performance.now();
    await page.locator('table.articles tbody tr[data-slug] a').first().click();
    await page.waitForURL(/-1999\/index\.html$/);
    await page.locator('h1').first().waitFor();
    const opened = performance.now() - opening;
    console.log(`preview, ${COUNT} articles: list complete in ${Math.round(listed)} ms, article opened in ${Math.round(opened)} ms`);
    await page.close();
  });

  it('without JavaScript the first rows are there, with a note saying where the rest are', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html`);
    expect(await page.locator('table.articles tbody tr[data-slug]').count()).toBe(ROWS_SHOWN);
    await expect(page.locator('.partial-list').textContent()).resolves.toContain('manifest.json');
    await context.close();
  });
});
