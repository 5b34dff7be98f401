/**
 * The popup's request, sent as its script starts (`entrypoints/popup/early.ts`, imported first by the popup's
 * entry), before Preact and the view's modules are evaluated and the first render is done. The worker reads the page
 * meanwhile; the App's own request then gets this same answer (`withEarlyRequest`).
 */
import type { AnalysisResult } from '../tab-analysis';
import type { ActiveTab, PopupApi } from './popup-api';
import { traceMark } from '../perf-trace';

export type EarlyRequest = { tab: Promise<ActiveTab | null>; answer: Promise<AnalysisResult | null> };

/** Asks for the active tab and its analysis now. */
export function sendEarly(api: PopupApi): EarlyRequest {
  // `npm run bench` reads this beside the App's own `policylens:request` mark: the time the early request saves.
  performance.mark('policylens:early-request');
  traceMark('popup:early-request');
  const tab = api.getActiveTab();
  const answer = tab.then((active) => (traceMark('popup:tab'), active ? api.analyzeTab(active.id, false) : null));
  answer.then(
    () => traceMark('popup:answer'),
    () => {},
  );
  // Whoever takes the answer sees its failure; unclaimed (the App failed to load), it must not be reported twice.
  answer.catch(() => {});
  return { tab, answer };
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
