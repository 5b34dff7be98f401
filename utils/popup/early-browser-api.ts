/**
 * The early request's browser calls, for the popup's classic head script: no `wxt/browser` (its polyfill would be
 * fetched and evaluated first), the browser's own promise API instead (`browser` in Firefox, `chrome` in Chromium).
 */
import { CONTENT_SCRIPT_FILE } from '../content-script-file';
import { sendMessage } from '../messages';
import type { EarlyApi } from './early-request';

type Ext = {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string; title?: string }>> };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
};

export function earlyBrowserApi(): EarlyApi {
  const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
  const ext = (g.browser ?? g.chrome)!;
  return {
    async getActiveTab() {
      const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
      return tab?.id == null ? null : { id: tab.id, url: tab.url ?? null, title: tab.title ?? null };
    },
    analyzeTab: (tabId, force, refresh) =>
      sendMessage('analyzeTab', { tabId, ...(force ? { force: true } : {}), ...(refresh ? { refresh: true } : {}) }),
    async injectContentScript(tabId) {
      await ext.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
  };
}
