/**
 * The build worker as one precompiled JavaScript file, so a worker thread starts in a fraction
 * of the time it takes through tsx: there every one of the compiler's ~650 modules (ours and
 * their packages) is resolved and loaded through the TypeScript loader's hooks thread, about
 * 1–3 s per worker on the 2-core machine, while the main thread compiled alone.
 *
 * The file is built by esbuild (which tsx itself runs on) and kept in node_modules/.cache, with
 * the size and mtime of every file it was built from: it is used only while all of them are
 * unchanged. When it is missing or stale, the worker starts through tsx as before and the file is
 * rebuilt beside the build, for the next one. The code is the same code: each module's
 * `import.meta.url` still names its own source file, so paths it computes from it do not move.
 */
import { createHash } from 'node:crypto';
import { statSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./compile-worker.ts', import.meta.url));
/** Changing how the file is built invalidates the files built before. */
const RECIPE = 1;
const CACHE_DIR = join(ROOT, 'node_modules/.cache/kepu-worker');
// Checkouts sharing one node_modules (git worktrees) each keep their own file.
const BASE = join(CACHE_DIR, `worker-${createHash('sha256').update(`${RECIPE}\0${ROOT}`).digest('hex').slice(0, 12)}`);
const BUNDLE = `${BASE}.mjs`;
const INPUTS = `${BASE}.inputs.json`;

/** Loaded without the TypeScript loader: packages that load native code or files of their own stay outside. */
const EXTERNAL = ['sharp', 'fontkit', 'vite', 'esbuild'];

type Inputs = Record<string, [size: number, mtimeMs: number]>;

/** The precompiled worker when it is up to date with every file it was built from. */
export function freshWorkerBundle(): URL | undefined {
  try {
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8')) as Inputs;
    for (const [file, [size, mtimeMs]] of Object.entries(inputs)) {
      const s = statSync(file);
      if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
    }
    statSync(BUNDLE);
    return pathToFileURL(BUNDLE);
  } catch {
    return undefined;
  }
}

let building: Promise<void> | undefined;

/** Builds the file (once per process). Never fails: without it, workers start through tsx. */
export function buildWorkerBundle(): Promise<void> {
  building ??= build().catch(() => undefined);
  return building;
}

async function build(): Promise<void> {
  const started = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // As tsx compiles: the project's tsconfig (preact JSX), function names kept.
    tsconfig: join(ROOT, 'tsconfig.json'),
    keepNames: true,
    external: EXTERNAL,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages require Node's built-in modules.
    banner: { js: "import { createRequire as __kepuCreateRequire } from 'node:module'; const require = __kepuCreateRequire(import.meta.url);" },
    plugins: [{
      name: 'kepu-own-import-meta-url',
      setup(b) {
        b.onLoad({ filter: /\.(?:ts|tsx|mts)$/ }, async (args) => {
          if (args.path.includes('/node_modules/')) return undefined;
          const source = await readFile(args.path, 'utf8');
          return {
            contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
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
  await mkdir(CACHE_DIR, { recursive: true });
  const tmp = `.${process.pid}.${Date.now()}.tmp`;
  // The bundle first, its inputs last: a reader that finds the inputs finds the bundle they describe.
  await writeFile(BUNDLE + tmp, code);
  await rename(BUNDLE + tmp, BUNDLE);
  await writeFile(INPUTS + tmp, JSON.stringify(inputs));
  await rename(INPUTS + tmp, INPUTS);
}
