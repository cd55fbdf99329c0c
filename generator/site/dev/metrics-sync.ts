/**
 * `kepu dev` and the metrics folder: a saved snapshot or links.json rewrites the dashboard and
 * every article panel; a rebuilt article gets its panel back (the rebuild wrote its page with
 * an empty slot). The folder may not exist yet when the server starts (the first import makes
 * it), so its parent is watched for it to appear.
 */
import { watch, type FSWatcher } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { refreshMetrics } from '../metrics/refresh.ts';
import { writeArticlePanels } from '../metrics/article-panels.tsx';
import { DASHBOARD_PATH } from '../metrics/files.tsx';
import type { IncrementalSite } from './incremental.ts';
import { watchTree, type TreeWatcher } from './watch-tree.ts';

export class MetricsSync {
  constructor(private readonly site: IncrementalSite, readonly metricsDir: string) {}

  /** After a file in the metrics folder changed: the dashboard (and the index's link) and every panel. */
  async refresh(): Promise<void> {
    const out = resolve(this.site.opts.outDir);
    await refreshMetrics(out, this.metricsDir, {
      index: this.site.manifest(),
      // Through the site's updater, so the index page it rewrites on every save keeps the link.
      writeDashboard: (files) => (files.length ? this.site.writeMetrics(files) : rm(join(out, DASHBOARD_PATH), { force: true })),
    });
  }

  /** After articles were rebuilt (their display paths): their panels, spliced into the new pages. */
  async afterRebuild(built: string[]): Promise<void> {
    if (built.length === 0) return;
    const index = this.site.manifest();
    const slugs = index.articles.filter((a) => built.includes(a.source)).map((a) => a.slug);
    if (slugs.length) await writeArticlePanels({ root: resolve(this.site.opts.outDir), index, metricsDir: this.metricsDir, only: slugs });
  }

  /** Calls `onChange` for any change inside the metrics folder, including its creation or removal. */
  async watch(onChange: () => void): Promise<TreeWatcher> {
    const dir = resolve(this.metricsDir);
    let tree: TreeWatcher | undefined = await watchTree(dir, onChange);
    let parent: FSWatcher | undefined;
    let closed = false;
    try {
      parent = watch(dirname(dir), (_event, name) => {
        if (name?.toString() !== basename(dir)) return;
        onChange();
        // Made (or made again) after the server started: watch what is inside it from now on.
        tree?.close();
        // Files written before that watcher started raised no event: look once more when it has.
        void watchTree(dir, onChange).then((t) => {
          if (closed) t.close();
          else { tree = t; onChange(); }
        });
      });
    } catch {
      // No parent folder either: nothing to watch until the server is restarted.
    }
    return {
      close() {
        closed = true;
        parent?.close();
        tree?.close();
        tree = undefined;
      },
    };
  }
}
