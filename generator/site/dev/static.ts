/**
 * Serving OUT in dev: static files with the site's CSP as a header, a marker in HTML pages that
 * turns on live reload, and CORS for the Kepu extension only (it reads /manifest.json, the
 * articles' details and images: unpublished drafts no other extension may read).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { EXTENSION_ORIGIN } from '../../../extension/config.ts';
import { SITE_CSP } from '../csp.ts';

export const EVENTS_PATH = '/__kepu/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.webp': 'image/webp', '.svg': 'image/svg+xml', '.srt': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** A Chrome extension origin: `chrome-extension://` and an id of 32 letters a–p. */
const EXTENSION_ORIGIN_SHAPE = /^chrome-extension:\/\/[a-p]{32}$/;

/** `chrome-extension://<id>` from what an editor typed (the origin, or the bare id from chrome://extensions). */
export function parseExtensionOrigin(input: string): string {
  const trimmed = input.trim().replace(/\/+$/, '');
  const origin = /^[a-p]{32}$/.test(trimmed) ? `chrome-extension://${trimmed}` : trimmed;
  if (!EXTENSION_ORIGIN_SHAPE.test(origin)) {
    throw new Error(`扩展来源“${input}”格式不对：应为 chrome-extension://<扩展 id>，id 是 32 个 a–p 的小写字母（见 chrome://extensions 上扩展卡片的“ID”）`);
  }
  return origin;
}

/**
 * The origins that may read the dev server from another origin: the Kepu extension's own (its
 * id is fixed by the manifest `key`) and, for a build whose id the Chrome Web Store assigned,
 * `extra` (`kepu dev --extension-origin` or KEPU_EXTENSION_ORIGIN).
 */
export function allowedOrigins(extra?: string): ReadonlySet<string> {
  const origins = new Set([EXTENSION_ORIGIN]);
  if (extra) origins.add(parseExtensionOrigin(extra));
  return origins;
}

/** CORS for the allowed extension origins; any other origin, another extension's included, gets none. */
export function corsHeaders(req: IncomingMessage, allowed: ReadonlySet<string>): Record<string, string> {
  const origin = req.headers.origin;
  // Vary even on refusal: the answer depends on Origin, and no cache may reuse one for another.
  if (!origin || !allowed.has(origin)) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, 'access-control-allow-methods': 'GET, OPTIONS', vary: 'Origin' };
}

function injectDevMarker(html: string): string {
  return html.replace(/<head>/i, `<head><meta name="kepu-dev" content="${EVENTS_PATH}">`);
}

export async function serveFile(root: string, req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): Promise<void> {
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
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...corsHeaders(req, allowed) }).end(`未找到 ${pathname}`);
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...corsHeaders(req, allowed) };
  if (type.startsWith('text/html')) {
    headers['content-security-policy'] = `${SITE_CSP}; frame-ancestors 'none'`;
    res.writeHead(200, headers).end(injectDevMarker(body.toString('utf8')));
    return;
  }
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}
