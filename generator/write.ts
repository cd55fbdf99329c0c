/**
 * write: every output file into a fresh temporary folder beside OUT, then swap it into place.
 * A build that fails or is killed midway leaves the previous site untouched.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import type { Manifest } from './manifest.ts';
import type { OutputFile } from './render/types.ts';

/**
 * The index as compact JSON. Entries can come pre-serialised, so a rebuild of one article
 * re-serialises only its entry.
 */
export function manifestJson(manifest: Manifest, entryJson: (a: Manifest['articles'][number]) => string = (a) => JSON.stringify(a)): string {
  const { articles, ...head } = manifest;
  return `${JSON.stringify(head).slice(0, -1)},"articles":[${articles.map(entryJson).join(',')}]}`;
}

/**
 * A site being written: files go into a temporary folder beside OUT as soon as they are ready
 * (so a big build never holds them all), and `commit` swaps the folder into place.
 */
export class StagedSite {
  private constructor(readonly out: string, readonly dir: string, private readonly stamp: string) {}

  static async open(outDir: string): Promise<StagedSite> {
    const out = resolve(outDir);
    const parent = dirname(out);
    await mkdir(parent, { recursive: true });
    const stamp = `${process.pid}-${Date.now()}`;
    const dir = join(parent, `.${basename(out)}.tmp-${stamp}`);
    await mkdir(dir, { recursive: true });
    return new StagedSite(out, dir, stamp);
  }

  write(files: OutputFile[]): Promise<void> {
    return writeFiles(this.dir, files);
  }

  /** Carries a file or folder of the previous OUT over unchanged (hard links, so no copying). */
  async carry(fromDir: string, path: string): Promise<void> {
    const src = join(fromDir, path);
    const info = await stat(src);
    if (info.isDirectory()) await linkTree(src, join(this.dir, path));
    else {
      await mkdir(dirname(join(this.dir, path)), { recursive: true });
      await link(src, join(this.dir, path)).catch(() => copyFile(src, join(this.dir, path)));
    }
  }

  async commit(): Promise<void> {
    await swapInto(this.dir, this.out, join(dirname(this.out), `.${basename(this.out)}.old-${this.stamp}`));
  }

  async abort(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

export async function writeSiteAtomically(outDir: string, manifest: Manifest, files: OutputFile[]): Promise<void> {
  const site = await StagedSite.open(outDir);
  try {
    await site.write([...files, { path: 'manifest.json', content: manifestJson(manifest) }]);
    await site.commit();
  } catch (err) {
    await site.abort();
    throw err;
  }
}

/**
 * A file the build writes: an output file, or a big text as consecutive pieces (an article's
 * page, see renderPageParts), written one after another and never joined into one string.
 */
export interface WriteFile {
  path: string;
  content: OutputFile['content'] | TextPieces;
}
export type TextPieces = readonly string[];

/**
 * `writeFiles` for a thread that has nothing else to do meanwhile (a build task writing its
 * article): each promise-based write is a round trip through libuv's thread pool, which cost
 * more CPU than the write itself (~1 ms of an article's output of 13 files); the kernel's part
 * is the same either way. `made`: folders known to exist (a build's shared `articles/`), kept
 * up to date, so each is made once and not asked for again with every article.
 */
export function writeFilesSync(root: string, files: WriteFile[], made?: Set<string>): void {
  for (const d of new Set(files.map((f) => dirname(join(root, f.path))))) {
    if (made?.has(d)) continue;
    mkdirSync(d, { recursive: true });
    made?.add(d);
  }
  for (const f of files) {
    if (!Array.isArray(f.content)) writeFileSync(join(root, f.path), f.content as OutputFile['content']);
    else writePiecesSync(join(root, f.path), f.content);
  }
}

/** Pieces are written in batches of about this many characters: few system calls, no big string. */
const BATCH_CHARS = 16_384;

/**
 * Where a batch is encoded before it is written: one per thread, reused, so its memory is
 * touched once (a new buffer per batch was ~1.5 ms of an article, most of it fresh memory).
 */
let scratch = Buffer.allocUnsafeSlow(4 * BATCH_CHARS);

function writePiecesSync(path: string, pieces: TextPieces): void {
  const fd = openSync(path, 'w');
  const write = (text: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (scratch.length < 3 * text.length) scratch = Buffer.allocUnsafeSlow(3 * text.length);
    const length = scratch.write(text);
    for (let at = 0; at < length;) at += writeSync(fd, scratch, at, length - at);
  };
  try {
    let batch = '';
    for (const piece of pieces) {
      if (batch.length > 0 && batch.length + piece.length > BATCH_CHARS) {
        write(batch);
        batch = '';
      }
      batch += piece;
    }
    if (batch.length > 0) write(batch);
  } finally {
    closeSync(fd);
  }
}

export async function writeFiles(root: string, files: OutputFile[]): Promise<void> {
  const dirs = new Set(files.map((f) => dirname(join(root, f.path))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  // A few at a time: fast on big sites without exhausting file handles.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) await writeFile(join(root, f.path), f.content);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dest = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(src, dest);
    else await link(src, dest).catch(() => copyFile(src, dest));
  }
}

/** Replace `out` by `tmp`: rename is atomic within one file system. */
async function swapInto(tmp: string, out: string, old: string): Promise<void> {
  let hadOld = false;
  try {
    await rename(out, old);
    hadOld = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    await rename(tmp, out);
  } catch (err) {
    if (hadOld) await rename(old, out);
    throw err;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Write beside, then rename over: readers see the old file or the new one, never half, and a
 * file that is a hard link into the previous site is replaced, not changed under it. Chunks
 * are written one after another, never joined into one big buffer first.
 */
export async function replaceFile(path: string, content: string | Uint8Array | Uint8Array[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

/** Temp folders left by a build that was killed (its process is gone) are removed. */
export async function removeStaleTemps(outDir: string): Promise<void> {
  const parent = dirname(resolve(outDir));
  const name = basename(resolve(outDir));
  await mkdir(parent, { recursive: true });
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-\\d+$`);
  for (const entry of await readdir(parent)) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
