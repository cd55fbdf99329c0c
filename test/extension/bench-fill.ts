/**
 * Fill-time benchmark: the built extension in real Chromium fills each fixture composer
 * (real editor libraries) several times; prints the median and slowest ms per composer,
 * measured from the message leaving the service worker to the verified response.
 *
 *   npx tsx test/extension/bench-fill.ts [runs=5]
 */
import { PLATFORM_IDS } from '../../generator/platforms/registry.ts';
import { COMPOSER_URLS, fixtureArticle, openComposer, pngAsset, startAll, variantFor } from './harness.ts';

/** Fill mechanics are tested with an approved article; the review gate has its own tests (gate.test.ts). */
const APPROVED = { slug: 'flu-basics', status: 'approved' as const };

const runs = Number(process.argv[2] ?? 5);
const article = await fixtureArticle();
const { session, stop } = await startAll();
const rows: { platform: string; median: number; max: number; ok: boolean }[] = [];
try {
  for (const platform of PLATFORM_IDS) {
    const variant = variantFor(article, platform);
    const paths = [...new Set([variant.cover, ...(variant.images ?? [])].filter((p): p is string => Boolean(p)))];
    const assets = await Promise.all(paths.map(pngAsset));
    const times: number[] = [];
    let ok = true;
    for (let i = 0; i < runs; i++) {
      const page = await openComposer(session, COMPOSER_URLS[platform]);
      const url = page.url();
      const { ms, response } = await session.worker.evaluate(async ({ url, message }) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
        const t0 = performance.now();
        const response = await chrome.tabs.sendMessage(tab.id!, message);
        return { ms: performance.now() - t0, response };
      }, { url, message: { type: 'kepu:fill', variant, assets, article: APPROVED } });
      ok &&= Boolean((response as { ok?: boolean }).ok);
      times.push(ms);
      await page.close();
    }
    times.sort((a, b) => a - b);
    rows.push({ platform, median: Math.round(times[Math.floor(times.length / 2)]!), max: Math.round(times.at(-1)!), ok });
  }
} finally {
  await stop();
}
console.log(`fill time per composer (${runs} runs each, ms)`);
console.log('platform      median    max  all ok');
for (const r of rows) console.log(`${r.platform.padEnd(12)} ${String(r.median).padStart(7)} ${String(r.max).padStart(6)}  ${r.ok ? 'yes' : 'NO'}`);
