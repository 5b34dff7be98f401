import { browser } from 'wxt/browser';
import type { TabDriver } from './analyze-tab';
import { fetchRaw } from '../fetch-policy-page';
import { originPattern, type LinkedPolicyDriver } from './linked-policy';
import { rememberAnalysis } from '../history/remember';
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { PINNED_CSS } from './pinned-css';
import { LOW_CONFIDENCE, loadSettings } from '../settings';

import { CONTENT_SCRIPT_FILE } from '../content-script-file';

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
    // No content script in the tab: the message finds no receiver and fails, and the run injects one.
    extractIfPresent: (tabId) => sendMessage('extractPage', undefined, tabId).catch(() => null),
    async highlight(tabId, highlights) {
      // Pinned before drawing; if the browser refuses, the inline !important styles still hold.
      await browser.scripting.insertCSS({ target: { tabId }, css: PINNED_CSS, origin: 'USER' }).catch(() => {});
      return sendMessage('highlightEvidence', { highlights }, tabId);
    },
    clearHighlights: (tabId) => sendMessage('clearHighlights', undefined, tabId),
    async resourceUrls(tabId) {
      // A one-off function in the page (activeTab covers it), not the content script, which must stay under 60 KB.
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => performance.getEntriesByType('resource').map((e) => e.name),
      });
      return Array.isArray(frame?.result) ? (frame.result as string[]) : [];
    },
    async setBadge(tabId, badge) {
      // Four independent calls: sent together, not one round trip after another.
      await Promise.all([
        action.setBadgeText({ tabId, text: badge?.text ?? '' }),
        // The findings in words; without a badge, the default title again, in the UI language.
        action.setTitle({ tabId, title: badge?.title ?? t('action_default_title') }),
        badge && action.setBadgeBackgroundColor({ tabId, color: badge.color }),
        badge && action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      ]);
    },
    linked: browserLinkedDriver(),
    async settings() {
      const s = await loadSettings();
      return {
        highlightEvidence: s.highlightEvidence,
        toolbarBadge: s.toolbarBadge,
        minConfidence: s.showLowConfidence ? 0 : LOW_CONFIDENCE,
      };
    },
    async remember(analysis) {
      if (!(await loadSettings()).rememberPolicies) return null;
      return rememberAnalysis(analysis, browser.runtime.getManifest().version);
    },
  };
}

/** The linked-policy calls: the content script for the page's own origin, the worker for an allowed other origin. */
export function browserLinkedDriver(): LinkedPolicyDriver {
  return {
    fetchInPage: (tabId, url) => sendMessage('fetchLinkedPolicy', { url }, tabId),
    hasHostAccess: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    // Runs only for an origin the user allowed (optional_host_permissions); no cookies are sent.
    fetchInWorker: (url) => fetchRaw(url),
    readInPage: (tabId, fetched) => sendMessage('readLinkedPolicy', fetched, tabId),
  };
}
