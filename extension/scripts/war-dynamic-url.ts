/**
 * Every `web_accessible_resources` entry gets `use_dynamic_url: true`, so a page on a composer's
 * site cannot detect the extension by fetching `chrome-extension://<id>/<file>` (crxjs always
 * writes `false`). Today there are no entries: the content script is one self-contained file
 * (vite.config.ts). This keeps any future entry (a stylesheet or picture a page must load)
 * reachable only at Chrome's per-session URL. Not for module chunks: Chrome resolves a chunk's
 * relative imports against the fixed URL, which `use_dynamic_url` then refuses.
 */
import type { CrxPlugin } from '@crxjs/vite-plugin';

export function dynamicResourceUrls(): CrxPlugin {
  return {
    name: 'kepu:war-dynamic-url',
    apply: 'build',
    // crx:web-accessible-resources is `post` too; plugins of one kind run in list order, and this one comes after crx().
    enforce: 'post',
    renderCrxManifest(manifest) {
      manifest.web_accessible_resources = manifest.web_accessible_resources?.map((entry) => ({
        ...entry,
        // crxjs writes one origin per composer pattern; Chrome reads only the origin here.
        ...('matches' in entry && entry.matches ? { matches: [...new Set(entry.matches)] } : {}),
        use_dynamic_url: true,
      }));
      return manifest;
    },
  };
}
