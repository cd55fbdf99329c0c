/**
 * The MV3 manifest. Content scripts and host permissions are the composer pages listed in the
 * platform registry, read at build time, so adding a platform there is the only change a new
 * composer needs. (Chrome ignores the path of a host permission: it covers the composer's
 * site, which the side panel needs to read the tab's address; the content script itself runs
 * only on the composer paths.)
 */
import { defineManifest } from '@crxjs/vite-plugin';
import { PLATFORMS, PLATFORM_IDS } from '../generator/platforms/registry.ts';
import { EXTENSION_KEY, PREVIEW_ORIGIN_PATTERNS } from './config.ts';

export const composerPatterns = [...new Set(PLATFORM_IDS.flatMap((id) => PLATFORMS[id].composer.urls))];

/** Drawn in icons/icon.svg; `npm run icons` renders these. */
export const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

export default defineManifest({
  manifest_version: 3,
  name: 'Kepu 科普发布助手',
  short_name: 'Kepu',
  description: '把科普文章的各平台稿件填入各平台的发布页；发布仍由编辑本人确认。',
  version: '0.1.0',
  key: EXTENSION_KEY,
  minimum_chrome_version: '116',
  icons: ICONS,
  action: { default_title: '打开 Kepu 侧边栏', default_icon: ICONS },
  background: { service_worker: 'background.ts', type: 'module' },
  side_panel: { default_path: 'sidepanel/index.html' },
  // scripting: to start the fill script when a composer is reached by in-page navigation (background.ts).
  permissions: ['sidePanel', 'storage', 'scripting'],
  host_permissions: composerPatterns,
  optional_host_permissions: PREVIEW_ORIGIN_PATTERNS,
  content_scripts: [
    {
      matches: composerPatterns,
      js: ['content/index.ts'],
      run_at: 'document_idle',
      all_frames: false,
    },
  ],
});
