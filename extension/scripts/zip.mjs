// Packs extension/dist into extension/kepu-extension-<version>.zip for the Chrome Web Store.
// `key` only pins the id of unpacked builds (the store assigns a store item its own id), so the
// zip leaves it out; and as store review rejects code built at run time, packing fails if any
// shipped script can build code.
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(extensionDir, 'dist');

/** The same check as extension/scripts/no-dynamic-code.ts (which fails the vite build): the last gate before the store. */
const DYNAMIC_CODE = /\bnew\s+Function\s*\(|(?<![\w$.])eval\s*\(|(?<![\w$.'"])Function\s*\(\s*['"`]|=\s*Function\s*[;,)]/;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const manifestPath = join(dist, 'manifest.json');
if (!(await stat(manifestPath).catch(() => null))) {
  console.error(`没有找到 ${manifestPath}：请先运行 vite build`);
  process.exit(1);
}
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
const entries = {};
const dynamic = [];
for (const file of (await files(dist)).sort()) {
  const name = relative(dist, file).split('\\').join('/');
  let bytes = await readFile(file);
  if (name === 'manifest.json') {
    const { key: _key, ...store } = manifest;
    bytes = Buffer.from(`${JSON.stringify(store, null, 2)}\n`);
  } else if (name.endsWith('.js') && DYNAMIC_CODE.test(bytes.toString('utf8'))) {
    dynamic.push(name);
  }
  entries[name] = [bytes, { mtime: new Date('2020-01-01T00:00:00Z') }];
}
if (dynamic.length) {
  console.error(`✗ 以下文件含运行时生成代码（new Function / eval），商店审核不会通过：${dynamic.join('、')}`);
  process.exit(1);
}
const zipPath = join(extensionDir, `kepu-extension-${manifest.version}.zip`);
await writeFile(zipPath, zipSync(entries, { level: 9 }));
console.log(`✓ 扩展：${relative(process.cwd(), dist)}（可在 chrome://extensions 加载已解压的扩展，扩展 id 固定），商店包：${relative(process.cwd(), zipPath)}（不含 key，上架后的 id 由商店分配）`);
