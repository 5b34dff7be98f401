import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TabAnalyzer, type TabDriver } from '../../utils/worker/analyze-tab';
import type { AnalysisToRemember } from '../../utils/history/remember';

const POLICY = [
  'Privacy Policy',
  'Last updated: January 5, 2026',
  'This privacy policy explains how we collect, use and share personal information when you use our website and services.',
  'We do not sell your personal information to anyone.',
  'We retain your personal information for 90 days after you close your account.',
  'You can contact us about this privacy policy by e-mail at privacy@example.test.',
].join('\n');

function driver(text: () => string, remembered: AnalysisToRemember[], remember?: TabDriver['remember']): TabDriver {
  return {
    getTab: async () => ({ url: 'https://example.test/privacy?utm_source=x#top', title: 'Privacy' }),
    inject: async () => {},
    extract: async () => ({
      text: text(),
      title: 'Privacy',
      url: 'https://example.test/privacy',
      lang: 'en',
      method: 'readability',
      policyLink: null,
    }),
    highlight: async (_t, r) => r.length,
    clearHighlights: async () => {},
    setBadge: async () => {},
    settings: async () => ({ highlightEvidence: true, toolbarBadge: true, minConfidence: 0 }),
    remember:
      remember ??
      (async (analysis) => {
        remembered.push(analysis);
        const { rememberAnalysis } = await import('../../utils/history/remember');
        return rememberAnalysis(analysis, '0.1.0');
      }),
  };
}

beforeEach(() => {
  vi.stubGlobal('chrome', fakeBrowser);
  fakeBrowser.reset();
});
afterAll(() => vi.unstubAllGlobals());

describe('the worker remembers each analysis and attaches how it compares', () => {
  it('first visit, then unchanged after a new "last updated" date, then changed with the selling verdict', async () => {
    let text = POLICY;
    const remembered: AnalysisToRemember[] = [];
    const analyzer = new TabAnalyzer(driver(() => text, remembered));
    const first = await analyzer.analyze(1, true);
    expect(first.kind === 'report' && first.change).toEqual({ state: 'first-visit' });
    expect(remembered[0]!.text).toBe(POLICY);

    text = POLICY.replace('January 5, 2026', 'February 9, 2026');
    const second = await analyzer.analyze(1, true);
    expect(second.kind === 'report' && second.change?.state).toBe('unchanged');

    text = POLICY.replace(
      'We do not sell your personal information to anyone.',
      'We may sell your personal information to marketing partners.',
    );
    const third = await analyzer.analyze(1, true);
    expect(third.kind === 'report' && third.change).toMatchObject({
      state: 'changed',
      verdicts: expect.arrayContaining([{ practice: 'selling', before: 'does-not-sell', after: 'sells' }]),
    });

    const { loadHistory } = await import('../../utils/history/history-store');
    const history = await loadHistory();
    // Remembered under the normalized address: no fragment, no campaign parameter.
    expect(history.policies.map((p) => p.url)).toEqual(['https://example.test/privacy']);
    expect(history.policies[0]!.versions).toHaveLength(2);
  });

  it('memory off (remember answers null) or failing: the report comes without a change, never an error', async () => {
    const off = await new TabAnalyzer(
      driver(
        () => POLICY,
        [],
        async () => null,
      ),
    ).analyze(1);
    expect(off.kind).toBe('report');
    expect(off.kind === 'report' && 'change' in off).toBe(false);
    const failing = await new TabAnalyzer(
      driver(
        () => POLICY,
        [],
        async () => Promise.reject(new Error('quota')),
      ),
    ).analyze(1);
    expect(failing.kind).toBe('report');
    expect(failing.kind === 'report' && 'change' in failing).toBe(false);
  });
});
