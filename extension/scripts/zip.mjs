// Packs extension/dist into extension/kepu-extension-<version>.zip for the Chrome Web Store.
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(extensionDir, 'dist');

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
const { version } = JSON.parse(await readFile(manifestPath, 'utf8'));
const entries = {};
for (const file of (await files(dist)).sort()) {
  entries[relative(dist, file).split('\\').join('/')] = [await readFile(file), { mtime: new Date('2020-01-01T00:00:00Z') }];
}
const zipPath = join(extensionDir, `kepu-extension-${version}.zip`);
await writeFile(zipPath, zipSync(entries, { level: 9 }));
console.log(`✓ 扩展：${relative(process.cwd(), dist)}（可在 chrome://extensions 加载已解压的扩展），商店包：${relative(process.cwd(), zipPath)}`);
