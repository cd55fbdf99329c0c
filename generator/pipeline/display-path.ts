import { isAbsolute, relative, sep } from 'node:path';

/** relative(cwd, dir) by folder, for the working directory it was made in. */
let prefixes = { cwd: '', byDir: new Map<string, string>() };

/**
 * Display path used in every message: relative to the working directory, `/`-separated.
 * The folder part is worked out once per folder: at 10,000 articles a `path.relative` for each
 * (it resolves both sides every time) was a visible part of an incremental build.
 */
export function displayPath(path: string): string {
  const cut = path.lastIndexOf(sep);
  const name = path.slice(cut + 1);
  if (!isAbsolute(path) || cut <= 0 || name === '' || name === '.' || name === '..') return slowDisplayPath(path);
  const cwd = process.cwd();
  // The working directory itself or a folder above it: `relative` walks back through `name`.
  if (cwd === path || cwd.startsWith(path + sep)) return slowDisplayPath(path);
  if (prefixes.cwd !== cwd) prefixes = { cwd, byDir: new Map() };
  const dir = path.slice(0, cut);
  let prefix = prefixes.byDir.get(dir);
  if (prefix === undefined) {
    const rel = relative(cwd, dir).split('\\').join('/');
    prefix = rel ? `${rel}/` : '';
    prefixes.byDir.set(dir, prefix);
  }
  return prefix + name;
}

function slowDisplayPath(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/') || path;
}
