/**
 * Serving OUT in dev: static files with the site's CSP as a header, a marker in HTML pages that
 * turns on live reload, and CORS for the browser extension (it reads /manifest.json).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { SITE_CSP } from '../csp.ts';

export const EVENTS_PATH = '/__kepu/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.webp': 'image/webp', '.svg': 'image/svg+xml', '.srt': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** Only the extension's own origin may read the dev server from another origin. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !origin.startsWith('chrome-extension://')) return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-methods': 'GET, OPTIONS', vary: 'Origin' };
}

function injectDevMarker(html: string): string {
  return html.replace(/<head>/i, `<head><meta name="kepu-dev" content="${EVENTS_PATH}">`);
}

export async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const base = resolve(root);
  let file = resolve(join(base, pathname));
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(403).end();
    return;
  }
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    // Pages use relative links, so a folder must be addressed with its trailing slash.
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...corsHeaders(req) }).end(`未找到 ${pathname}`);
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...corsHeaders(req) };
  if (type.startsWith('text/html')) {
    headers['content-security-policy'] = `${SITE_CSP}; frame-ancestors 'none'`;
    res.writeHead(200, headers).end(injectDevMarker(body.toString('utf8')));
    return;
  }
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}
