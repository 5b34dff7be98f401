// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn(async (..._args: unknown[]) => ({ kind: 'error', message: 'x', page: null }));
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
vi.mock('../utils/messages', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

// WXT storage (imported for settings) reads the extension API as it loads.
vi.stubGlobal('chrome', fakeBrowser);
const { createBrowserPopupApi } = await import('../utils/popup/popup-api');

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockClear();
});

describe('the real popup API', () => {
  it('asks the background to analyze a tab, with force only for "analyze anyway"', async () => {
    const api = createBrowserPopupApi();
    await api.analyzeTab(7, false);
    await api.analyzeTab(7, true);
    expect(sendMessage.mock.calls).toEqual([
      ['analyzeTab', { tabId: 7 }],
      ['analyzeTab', { tabId: 7, force: true }],
    ]);
  });

  it('asks the content script in that tab to scroll to an evidence start', async () => {
    await createBrowserPopupApi().scrollToEvidence(7, 1234);
    expect(sendMessage).toHaveBeenCalledWith('scrollToEvidence', { start: 1234 }, 7);
  });

  it('reads the active tab of the current window, and null when there is none', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValueOnce([{ id: 5, url: 'https://acme.example/privacy', title: 'Privacy' } as never]);
    expect(await createBrowserPopupApi().getActiveTab()).toEqual({ id: 5, url: 'https://acme.example/privacy', title: 'Privacy' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValueOnce([]);
    expect(await createBrowserPopupApi().getActiveTab()).toBeNull();
  });

  it('reads the settings from storage, with defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { expandEvidence: true } });
    expect(await createBrowserPopupApi().getSettings()).toMatchObject({ expandEvidence: true, highlightEvidence: true });
  });

  it('opens the policy link in the same tab and closes the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/', active: true });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await createBrowserPopupApi().openUrl(tab.id!, 'https://acme.example/privacy');
    expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe('https://acme.example/privacy');
    expect(close).toHaveBeenCalled();
  });
});
