import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TabAnalyzer } from '../utils/analyze-tab';
import { browserTabDriver } from '../utils/browser-tab-driver';
import { onMessage } from '../utils/messages';

// Routes messages to the tab analyzer; nothing here talks to any server.
export default defineBackground(() => {
  const analyzer = new TabAnalyzer(browserTabDriver());
  onMessage('analyzeTab', ({ data }) => analyzer.analyze(data.tabId, data.force ?? false));
  // A navigation (or reload) makes the cached result and the badge stale.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) analyzer.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => analyzer.forget(tabId, true));
});
