/**
 * `kepu dev`: build content/, serve OUT on localhost, rebuild the saved article, tell open pages
 * to reload (server-sent events), and show a broken save on the page and in the terminal.
 */
import { watchTree } from './watch-tree.ts';
import { createServer, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { SourceError } from '../../load/errors.ts';
import type { DevError } from '../client/dev-client.ts';
import { IncrementalSite, type RebuildReport } from './incremental.ts';
import { MetricsSync } from './metrics-sync.ts';
import { defaultMetricsDir } from '../../metrics/dir.ts';
import { EVENTS_PATH, allowedOrigins, corsHeaders, serveFile } from './static.ts';

export interface DevServerOptions {
  contentDir: string;
  outDir: string;
  port: number;
  host?: string;
  images?: boolean;
  cacheDir?: string;
  /** Terminal output; stderr by default. */
  log?: (line: string) => void;
  /** Quiet period after the last file event before rebuilding (editors save in several steps). */
  debounceMs?: number;
  /**
   * One more extension origin allowed to read the site besides the Kepu extension's own, for a
   * build whose id the Chrome Web Store assigned (`chrome-extension://<id>` or the bare id).
   */
  extensionOrigin?: string;
  /** Platform metrics; default `metrics/` beside the content folder. Watched like the content. */
  metricsDir?: string;
}

export interface DevServer {
  url: string;
  port: number;
  /** Extension origins answered with CORS. */
  extensionOrigins: readonly string[];
  /** Resolves once every file event so far has been rebuilt. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A pending change that is the metrics folder, not an article. */
const METRICS = '\0metrics';

function toDevError(e: SourceError): DevError {
  return { location: e.location, message: e.message, frame: e.frame };
}

export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Checked before building, so a mistyped origin fails at once.
  const allowed = allowedOrigins(opts.extensionOrigin);
  const contentDir = resolve(opts.contentDir);
  const metricsDir = resolve(opts.metricsDir ?? defaultMetricsDir(contentDir));
  const site = new IncrementalSite({ contentDir, outDir: resolve(opts.outDir), images: opts.images ?? true, cacheDir: opts.cacheDir, metricsDir });
  const metrics = new MetricsSync(site, metricsDir);
  const first = await site.start();
  for (const e of first.failed) log(e.format());
  log(`${first.failed.length ? '✗' : '✓'} ${first.built.length} 篇文章已生成${first.failed.length ? `，${first.failed.length} 篇失败` : ''}（${Math.round(first.ms)} ms）`);

  const clients = new Set<ServerResponse>();
  /** Successful rebuilds since start: pages compare it with the build they show. */
  let build = 0;
  const send = (res: ServerResponse, event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const broadcast = (event: string, data: unknown) => { for (const c of clients) send(c, event, data); };

  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req, allowed)).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    if (req.url?.split('?')[0] === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      // Which build this is: a page that reloaded while another rebuild finished sees it missed one.
      send(res, 'build', { build });
      const errors = site.currentErrors();
      if (errors.length) send(res, 'errors', errors.map(toDevError));
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    serveFile(site.opts.outDir, req, res, allowed).catch((err: unknown) => {
      log(`请求出错 ${req.url}: ${(err as Error).message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) => fail(err.code === 'EADDRINUSE'
      ? new Error(`端口 ${opts.port} 已被占用，请用 --port 指定其他端口 / port in use`)
      : err));
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => ok());
  });
  const port = (server.address() as { port: number }).port;

  // Rebuilds run one at a time; events arriving meanwhile are batched into the next one.
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let chain = Promise.resolve();
  let waiting = 0;
  const report = (r: RebuildReport) => {
    for (const e of r.failed) log(`✗ ${e.format()}`);
    const done = [...r.built.map((f) => `已更新 ${f}`), ...r.removed.map((f) => `已移除 ${f}`)];
    if (done.length) log(`✓ ${done.join('，')}（${Math.round(r.ms)} ms）`);
    const errors = site.currentErrors();
    if (r.failed.length === 0) broadcast('reload', { build: ++build });
    else broadcast('errors', errors.map(toDevError));
  };
  const flush = () => {
    timer = undefined;
    const batch = [...pending];
    pending = new Set();
    chain = chain.then(async () => {
      const articles = batch.filter((p) => p !== METRICS);
      const paths = articles.includes('*') ? [...new Set([...(await site.allPaths()), ...articles.filter((p) => p !== '*')])] : articles;
      const r = paths.length ? await site.rebuild(paths) : { built: [], removed: [], failed: [], ms: 0 };
      if (batch.includes(METRICS)) {
        const started = performance.now();
        await metrics.refresh();
        log(`✓ 已更新数据看板和文章的平台数据（${Math.round(performance.now() - started)} ms）`);
      } else {
        await metrics.afterRebuild(r.built);
      }
      report(r);
    }).catch((err: unknown) => log(`重新生成失败：${(err as Error).stack ?? err}`)).finally(() => { waiting--; });
  };
  const schedule = (path: string) => {
    pending.add(path);
    if (!timer) waiting++;
    clearTimeout(timer);
    timer = setTimeout(flush, opts.debounceMs ?? 60);
  };

  const watcher = await watchTree(contentDir, (name) => {
    if (!name) return schedule('*');
    const parts = name.split(sep);
    if (parts.some((p) => p.startsWith('.')) || /~$|\.swp$|^\d+$/.test(parts.at(-1)!)) return;
    // An article is a .md directly in the folder; anything else (images) may be used by any article.
    if (parts.length === 1 && name.endsWith('.md')) schedule(join(contentDir, name));
    else schedule('*');
  });

  const metricsWatcher = await metrics.watch(() => schedule(METRICS));

  const url = `http://${opts.host && opts.host !== '127.0.0.1' ? opts.host : 'localhost'}:${port}/`;
  return {
    url,
    port,
    extensionOrigins: [...allowed],
    async settled() {
      while (waiting > 0 || timer) {
        await new Promise((r) => setTimeout(r, 20));
        await chain;
      }
    },
    async close() {
      watcher.close();
      metricsWatcher.close();
      clearTimeout(timer);
      await chain;
      for (const c of clients) c.end();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
