/**
 * The compiler as precompiled JavaScript files, so a build starts in a fraction of the time it
 * takes through tsx: there every one of its ~800 modules (ours and their packages) is resolved
 * and loaded through the TypeScript loader's hooks thread, 2–3 s on the shared 2-core machine,
 * once for `kepu build`'s main thread before its first article and again for each worker thread.
 * Two files: the CLI (`cli.ts`, which bin/kepu.js runs when it is up to date) and the build
 * worker (`compile-worker.ts`, which the pool starts).
 *
 * They are built by esbuild (which tsx itself runs on, with the same tsconfig and kept function
 * names) into node_modules/.cache, with the size and mtime of every file they were built from:
 * each is used only while all of those are unchanged. When one is missing or stale, the CLI and
 * the workers load through tsx as before, and a build big enough to start workers rebuilds the
 * files beside its own work, for the next run. The code is the same code: each module's
 * `import.meta.url` still names its own source file, so paths computed from it do not move.
 */
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CACHE_DIR, freshPrecompiled, precompiledFiles, ROOT } from './precompiled-files.mjs';

export { freshPrecompiled };

const ENTRIES = {
  cli: fileURLToPath(new URL('../cli.ts', import.meta.url)),
  worker: fileURLToPath(new URL('./compile-worker.ts', import.meta.url)),
};
export type Precompiled = keyof typeof ENTRIES;

/** Loaded without the TypeScript loader: packages that load native code or files of their own stay outside. */
const EXTERNAL = ['sharp', 'fontkit', 'vite', 'esbuild'];

const META_URL = ['import', 'meta', 'url'].join('.');

type Inputs = Record<string, [size: number, mtimeMs: number]>;

let building: Promise<void> | undefined;

/**
 * Builds the files that are not up to date (once per process). Never fails: without them,
 * the build and its workers load through tsx.
 */
export function buildPrecompiled(): Promise<void> {
  const stale = (Object.keys(ENTRIES) as Precompiled[]).filter((name) => !freshPrecompiled(name));
  // KEPU_DEBUG_PRECOMPILED=1 says why a file could not be built.
  building ??= Promise.all(stale.map((name) => build(name).catch((err: unknown) => {
    if (process.env.KEPU_DEBUG_PRECOMPILED) process.stderr.write(`precompiled ${name}: ${String(err)}\n`);
  }))).then(() => undefined);
  return building;
}

async function build(name: Precompiled): Promise<void> {
  const started = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRIES[name]],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // As tsx compiles: the project's tsconfig (preact JSX). Function names are not pinned
    // (tsx's keepNames): nothing reads them, and pinning them wraps every closure the compiler
    // makes in a defineProperty call, a few per cent of a build's CPU. A name esbuild changes to
    // avoid a clash (visit3) only shows in stack traces.
    tsconfig: join(ROOT, 'tsconfig.json'),
    keepNames: false,
    external: EXTERNAL,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages require Node's built-in modules. (The bundle's own URL, spelt so
    // that the replacement below leaves it alone.)
    banner: { js: `import { createRequire as __kepuCreateRequire } from 'node:module'; const require = __kepuCreateRequire(${META_URL});` },
    plugins: [{
      name: 'kepu-own-import-meta-url',
      setup(b) {
        b.onLoad({ filter: /\.(?:ts|tsx|mts|mjs|js)$/ }, async (args) => {
          if (args.path.includes('/node_modules/')) return undefined;
          const source = await readFile(args.path, 'utf8');
          return {
            contents: source.replaceAll(META_URL, JSON.stringify(pathToFileURL(args.path).href)),
            loader: args.path.endsWith('.tsx') ? 'tsx' : /\.m?ts$/.test(args.path) ? 'ts' : 'js',
          };
        });
      },
    }],
  });
  const code = result.outputFiles[0]!.text;
  const inputs: Inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = join(ROOT, input);
    const s = statSync(file);
    // Saved while it was being bundled: the bundle may hold the older text. Next time, then.
    if (s.mtimeMs >= started) return;
    inputs[file] = [s.size, s.mtimeMs];
  }
  const { bundle, inputs: inputsFile } = precompiledFiles(name);
  await mkdir(CACHE_DIR, { recursive: true });
  const tmp = `.${process.pid}.${Date.now()}.tmp`;
  // The bundle first, its inputs last: a reader that finds the inputs finds the bundle they describe.
  await writeFile(bundle + tmp, code);
  await rename(bundle + tmp, bundle);
  await writeFile(inputsFile + tmp, JSON.stringify(inputs));
  await rename(inputsFile + tmp, inputsFile);
}
