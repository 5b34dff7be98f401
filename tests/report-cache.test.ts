import { describe, expect, it } from 'vitest';
import { CACHE_TTL_MS, MAX_CACHED_REPORTS, TabAnalyzer, type TabDriver } from '../utils/worker/analyze-tab';
import { FORBIDDEN_MESSAGES, restrictionOf } from '../utils/worker/restricted-pages';

const POLICY = [
  'Privacy Policy',
  'This privacy policy explains how we collect, use and share personal information when you use the service we run.',
  'We use cookies and advertising partners to track your activity across other websites for advertising.',
  'We keep your personal information for two years after you close your account, then delete it.',
  'You can contact us about this privacy policy at any time by writing to our privacy office.',
].join('\n');

function driver(extracts: number[]): TabDriver {
  return {
    getTab: async (tabId) => ({ url: `https://site${tabId}.test/privacy`, title: 'Privacy' }),
    inject: async () => {},
    extract: async (tabId) => {
      extracts.push(tabId);
      return {
        text: POLICY,
        title: 'Privacy',
        url: `https://site${tabId}.test/privacy`,
        lang: 'en',
        method: 'body',
        policyLink: null,
        contentType: 'text/html',
      };
    },
    highlight: async (_tab, requests) => requests.length,
    clearHighlights: async () => {},
    setBadge: async () => {},
    settings: async () => ({ highlightEvidence: true, toolbarBadge: true, minConfidence: 0 }),
  };
}

describe('the worker’s report cache', () => {
  it('keeps at most MAX_CACHED_REPORTS tabs, evicting the least recently used', async () => {
    const extracts: number[] = [];
    const analyzer = new TabAnalyzer(driver(extracts));
    for (let tab = 1; tab <= MAX_CACHED_REPORTS + 5; tab++) await analyzer.analyze(tab);
    expect(analyzer.cachedCount).toBe(MAX_CACHED_REPORTS);
    // Tab 6 is the oldest left; using it makes tab 7 the oldest.
    expect((await analyzer.analyze(6)).kind === 'report' && extracts.length).toBe(MAX_CACHED_REPORTS + 5);
    await analyzer.analyze(MAX_CACHED_REPORTS + 6);
    const before = extracts.length;
    const again6 = await analyzer.analyze(6);
    expect(again6.kind === 'report' && again6.fromCache).toBe(true);
    const again7 = await analyzer.analyze(7);
    expect(again7.kind === 'report' && again7.fromCache).toBe(false);
    expect(extracts.length).toBe(before + 1);
    const evicted = await analyzer.analyze(1);
    expect(evicted.kind === 'report' && evicted.fromCache).toBe(false);
  });

  it('analyzes again once a cached report is older than CACHE_TTL_MS', async () => {
    let clock = 1_000_000;
    const extracts: number[] = [];
    const analyzer = new TabAnalyzer(driver(extracts), () => clock);
    await analyzer.analyze(1);
    clock += CACHE_TTL_MS - 1;
    const fresh = await analyzer.analyze(1);
    expect(fresh.kind === 'report' && fresh.fromCache).toBe(true);
    clock += 2;
    const stale = await analyzer.analyze(1);
    expect(stale.kind === 'report' && stale.fromCache).toBe(false);
    expect(extracts).toEqual([1, 1]);
  });
});

describe('restricted pages', () => {
  it('treats the Chrome Web Store (new and old addresses) as forbidden without trying to inject', () => {
    expect(restrictionOf('https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop')).toEqual({
      reason: 'forbidden',
      message: FORBIDDEN_MESSAGES.store,
    });
    expect(restrictionOf('https://chrome.google.com/webstore/category/extensions')?.message).toBe(FORBIDDEN_MESSAGES.store);
    expect(restrictionOf('https://microsoftedge.microsoft.com/addons/detail/x')?.message).toBe(FORBIDDEN_MESSAGES.store);
    // A look-alike host is an ordinary site.
    expect(restrictionOf('https://chromewebstore.google.com.evil.test/privacy')).toBeNull();
  });
});
