/**
 * Real Chromium for the site tests (Debian's /usr/bin/chromium via playwright-core). A machine
 * without CJK fonts would draw boxes in the screenshots, so the Noto Sans SC files the slide
 * renderer already depends on are given to Chromium through a private fontconfig file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../helpers.ts';
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts';

export { CHROMIUM };
export const RESULTS = join(ROOT, 'test-results');

/** A fontconfig file adding the bundled Noto Sans SC, so screenshots read on any machine. */
export async function fontConfig(dir: string): Promise<string> {
  const file = join(dir, 'fonts.conf');
  await writeFile(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(ROOT, 'node_modules/@embedpdf/fonts-sc/fonts')}</dir>
  <cachedir>${join(dir, 'fc-cache')}</cachedir>
</fontconfig>
`);
  return file;
}

export async function launch(tmp: string): Promise<Browser> {
  assertChromium();
  await mkdir(tmp, { recursive: true });
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      env: { ...process.env, FONTCONFIG_FILE: await fontConfig(tmp) },
      args: CHROMIUM_ARGS,
    });
  } catch (err) {
    throw new Error(`Chromium at ${CHROMIUM} could not start: ${(err as Error).message}`);
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json' };

/** A plain static server for a built OUT folder (clipboard needs a secure context: localhost). */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
