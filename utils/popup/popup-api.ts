import { browser } from 'wxt/browser';
import { copyText, downloadText } from './save-file';
import { sendMessage } from '../messages';
import type { AnalysisResult } from '../tab-analysis';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../settings';

export type ActiveTab = { id: number; url: string | null; title: string | null };

/** Everything the popup needs from the browser, injectable so components are tested without one. */
export type PopupApi = {
  getActiveTab(): Promise<ActiveTab | null>;
  /** `refresh`: ignore the cache but keep the not-a-policy gate (analyze a linked policy again). */
  analyzeTab(tabId: number, force: boolean, refresh?: boolean): Promise<AnalysisResult>;
  /** The complete result (highlights, comparison) of a run whose verdicts came `pending`; null if the worker lost it. */
  finishAnalysis?(tabId: number, force: boolean, refresh?: boolean): Promise<AnalysisResult | null>;
  scrollToEvidence(tabId: number, start: number): Promise<boolean>;
  /** Removes every highlight from the page. */
  clearHighlights(tabId: number): Promise<void>;
  /** Navigates the tab to a page URL (the policy link); only http(s) URLs are passed. */
  openUrl(tabId: number, url: string): Promise<void>;
  getSettings(): Promise<Settings>;
  openOptions(): void;
  download(fileName: string, text: string, mime: string): void;
  copy(text: string): Promise<void>;
  /** The extension's version (for a wrong-verdict report). */
  version?: string;
  /** Asks the browser for read access to one origin ("https://legal.example/*"), inside the user's click. */
  requestHostAccess?(origin: string): Promise<boolean>;
  /** Takes the tab to its linked policy; the worker analyzes and highlights it there once it has loaded. */
  openLinkedPolicy?(tabId: number, url: string): Promise<void>;
};

/** The real API: tabs, messages to the background and content script, WXT storage. */
export function createBrowserPopupApi(): PopupApi {
  return {
    async getActiveTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id == null ? null : { id: tab.id, url: tab.url ?? null, title: tab.title ?? null };
    },
    analyzeTab: (tabId, force, refresh) =>
      sendMessage('analyzeTab', { tabId, ...(force ? { force: true } : {}), ...(refresh ? { refresh: true } : {}) }),
    finishAnalysis: (tabId, force, refresh) =>
      sendMessage('analysisFinished', { tabId, ...(force ? { force: true } : {}), ...(refresh ? { refresh: true } : {}) }),
    scrollToEvidence: (tabId, start) => sendMessage('scrollToEvidence', { start }, tabId),
    clearHighlights: (tabId) => sendMessage('clearHighlights', undefined, tabId),
    async openUrl(tabId, url) {
      await browser.tabs.update(tabId, { url });
      // The popup would keep showing the old page's state: close it; the user reopens it on the policy.
      window.close();
    },
    getSettings: () => loadSettings().catch(() => DEFAULT_SETTINGS),
    openOptions: () => void browser.runtime.openOptionsPage(),
    download: (fileName, text, mime) => downloadText(fileName, text, mime),
    copy: copyText,
    get version() {
      // Read when a report is copied; a context without a manifest (tests) gives no version rather than failing.
      try {
        return browser.runtime.getManifest().version;
      } catch {
        return '';
      }
    },
    // Called first thing in the click handler: browsers refuse permission requests outside a user gesture.
    requestHostAccess: (origin) => browser.permissions.request({ origins: [origin] }),
    async openLinkedPolicy(tabId, url) {
      await sendMessage('openLinkedPolicy', { tabId, url });
      window.close();
    },
  };
}
