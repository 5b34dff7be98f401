import { describe, expect, it } from 'vitest';
import { TabAnalyzer, type TabDriver } from '../utils/worker/analyze-tab';

const SELLS = [
  'Privacy Policy',
  'This privacy policy explains how we collect, use and share personal information when you use our website.',
  'We may sell your personal information to third-party marketing partners and data brokers.',
  'We use cookies and Google Analytics to track your activity across websites.',
  'We retain your personal information for 90 days after you close your account.',
].join('\n');

type Step = 'extract' | 'settings' | 'highlight' | 'setBadge';
type Writes = { badge: Array<string | null>; highlighted: number; cleared: number };

/**
 * A tab that navigates (new URL, the worker told through forget()), reloads (same URL, forget()) or calls
 * pushState (new URL, no forget()) at one step of the analysis.
 */
function tabThatMoves(at: Step, how: 'navigate' | 'reload' | 'pushState') {
  let url = 'https://shop.test/privacy';
  const writes: Writes = { badge: [], highlighted: 0, cleared: 0 };
  const move = () => {
    if (how !== 'reload') url = how === 'navigate' ? 'https://other.test/' : 'https://shop.test/privacy#/terms';
    if (how !== 'pushState') analyzer.forget(1);
  };
  const driver: TabDriver = {
    getTab: async () => ({ url, title: 'Privacy' }),
    inject: async () => {},
    extract: async () => {
      if (at === 'extract') move();
      return { text: SELLS, title: 'Privacy', url, lang: 'en', method: 'body', policyLink: null, contentType: 'text/html' };
    },
    settings: async () => {
      if (at === 'settings') move();
      return { highlightEvidence: true, toolbarBadge: true, minConfidence: 0 };
    },
    highlight: async (_tab, requests) => {
      if (at === 'highlight') move();
      writes.highlighted += requests.length;
      return requests.length;
    },
    clearHighlights: async () => void writes.cleared++,
    setBadge: async (_tab, badge) => {
      if (at === 'setBadge' && badge) move();
      writes.badge.push(badge?.text ?? null);
    },
  };
  const analyzer = new TabAnalyzer(driver);
  return { analyzer, writes };
}

describe('TabAnalyzer: a page that changes during the analysis', () => {
  for (const how of ['navigate', 'reload', 'pushState'] as const) {
    for (const at of ['extract', 'settings', 'highlight', 'setBadge'] as const) {
      it(`${how} at ${at}: no badge, highlight or cache is left for the old document`, async () => {
        const { analyzer, writes } = tabThatMoves(at, how);
        const result = await analyzer.analyze(1);
        expect(result).toMatchObject({ kind: 'error', message: expect.stringMatching(/page changed while PolicyLens was reading it/) });
        // The last badge written (if any) is the cleared one, never the old page's count.
        expect(writes.badge.at(-1) ?? null).toBeNull();
        if (at === 'highlight') expect(writes.cleared).toBeGreaterThanOrEqual(2);
        else if (at !== 'setBadge') expect(writes.highlighted).toBe(0);
        expect(analyzer.cachedCount).toBe(0);
      });
    }
  }

  for (const at of ['extract', 'settings', 'highlight', 'setBadge'] as const) {
    it(`navigate at ${at}: the early answer never shows the old page's verdicts as the new page's`, async () => {
      const { analyzer } = tabThatMoves(at, 'navigate');
      const [first, done] = await Promise.all([analyzer.analyzeFirst(1), analyzer.analyze(1)]);
      expect(done).toMatchObject({ kind: 'error', message: expect.stringMatching(/page changed/) });
      // Moved before the verdicts were known: no verdicts at all; moved while they were shown: the popup's second
      // question (finished) gets the error that replaces them.
      if (at === 'extract' || at === 'settings') expect(first).toEqual(done);
      else expect(first).toMatchObject({ kind: 'report', pending: true });
    });
  }

  it('still badges, highlights and caches when nothing moved', async () => {
    const { analyzer, writes } = tabThatMoves('extract', 'navigate');
    const calm = new TabAnalyzer({
      ...(analyzer as unknown as { driver: TabDriver }).driver,
      extract: async () => ({
        text: SELLS,
        title: 'Privacy',
        url: 'https://shop.test/privacy',
        lang: 'en',
        method: 'body',
        policyLink: null,
        contentType: 'text/html',
      }),
    });
    const result = await calm.analyze(1);
    expect(result.kind).toBe('report');
    expect(Number(writes.badge.at(-1))).toBeGreaterThanOrEqual(1);
    expect(writes.highlighted).toBeGreaterThan(0);
    expect(calm.cachedCount).toBe(1);
  });
});
