import { browser } from 'wxt/browser';
import type { TabDriver } from './analyze-tab';
import { t } from './i18n';
import { rememberAnalysis } from './history/remember';
import { sendMessage } from './messages';
import { LOW_CONFIDENCE, loadSettings } from './settings';

/** The content script as built by WXT (registration: 'runtime'), injected only on the user's click. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The real browser behind `TabAnalyzer`: tabs, scripting, messages to the content script, the badge. */
export function browserTabDriver(): TabDriver {
  // Firefox MV2 builds name it browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  return {
    async getTab(tabId) {
      const tab = await browser.tabs.get(tabId);
      return { url: tab.url ?? tab.pendingUrl ?? '', title: tab.title ?? '' };
    },
    async inject(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
    extract: (tabId) => sendMessage('extractPage', undefined, tabId),
    highlight: (tabId, highlights) => sendMessage('highlightEvidence', { highlights }, tabId),
    clearHighlights: (tabId) => sendMessage('clearHighlights', undefined, tabId),
    async setBadge(tabId, badge) {
      await action.setBadgeText({ tabId, text: badge?.text ?? '' });
      // The icon's title says the findings in words; without a badge it is the default title again.
      await action.setTitle({ tabId, title: badge?.title ?? t('action_default_title') });
      if (!badge) return;
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    },
    async settings() {
      const s = await loadSettings();
      return { highlightEvidence: s.highlightEvidence, toolbarBadge: s.toolbarBadge, minConfidence: s.showLowConfidence ? 0 : LOW_CONFIDENCE };
    },
    async remember(analysis) {
      if (!(await loadSettings()).rememberPolicies) return null;
      return rememberAnalysis(analysis, browser.runtime.getManifest().version);
    },
  };
}
