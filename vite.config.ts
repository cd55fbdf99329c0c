/**
 * Builds the Chrome extension (extension/ → extension/dist). The manifest lives in
 * extension/manifest.config.ts and reads the platform registry at build time.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './extension/manifest.config.ts';

const root = fileURLToPath(new URL('./extension', import.meta.url));

export default defineConfig({
  root,
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Readable code for store review; the bundle is small.
    minify: false,
    sourcemap: false,
  },
  server: { port: 5179, strictPort: true },
});
