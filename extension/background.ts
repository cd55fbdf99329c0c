/** Opens the side panel from the toolbar button; all filling goes side panel → content script. */
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
  console.error('Kepu: 无法设置侧边栏行为', error);
});
