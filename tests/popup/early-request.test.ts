import { describe, expect, it } from 'vitest';
import { publishEarly, sendEarly, takeEarly, withEarlyRequest } from '../../utils/popup/early-request';
import type { PopupApi } from '../../utils/popup/popup-api';
import type { AnalysisResult } from '../../utils/tab-analysis';

const page = { tabId: 3, url: 'https://shop.test/privacy', title: 'Privacy' };
const answerFor = (tabId: number, n: number): AnalysisResult => ({
  kind: 'error',
  message: `answer ${n} for ${tabId}`,
  page: { ...page, tabId },
});

/** A popup API that counts its calls to the browser. */
function fakeApi(tabId: number | null) {
  const calls = { tabs: 0, analyses: [] as string[], injected: [] as number[] };
  const api = {
    getActiveTab: async () => (calls.tabs++, tabId === null ? null : { id: tabId, url: page.url, title: page.title }),
    analyzeTab: async (id: number, force: boolean, refresh?: boolean) => {
      calls.analyses.push(`${id}${force ? ' force' : ''}${refresh ? ' refresh' : ''}`);
      return answerFor(id, calls.analyses.length);
    },
    injectContentScript: async (id: number) => void calls.injected.push(id),
  } as unknown as PopupApi;
  return { api, calls };
}

describe('the popup’s early request', () => {
  it('asks once: the App’s first tab lookup and first plain analysis get the early answers', async () => {
    const { api, calls } = fakeApi(3);
    const early = sendEarly(api);
    const wrapped = withEarlyRequest(api, early);
    const tab = await wrapped.getActiveTab();
    expect(tab?.id).toBe(3);
    expect(await wrapped.analyzeTab(3, false)).toEqual(answerFor(3, 1));
    expect(calls).toEqual({ tabs: 1, analyses: ['3'], injected: [3] });
  });

  it('a retry, "Analyze anyway" or a refresh asks the worker again', async () => {
    const { api, calls } = fakeApi(3);
    const wrapped = withEarlyRequest(api, sendEarly(api));
    await wrapped.analyzeTab(3, false);
    await wrapped.analyzeTab(3, false);
    await wrapped.analyzeTab(3, true);
    await wrapped.analyzeTab(3, false, true);
    await wrapped.getActiveTab();
    await wrapped.getActiveTab();
    expect(calls).toEqual({ tabs: 2, analyses: ['3', '3', '3 force', '3 refresh'], injected: [3] });
  });

  it('another tab is not answered with this one’s analysis', async () => {
    const { api, calls } = fakeApi(3);
    const wrapped = withEarlyRequest(api, sendEarly(api));
    expect(await wrapped.analyzeTab(9, false)).toEqual(answerFor(9, 2));
    expect(calls.analyses).toEqual(['3', '9']);
  });

  it('with no active tab, nothing is sent early and the App’s own path decides', async () => {
    const { api, calls } = fakeApi(null);
    const wrapped = withEarlyRequest(api, sendEarly(api));
    expect(await wrapped.getActiveTab()).toBeNull();
    expect(calls.analyses).toEqual([]);
    expect(calls.injected).toEqual([]);
  });

  it('a page the browser will not run the content script in still gets the worker’s answer (and its reason)', async () => {
    const { api, calls } = fakeApi(3);
    (api as unknown as { injectContentScript: () => Promise<void> }).injectContentScript = () =>
      Promise.reject(new Error('Cannot access a chrome:// URL'));
    const wrapped = withEarlyRequest(api, sendEarly(api));
    expect(await wrapped.analyzeTab(3, false)).toEqual(answerFor(3, 1));
    expect(calls.analyses).toEqual(['3']);
  });

  it('the head script’s request is taken once by the popup’s modules', () => {
    const { api } = fakeApi(3);
    const early = sendEarly(api);
    publishEarly(early);
    expect(takeEarly()).toBe(early);
    expect(takeEarly()).toBeNull();
  });

  it('a failed early request reaches the App as that request’s failure, and is reported nowhere else', async () => {
    const { api } = fakeApi(3);
    api.analyzeTab = async () => Promise.reject(new Error('worker gone'));
    const wrapped = withEarlyRequest(api, sendEarly(api));
    await expect(wrapped.analyzeTab(3, false)).rejects.toThrow('worker gone');
  });
});
