/** Opens the side panel from the toolbar button; all filling goes side panel → content script. */
import { platformOfUrl } from './match-pattern.ts';

chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
  console.error('Kepu: 无法设置侧边栏行为', error);
});

/**
 * Chrome adds the manifest's content script on page loads only. Composers that are single-page
 * apps (视频号 opens its form from /platform by an in-page navigation, and reloading the form
 * sends you back there) would never get it, so whenever a tab settles on a composer URL without
 * the script running, we start the same file ourselves. Only composer URLs, as in the manifest.
 */
chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
  // In-page navigations report loading → complete too, so this one event covers both kinds.
  if (info.status !== 'complete' || !platformOfUrl(tab.url)) return;
  void startFillScript(tabId);
});

const answers = (tabId: number) => chrome.tabs.sendMessage(tabId, { type: 'kepu:probe' }).then(() => true, () => false);

async function startFillScript(tabId: number): Promise<void> {
  // After a full load the manifest's copy starts by itself at document_idle, around this moment:
  // wait for it rather than start a second one (two would each answer, and each fill).
  for (const ms of [0, 1_000]) {
    await new Promise((r) => setTimeout(r, ms));
    if (await answers(tabId)) return;
  }
  const files = chrome.runtime.getManifest().content_scripts?.flatMap((s) => s.js ?? []) ?? [];
  await chrome.scripting.executeScript({ target: { tabId }, files }).catch((error: unknown) => {
    console.warn('Kepu: 无法在此发布页启动填充脚本', error);
  });
}
