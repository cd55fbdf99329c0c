/** Chrome match patterns (`https://host/*`), evaluated the way Chrome does for our simple cases. */
import { PLATFORMS, PLATFORM_IDS } from '../generator/platforms/registry.ts';
import type { PlatformId } from '../generator/manifest.ts';

export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const hostOk = host.startsWith('*.')
    ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
    : u.hostname === host;
  if (!hostOk) return false;
  const re = new RegExp('^' + path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(u.pathname + u.search);
}

/** The platform whose composer pages (registry `composer.urls`) contain `url`, if any. */
export function platformOfUrl(url: string | undefined): PlatformId | null {
  if (!url) return null;
  return PLATFORM_IDS.find((id) => PLATFORMS[id].composer.urls.some((p) => matchesPattern(p, url))) ?? null;
}
