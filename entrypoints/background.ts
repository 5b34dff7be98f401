import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TabAnalyzer } from '../utils/worker/analyze-tab';
import { DEFAULT_BUDGET } from '../utils/worker/analysis-budget';
import { warmAnalyzerWhile } from '../utils/worker/analyzer-warm-up';
import { browserTabDriver } from '../utils/worker/browser-tab-driver';
import { listenForWatchAlarm, startWatching, stopWatching } from '../utils/history/watch-runtime';
import { isFromExtensionPage, parseAnalyzeTab, parsePolicyUrl } from '../utils/message-guards';
import { onMessage } from '../utils/messages';
import { openAndHighlight, parseOpenLinked } from '../utils/worker/open-linked-policy';
import { tabLoaded } from '../utils/worker/tab-loaded';
import { traceMark } from '../utils/perf-trace';

// Routes messages to the tab analyzer; the only fetches are of a page's linked privacy policy (see README, Security).
export default defineBackground(() => {
  traceMark('worker:main');
  // A cold worker compiles the analyzer's patterns while the page extracts its text (see analyzer-warm-up.ts).
  const analyzer = new TabAnalyzer(browserTabDriver(), Date.now, DEFAULT_BUDGET, warmAnalyzerWhile);
  const fromPopup = (sender: Parameters<typeof isFromExtensionPage>[0], what: string) => {
    // Only the popup may start work: never a content script (page-controlled) or another extension.
    if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
      throw new Error(`${what} is accepted from PolicyLens pages only`);
  };
  onMessage('analyzeTab', ({ data, sender }) => {
    traceMark('worker:request');
    fromPopup(sender, 'analyzeTab');
    const { tabId, force, refresh } = parseAnalyzeTab(data);
    return analyzer.analyzeFirst(tabId, force, refresh);
  });
  onMessage('analysisFinished', async ({ data, sender }) => {
    fromPopup(sender, 'analysisFinished');
    const { tabId, force, refresh } = parseAnalyzeTab(data);
    return (await analyzer.finished(tabId, force, refresh)) ?? null;
  });
  onMessage('openLinkedPolicy', ({ data, sender }) => {
    fromPopup(sender, 'openLinkedPolicy');
    const { tabId, url } = parseOpenLinked(data);
    // Answered at once: the popup closes as the tab navigates; the worker carries on.
    void openAndHighlight(tabId, url, {
      navigate: async (id, to) => void (await browser.tabs.update(id, { url: to })),
      loaded: tabLoaded,
      analyze: (id) => analyzer.analyze(id),
    }).catch(() => {});
  });
  // Granted from the popup's "Allow" (whose popup may have closed under the browser's prompt): resume waiting tabs.
  browser.permissions.onAdded.addListener((added) => void analyzer.hostAccessGranted(added.origins ?? []));
  // A navigation (or reload) makes the cached result and the badge stale.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) analyzer.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => analyzer.forget(tabId, true));
  // Watching (opt-in, history page): the alarm exists only once the user granted `alarms` at a "Watch" click.
  listenForWatchAlarm();
  browser.permissions.onAdded.addListener(() => listenForWatchAlarm());
  const fromOwnPage = (sender: Parameters<typeof isFromExtensionPage>[0]) => {
    if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
      throw new Error('accepted from PolicyLens pages only');
  };
  onMessage('watchPolicy', ({ data, sender }) => (fromOwnPage(sender), startWatching(parsePolicyUrl(data))));
  onMessage('unwatchPolicy', ({ data, sender }) => (fromOwnPage(sender), stopWatching(parsePolicyUrl(data))));
});
