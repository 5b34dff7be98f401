import { browser } from 'wxt/browser';

/**
 * Resolves true once the tab has started and then finished loading a page, false after `timeoutMs`
 * or when the tab closes. Call it before navigating, so a fast load is not missed.
 */
export function tabLoaded(tabId: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let started = false;
    const done = (ok: boolean) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve(ok);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId) return;
      if (change.status === 'loading') started = true;
      else if (change.status === 'complete' && started) done(true);
    };
    const onRemoved = (id: number) => id === tabId && done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
  });
}
