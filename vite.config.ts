/**
 * Builds the Chrome extension (extension/ → extension/dist). The manifest lives in
 * extension/manifest.config.ts and reads the platform registry at build time.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './extension/manifest.config.ts';
import { noDynamicCode } from './extension/scripts/no-dynamic-code.ts';
import { dynamicResourceUrls } from './extension/scripts/war-dynamic-url.ts';

const root = fileURLToPath(new URL('./extension', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    preact(),
    // The content script is one self-contained file: a loader importing shared chunks would need
    // them web-accessible, and any page on a composer's site could then fetch them to detect the
    // extension (Chrome resolves a chunk's relative imports against the fixed URL, so
    // `use_dynamic_url` alone breaks the loader).
    crx({ manifest, contentScripts: { standaloneFiles: ['content/index.ts'] } }),
    dynamicResourceUrls(),
    noDynamicCode(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Readable code for store review; the bundle is small.
    minify: false,
    sourcemap: false,
  },
  server: { port: 5179, strictPort: true },
});
