/** The tab being filled and messages to its content script. */
import type { PlatformId } from '../../generator/manifest.ts';
import { platformOfUrl } from '../match-pattern.ts';

export interface ActiveTab {
  id: number;
  url?: string;
  platform: PlatformId | null;
}

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id) return null;
  // `url` is visible only on sites we hold a host permission for (the composers' sites); the
  // composer patterns then tell a composer page from the rest of its site.
  return { id: tab.id, url: tab.url, platform: platformOfUrl(tab.url) };
}

export async function sendToTab<T>(tabId: number, message: unknown): Promise<T> {
  try {
    return (await chrome.tabs.sendMessage(tabId, message)) as T;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/Receiving end does not exist/i.test(text)) throw new Error('此页面没有加载 Kepu 填充脚本：请打开平台的发布页并刷新后重试');
    throw new Error(text);
  }
}
