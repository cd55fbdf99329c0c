/**
 * The site's client script, bundled by vite from ./client/main.tsx. Built once per process and
 * cached on disk by a hash of its sources, so `kepu build` and each dev rebuild only read a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(SITE_DIR, 'client/main.tsx');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/kepu-site');

let memo: Promise<string> | undefined;

export function clientBundle(): Promise<string> {
  memo ??= loadOrBuild().catch((err: unknown) => {
    memo = undefined;
    throw err;
  });
  return memo;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await sourceFiles(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Everything the bundle can import: the client, the islands, their labels, the copy button's textToHtml, the SRT download's toSrt, the manifest's types, preact. */
async function cacheKey(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...await sourceFiles(join(SITE_DIR, 'client')), ...await sourceFiles(join(SITE_DIR, 'islands')),
    join(SITE_DIR, 'labels.ts'), join(SITE_DIR, 'highlight.ts'), join(ROOT, 'generator/manifest.ts'), join(ROOT, 'node_modules/preact/package.json'),
    join(ROOT, 'generator/render/srt.ts'), join(ROOT, 'generator/text/sentences.ts'),
  ];
  for (const f of files) {
    hash.update(relative(ROOT, f)).update('\0').update(await readFile(f)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function loadOrBuild(): Promise<string> {
  const file = join(CACHE_DIR, `client-${await cacheKey()}.js`);
  try {
    return await readFile(file, 'utf8');
  } catch {
    const code = await bundle();
    await mkdir(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, code);
    await rename(tmp, file);
    return code;
  }
}

async function bundle(): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: SITE_DIR,
    logLevel: 'warn',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      // A classic script: module scripts do not load from file:// pages.
      lib: { entry: ENTRY, formats: ['iife'], name: 'kepuSite', fileName: () => 'client.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((r) => r.output ?? []).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('vite 未生成站点脚本 / site client bundle missing');
  return chunk.code;
}
