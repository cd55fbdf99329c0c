/**
 * A row the import left unjoined carries the reason the import decided (join.ts), stored in the
 * snapshot, and the dashboard shows that; a snapshot from before the reason was stored falls
 * back to the reason inferred from the candidates, labelled as inferred.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexEntry, MANIFEST_VERSION, type ManifestArticle } from '../../generator/manifest.ts';
import type { CatalogVariant } from '../../generator/metrics/catalog.ts';
import { importFiles } from '../../generator/metrics/import.ts';
import { metricsSiteFiles } from '../../generator/site/metrics/files.tsx';
import { tempDir } from '../helpers.ts';
import { BOM, csv } from './fixtures.ts';

const article: ManifestArticle = {
  slug: 'flu', title: '流感疫苗怎么打', source: 'content/flu.md', status: 'approved', date: '2026-03-01', findings: [],
  variants: [
    { id: 'flu.wechat.article', platform: 'wechat', kind: 'article', title: '流感疫苗怎么打', text: '' },
    { id: 'flu.douyin.video-script.60s', platform: 'douyin', kind: 'video-script', title: '流感疫苗 60 秒', text: '' },
  ],
};
const index = { version: MANIFEST_VERSION, generatedAt: '', articles: [indexEntry(article)] };
const catalog = article.variants.map((v) => ({ id: v.id, platform: v.platform, kind: v.kind, title: v.title, slug: 'flu', articleTitle: article.title }) as CatalogVariant);

describe('the reason a row was not joined', () => {
  it('is stored with the row at import and shown on the dashboard as the import decided it', async () => {
    const { dir, cleanup } = await tempDir('kepu-reason-');
    try {
      const metrics = join(dir, 'metrics');
      const generic = join(dir, 'generic.csv');
      await writeFile(generic, csv([
        ['平台', '标题', '日期', '播放量'],
        ['公众号', '流感疫苗怎么打', '2026-03-02', 900],
        ['公众号', '一篇站点里没有的文章', '2026-03-02', 50],
        ['快手', '流感疫苗', '2026-03-02', 70],
      ]));
      const [r] = await importFiles([generic], { metricsDir: metrics, catalog, date: '2026-03-10' });
      const snap = await readFile(join(metrics, r!.snapshot!), 'utf8');
      expect(snap.split('\n')[0]).toContain(',reason,');
      expect(snap).toContain('没有标题相同的稿件');
      expect(snap).toContain('站点里没有这个平台的稿件');
      const html = String((await metricsSiteFiles(metrics, index as never))[0]!.content);
      const pending = html.slice(html.indexOf('id="t-pending"'));
      expect(pending).toContain('导入时判定：没有标题相同的稿件');
      expect(pending).toContain('导入时判定：站点里没有这个平台的稿件');
    } finally {
      await cleanup();
    }
  });

  it('is inferred from the candidates, and labelled so, for a snapshot from before reasons were stored', async () => {
    const { dir, cleanup } = await tempDir('kepu-reason0-');
    try {
      const metrics = join(dir, 'metrics');
      await mkdir(join(metrics, 'snapshots'), { recursive: true });
      await writeFile(join(metrics, 'snapshots/2026-03-10-generic.csv'), `${BOM}key,platform,variant,match,candidates,published,title,workId,url,source,views\n`
        + 'k1,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:2,100\n'
        + 'k2,wechat,,ambiguous,flu.wechat.article,2026-03-02,流感疫苗怎么打,,,x.csv:3,90\n');
      const html = String((await metricsSiteFiles(metrics, index as never))[0]!.content);
      const pending = html.slice(html.indexOf('id="t-pending"'));
      expect(pending).toContain('这个稿件已由另一行对应');
      expect(pending).toContain('由候选推断');
      expect(pending).not.toContain('导入时判定');
    } finally {
      await cleanup();
    }
  });
});
