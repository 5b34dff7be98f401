/**
 * The popup's request, sent the moment the popup starts: by `entrypoints/popup-early.ts`, a classic script in the
 * popup's <head> that runs before the popup's modules are fetched (else by `entrypoints/popup/early.ts`, imported
 * first by the popup's entry). Beside the request it runs the content script in the tab, which starts reading the
 * page at once, while the worker (perhaps starting cold) gets the request; the App's own request then gets this same
 * answer (`withEarlyRequest`).
 */
import type { AnalysisResult } from '../tab-analysis';
import type { ActiveTab, PopupApi } from './popup-api';
import { traceMark } from '../perf-trace';

export type EarlyRequest = { tab: Promise<ActiveTab | null>; answer: Promise<AnalysisResult | null> };

/** What the early request needs: the active tab, the worker's analysis and (optional) running the content script. */
export type EarlyApi = Pick<PopupApi, 'getActiveTab' | 'analyzeTab'> & { injectContentScript?(tabId: number): Promise<void> };

/** Asks for the active tab and its analysis now, and has the tab start reading its page. */
export function sendEarly(api: EarlyApi): EarlyRequest {
  // `npm run bench` reads this beside the App's own `policylens:request` mark: the time the early request saves.
  performance.mark('policylens:early-request');
  traceMark('popup:early-request');
  const tab = api.getActiveTab();
  const answer = tab.then((active) => {
    traceMark('popup:tab');
    if (!active) return null;
    // Only a head start: the worker injects and reads the page itself, and says why when the browser refuses.
    void api.injectContentScript?.(active.id).catch(() => {});
    return api.analyzeTab(active.id, false);
  });
  // Whoever takes the answer sees its failure; unclaimed (the App failed to load), it must not be reported twice.
  answer.then(
    () => traceMark('popup:answer'),
    () => {},
  );
  return { tab, answer };
}

const KEY = '__policyLensEarlyRequest';
type Holder = { [KEY]?: EarlyRequest };

/** Leaves the early request for the popup's modules (the classic script and the modules share the page's globals). */
export function publishEarly(early: EarlyRequest): void {
  (globalThis as Holder)[KEY] = early;
}

/** The request the classic script sent, taken once (a second popup module would ask anew). */
export function takeEarly(): EarlyRequest | null {
  const early = (globalThis as Holder)[KEY] ?? null;
  delete (globalThis as Holder)[KEY];
  return early;
}

/**
 * `api` whose first active-tab lookup and first plain analysis of that tab are the early ones (each taken once: a
 * retry or "Analyze anyway" asks anew).
 */
export function withEarlyRequest(api: PopupApi, early: EarlyRequest): PopupApi {
  let tabTaken = false;
  let answerTaken = false;
  return {
    ...api,
    getActiveTab() {
      if (tabTaken) return api.getActiveTab();
      tabTaken = true;
      return early.tab;
    },
    async analyzeTab(tabId, force, refresh) {
      const plain = !force && !refresh;
      if (!answerTaken && plain && (await early.tab)?.id === tabId) {
        answerTaken = true;
        const answer = await early.answer;
        if (answer) return answer;
      }
      return api.analyzeTab(tabId, force, refresh);
    },
  };
}
