// Where the precompiled compiler lives and whether it is up to date (see ./precompiled.ts, which
// builds it). Plain JavaScript: bin/kepu.js asks here before it loads the TypeScript loader.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Changing how the files are built invalidates the files built before. */
export const RECIPE = 2;
export const CACHE_DIR = join(ROOT, 'node_modules/.cache/kepu-compiled');
// Checkouts sharing one node_modules (git worktrees) each keep their own files.
const KEY = createHash('sha256').update(`${RECIPE}\0${ROOT}`).digest('hex').slice(0, 12);

/** @param {string} name */
export function precompiledFiles(name) {
  return { bundle: join(CACHE_DIR, `${name}-${KEY}.mjs`), inputs: join(CACHE_DIR, `${name}-${KEY}.inputs.json`) };
}

/**
 * The precompiled file when it is up to date with every file it was built from (same size and
 * mtime as when it was built), else undefined.
 * @param {string} name
 * @returns {URL | undefined}
 */
export function freshPrecompiled(name) {
  const { bundle, inputs } = precompiledFiles(name);
  try {
    /** @type {Record<string, [number, number]>} */
    const recorded = JSON.parse(readFileSync(inputs, 'utf8'));
    for (const [file, [size, mtimeMs]] of Object.entries(recorded)) {
      const s = statSync(file);
      if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
    }
    statSync(bundle);
    return pathToFileURL(bundle);
  } catch {
    return undefined;
  }
}
