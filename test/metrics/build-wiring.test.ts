/** `kepu build` reads metrics from beside the content folder: the dashboard is built and the index links it. */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '../../generator/build.ts';
import { contentDir, FIXTURES, ROOT } from '../helpers.ts';

const run = promisify(execFile);

describe('metrics in the build', () => {
  it('an import beside the content folder gives OUT/metrics/index.html on the next build, linked from the index', async () => {
    const env = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      await build({ contentDir: env.content, outDir: env.out, images: false });
      expect(await readFile(join(env.out, 'index.html'), 'utf8')).not.toContain('数据回流看板');
      const csv = join(env.dir, 'zhihu.csv');
      await writeFile(csv, '平台,稿件,标题,日期,阅读量,点赞\n知乎,flu-basics.zhihu.article,,2026-03-11,880,20\n');
      await run(process.execPath, [join(ROOT, 'bin/kepu.js'), 'metrics', 'import', csv, '--content', env.content, '--out', env.out], { cwd: env.dir });
      // A fresh full build (no cache) reads metrics/ beside content/ by itself.
      await build({ contentDir: env.content, outDir: env.out, images: false, cache: false });
      const dashboard = await readFile(join(env.out, 'metrics/index.html'), 'utf8');
      expect(dashboard).toContain('880');
      expect(await readFile(join(env.out, 'index.html'), 'utf8')).toContain('href="metrics/index.html"');
    } finally {
      await env.cleanup();
    }
  }, 120_000);
});
