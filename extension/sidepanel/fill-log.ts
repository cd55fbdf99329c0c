/**
 * Every fill and insert, and every acknowledgement of an unreviewed article, kept on this
 * machine only (chrome.storage.local) so the publicity office can see what went where.
 */
import type { ArticleStatus } from '../../generator/manifest.ts';

export interface FillLogEntry {
  time: string;
  action: 'fill' | 'insert-title' | 'insert-body';
  slug: string;
  variantId: string;
  status: ArticleStatus;
  hash?: string;
  /** The editor confirmed filling an unreviewed article as a draft. */
  acknowledged: boolean;
  page?: string;
  ok: boolean;
  reason?: string;
}

const KEY = 'kepu.log';
/** Enough for months of one team's work; the oldest go first. */
const KEEP = 1000;

export async function readLog(): Promise<FillLogEntry[]> {
  const stored = await chrome.storage.local.get(KEY);
  return (stored[KEY] as FillLogEntry[] | undefined) ?? [];
}

export async function appendLog(entry: FillLogEntry): Promise<FillLogEntry[]> {
  const next = [...(await readLog()), entry].slice(-KEEP);
  await chrome.storage.local.set({ [KEY]: next });
  return next;
}
