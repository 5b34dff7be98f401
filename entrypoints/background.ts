import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TabAnalyzer } from '../utils/analyze-tab';
import { browserTabDriver } from '../utils/browser-tab-driver';
import { listenForWatchAlarm, startWatching, stopWatching } from '../utils/history/watch-runtime';
import { isFromExtensionPage, parseAnalyzeTab, parsePolicyUrl } from '../utils/message-guards';
import { onMessage } from '../utils/messages';

// Routes messages to the tab analyzer; nothing here talks to any server.
export default defineBackground(() => {
  const analyzer = new TabAnalyzer(browserTabDriver());
  onMessage('analyzeTab', ({ data, sender }) => {
    // Only the popup may start an analysis: never a content script (page-controlled) or another extension.
    if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) throw new Error('analyzeTab is accepted from PolicyLens pages only');
    const { tabId, force } = parseAnalyzeTab(data);
    return analyzer.analyze(tabId, force);
  });
  // A navigation (or reload) makes the cached result and the badge stale.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) analyzer.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => analyzer.forget(tabId, true));
  // Watching (opt-in, history page): the alarm exists only once the user granted `alarms` at a "Watch" click.
  listenForWatchAlarm();
  browser.permissions.onAdded.addListener(() => listenForWatchAlarm());
  const fromOwnPage = (sender: Parameters<typeof isFromExtensionPage>[0]) => {
    if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) throw new Error('accepted from PolicyLens pages only');
  };
  onMessage('watchPolicy', ({ data, sender }) => (fromOwnPage(sender), startWatching(parsePolicyUrl(data))));
  onMessage('unwatchPolicy', ({ data, sender }) => (fromOwnPage(sender), stopWatching(parsePolicyUrl(data))));
});
