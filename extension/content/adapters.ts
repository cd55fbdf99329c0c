/**
 * Every platform adapter, one file each under ./adapters, collected by file name so adding a
 * platform is adding a file (a test checks each file's shape and that every platform has one).
 */
import type { PlatformId } from '../../generator/manifest.ts';
import { matchesPattern } from '../match-pattern.ts';
import type { Adapter } from './adapter.ts';

const modules = import.meta.glob<{ default: Adapter }>('./adapters/*.ts', { eager: true });

export const ADAPTERS: Adapter[] = Object.values(modules).map((m) => m.default);

export function adapterFor(platform: PlatformId): Adapter | undefined {
  return ADAPTERS.find((a) => a.platform === platform);
}

export function adapterForUrl(url: string): Adapter | undefined {
  return ADAPTERS.find((a) => a.matches.some((p) => matchesPattern(p, url)));
}
