/**
 * The MV3 manifest. Host permissions are the composer pages listed in the platform registry,
 * read at build time, so adding a platform there is the only change a new composer needs.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import { PLATFORMS, PLATFORM_IDS } from '../generator/platforms/registry.ts';
import { PREVIEW_ORIGIN_PATTERNS } from './config.ts';

export const composerPatterns = [...new Set(PLATFORM_IDS.flatMap((id) => PLATFORMS[id].composer.urls))];

export default defineManifest({
  manifest_version: 3,
  name: 'Kepu 科普发布助手',
  short_name: 'Kepu',
  description: '把科普文章的各平台稿件填入各平台的发布页；发布仍由编辑本人确认。',
  version: '0.1.0',
  minimum_chrome_version: '116',
  action: { default_title: '打开 Kepu 侧边栏' },
  background: { service_worker: 'background.ts', type: 'module' },
  side_panel: { default_path: 'sidepanel/index.html' },
  permissions: ['sidePanel', 'storage'],
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
