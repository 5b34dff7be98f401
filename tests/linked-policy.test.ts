import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../analyzer/index';
import { TabAnalyzer, type TabDriver } from '../utils/worker/analyze-tab';
import type { RawFetch } from '../utils/fetch-policy-page';
import { LINKED_SEARCH_MS, originPattern, readLinkedPolicy, type LinkedPolicyDriver } from '../utils/worker/linked-policy';
import type { LinkedExtraction, LinkedPageResult } from '../utils/page/linked-policy-page';
import { attemptMessage } from '../utils/linked-policy-text';
import type { HighlightRequest, PageExtraction } from '../utils/tab-analysis';
import type { PageLink } from '../utils/page-links';

const POLICY = [
  'Privacy Policy',
  'This privacy policy explains how Lumen Notes collects, uses and shares personal information when you use our apps and website.',
  'We use cookies and similar technologies, including Google Analytics and advertising partners, to track your activity across websites.',
  'We may sell your personal information to third-party marketing partners.',
  'We retain your personal information for 90 days after you close your account.',
  'Our services are not directed to children under 13 years of age.',
  'You can contact us about this privacy policy at privacy@lumen.example. We may update this privacy policy from time to time.',
].join('\n');
const GERMAN =
  'Datenschutzerklärung\nWir erheben und verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. Die Daten werden nicht an Dritte weitergegeben und nach Ablauf der Fristen gelöscht, soweit keine Aufbewahrungspflicht besteht.';
const ABOUT =
  'About Lumen\nLumen Notes was founded in a small office above a bakery by three friends who wanted a note app that stays out of the way and starts in a blink.';
const PRODUCT =
  'Lumen Notes for every device\nWrite quick notes, long drafts and checklists, and find them again in a second. Download the app for Windows, macOS and Linux today and start writing.';

const SHOP = 'http://shop.test';
const LEGAL = 'http://legal.test';
const page = (text: string): LinkedExtraction => ({ text, title: 'Page', lang: 'en', method: 'readability', signIn: false });
const ok = (url: string): RawFetch => ({ status: 200, finalUrl: url, redirected: false, type: 'text/html', body: '', truncated: false });

/** A fake site: each URL answers with a fetch result and, when readable, a page. */
function fakeLinked(site: Record<string, { fetch: RawFetch; page?: LinkedExtraction } | 'hang'>, allowed: string[] = []) {
  const calls = { inPage: [] as string[], inWorker: [] as string[], read: 0 };
  const driver: LinkedPolicyDriver = {
    fetchInPage: async (_tab, url) => {
      calls.inPage.push(url);
      const entry = site[url];
      if (entry === 'hang') return new Promise<LinkedPageResult>(() => {});
      if (!entry)
        return {
          fetch: { status: 404, finalUrl: url, redirected: false, type: 'text/plain', body: null, truncated: false },
          extraction: null,
        };
      return { fetch: entry.fetch, extraction: entry.page ?? null };
    },
    hasHostAccess: async (url) => allowed.includes(originPattern(url)),
    fetchInWorker: async (url) => {
      calls.inWorker.push(url);
      const entry = site[url];
      return entry && entry !== 'hang' ? entry.fetch : { error: 'unreachable' };
    },
    // The body the worker fetched last, read in the page.
    readInPage: async () => {
      calls.read++;
      const entry = site[calls.inWorker.at(-1)!];
      return entry && entry !== 'hang' && entry.page ? entry.page : page('');
    },
  };
  return { driver, calls };
}

const analyzeLinked = (e: LinkedExtraction, url: string) => analyze(e.text, { url, title: e.title, source: url, declaredLanguage: e.lang });
const link = (text: string, href: string) => ({ text, href });

afterEach(() => vi.useRealTimers());

describe('readLinkedPolicy', () => {
  it('reads the best same-origin link in the page and reports the policy it finds', async () => {
    const { driver, calls } = fakeLinked({ [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/legal/privacy`), page: page(POLICY) } });
    const outcome = await readLinkedPolicy({
      tabId: 1,
      pageUrl: `${SHOP}/`,
      candidates: [link('Privacy Policy', `${SHOP}/privacy`)],
      driver,
      analyze: analyzeLinked,
    });
    expect(outcome.found).toBe(true);
    if (!outcome.found) return;
    expect(outcome.source).toEqual({ text: 'Privacy Policy', href: `${SHOP}/privacy`, url: `${SHOP}/legal/privacy` });
    expect(outcome.report.practices.selling.verdict).toBe('sells');
    expect(calls.inWorker).toEqual([]);
  });

  it('tries the next candidate after a 404, a login wall, a PDF, a non-policy page and another language', async () => {
    const { driver } = fakeLinked({
      [`${SHOP}/gone`]: {
        fetch: { status: 404, finalUrl: `${SHOP}/gone`, redirected: false, type: 'text/html', body: null, truncated: false },
      },
      [`${SHOP}/members/privacy`]: {
        fetch: ok(`${SHOP}/members/privacy`),
        page: { ...page('Sign in to continue. Email. Password. Forgot your password?'), signIn: true },
      },
      [`${SHOP}/privacy.pdf`]: {
        fetch: { status: 200, finalUrl: `${SHOP}/privacy.pdf`, redirected: false, type: 'application/pdf', body: null, truncated: false },
      },
      [`${SHOP}/about`]: { fetch: ok(`${SHOP}/about`), page: page(ABOUT) },
      [`${SHOP}/de/datenschutz`]: { fetch: ok(`${SHOP}/de/datenschutz`), page: { ...page(GERMAN), lang: 'de' } },
    });
    const candidates = ['gone', 'members/privacy', 'privacy.pdf', 'about', 'de/datenschutz'].map((p) => link(p, `${SHOP}/${p}`));
    const outcome = await readLinkedPolicy({ tabId: 1, pageUrl: `${SHOP}/`, candidates, driver, analyze: analyzeLinked });
    expect(outcome.found).toBe(false);
    expect(outcome.attempts.map((a) => a.problem)).toEqual(['not-found', 'login', 'pdf', 'not-policy', 'language']);
    expect(outcome.attempts[0]!.status).toBe(404);
    expect(attemptMessage(outcome.attempts[4]!)).toContain('German');
  });

  it('stops at the first policy: later candidates are not fetched', async () => {
    const { driver, calls } = fakeLinked({
      [`${SHOP}/about`]: { fetch: ok(`${SHOP}/about`), page: page(ABOUT) },
      [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/privacy`), page: page(POLICY) },
    });
    const candidates = [link('Privacy', `${SHOP}/about`), link('Privacy Policy', `${SHOP}/privacy`), link('Datenschutz', `${SHOP}/ds`)];
    const outcome = await readLinkedPolicy({ tabId: 1, pageUrl: `${SHOP}/`, candidates, driver, analyze: analyzeLinked });
    expect(outcome.found && outcome.source.href).toBe(`${SHOP}/privacy`);
    expect(calls.inPage).toEqual([`${SHOP}/about`, `${SHOP}/privacy`]);
  });

  it('asks for permission for a policy on another origin and fetches nothing there until it is granted', async () => {
    const site = { [`${LEGAL}/privacy`]: { fetch: ok(`${LEGAL}/privacy`), page: page(POLICY) } };
    const declined = fakeLinked(site);
    const outcome = await readLinkedPolicy({
      tabId: 1,
      pageUrl: `${SHOP}/`,
      candidates: [link('Privacy', `${LEGAL}/privacy`)],
      driver: declined.driver,
      analyze: analyzeLinked,
    });
    expect(outcome).toMatchObject({ found: false, hostAccess: { origin: 'http://legal.test/*', link: { href: `${LEGAL}/privacy` } } });
    expect(declined.calls.inWorker).toEqual([]);
    expect(declined.calls.inPage).toEqual([]);

    const granted = fakeLinked(site, ['http://legal.test/*']);
    const after = await readLinkedPolicy({
      tabId: 1,
      pageUrl: `${SHOP}/`,
      candidates: [link('Privacy', `${LEGAL}/privacy`)],
      driver: granted.driver,
      analyze: analyzeLinked,
    });
    expect(after.found).toBe(true);
    // Fetched by the worker, read (parsed inert) in the page.
    expect(granted.calls.inWorker).toEqual([`${LEGAL}/privacy`]);
    expect(granted.calls.read).toBe(1);
  });

  it('a content script that never answers counts as a timeout, and the search moves on', async () => {
    vi.useFakeTimers();
    const { driver } = fakeLinked({ [`${SHOP}/slow`]: 'hang', [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/privacy`), page: page(POLICY) } });
    const run = readLinkedPolicy({
      tabId: 1,
      pageUrl: `${SHOP}/`,
      candidates: [link('Privacy', `${SHOP}/slow`), link('Privacy Policy', `${SHOP}/privacy`)],
      driver,
      analyze: analyzeLinked,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    const outcome = await run;
    expect(outcome.attempts[0]!.problem).toBe('timeout');
    expect(outcome.found).toBe(true);
  });

  it('the whole search has a deadline: candidates left after it are not tried', async () => {
    let clock = 0;
    const { driver, calls } = fakeLinked({ [`${SHOP}/about`]: { fetch: ok(`${SHOP}/about`), page: page(ABOUT) } });
    const slowDriver = {
      ...driver,
      fetchInPage: async (tab: number, url: string) => ((clock += LINKED_SEARCH_MS), driver.fetchInPage(tab, url)),
    };
    const outcome = await readLinkedPolicy({
      tabId: 1,
      pageUrl: `${SHOP}/`,
      candidates: [link('a', `${SHOP}/about`), link('b', `${SHOP}/privacy`)],
      driver: slowDriver,
      analyze: analyzeLinked,
      now: () => clock,
    });
    expect(calls.inPage).toEqual([`${SHOP}/about`]);
    expect(outcome.found).toBe(false);
  });
});

describe('TabAnalyzer with linked policies', () => {
  const footer = (href: string, text = 'Privacy Policy'): PageLink => ({
    text,
    href,
    rel: false,
    footer: true,
    header: false,
    banner: false,
  });

  function tabDriver(extraction: Partial<PageExtraction>, linked: LinkedPolicyDriver) {
    const calls = { highlight: [] as HighlightRequest[][], badge: [] as Array<{ text: string; color: string; title?: string } | null> };
    const driver: TabDriver = {
      getTab: async () => ({ url: `${SHOP}/`, title: 'Lumen Notes' }),
      inject: async () => {},
      extract: async () => ({
        text: PRODUCT,
        title: 'Lumen Notes',
        url: `${SHOP}/`,
        lang: 'en',
        method: 'body',
        policyLink: null,
        contentType: 'text/html',
        ...extraction,
      }),
      highlight: async (_tab, h) => (calls.highlight.push(h), h.length),
      clearHighlights: async () => {},
      setBadge: async (_tab, badge) => void calls.badge.push(badge),
      settings: async () => ({ highlightEvidence: true, toolbarBadge: true, minConfidence: 0 }),
      linked,
    };
    return { driver, calls };
  }

  it('a shop home page shows its linked policy’s verdicts, highlights nothing on the home page and marks the badge', async () => {
    const { driver: linked } = fakeLinked({ [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/privacy`), page: page(POLICY) } });
    const { driver, calls } = tabDriver({ links: [footer(`${SHOP}/terms`, 'Terms'), footer(`${SHOP}/privacy`)] }, linked);
    const result = await new TabAnalyzer(driver).analyze(3);
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.linked).toEqual({ text: 'Privacy Policy', href: `${SHOP}/privacy`, url: `${SHOP}/privacy` });
    expect(result.report.isPolicy).toBe(true);
    expect(result.report.url).toBe(`${SHOP}/privacy`);
    expect(result.policyLink).toEqual({ text: 'Privacy Policy', href: `${SHOP}/privacy` });
    expect(calls.highlight).toEqual([]);
    const badge = calls.badge.at(-1)!;
    expect(badge.text).toMatch(/^\d+↗$/);
    expect(badge.title).toContain(`${SHOP}/privacy`);
  });

  it('remembers a linked policy under its own URL and text, not the page that links to it', async () => {
    const { driver: linked } = fakeLinked({ [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/legal/privacy`), page: page(POLICY) } });
    const { driver } = tabDriver({ links: [footer(`${SHOP}/privacy`)] }, linked);
    const remembered: Array<{ url: string; text: string }> = [];
    driver.remember = async (a) => (remembered.push({ url: a.url, text: a.text }), null);
    await new TabAnalyzer(driver).analyze(3);
    expect(remembered).toEqual([{ url: `${SHOP}/legal/privacy`, text: POLICY }]);
  });

  it('refresh reads the linked policy again instead of answering from the cache', async () => {
    const { driver: linked, calls: linkedCalls } = fakeLinked({
      [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/privacy`), page: page(POLICY) },
    });
    const { driver } = tabDriver({ links: [footer(`${SHOP}/privacy`)] }, linked);
    const analyzer = new TabAnalyzer(driver);
    await analyzer.analyze(3);
    expect((await analyzer.analyze(3)).kind === 'report' && linkedCalls.inPage.length).toBe(1);
    const again = await analyzer.analyze(3, false, true);
    expect(again.kind === 'report' && !again.fromCache && again.linked?.url).toBe(`${SHOP}/privacy`);
    expect(linkedCalls.inPage).toHaveLength(2);
  });

  it('"Analyze anyway" (force) reads the page itself, not its link', async () => {
    const { driver: linked, calls: linkedCalls } = fakeLinked({
      [`${SHOP}/privacy`]: { fetch: ok(`${SHOP}/privacy`), page: page(POLICY) },
    });
    const { driver } = tabDriver({ links: [footer(`${SHOP}/privacy`)] }, linked);
    const result = await new TabAnalyzer(driver).analyze(3, true);
    expect(result.kind === 'report' && result.linked).toBeFalsy();
    expect(linkedCalls.inPage).toEqual([]);
  });

  it('a page with no policy link is the plain not-a-policy state', async () => {
    const { driver: linked, calls: linkedCalls } = fakeLinked({});
    const { driver, calls } = tabDriver({ links: [footer(`${SHOP}/about`, 'About us')] }, linked);
    const result = await new TabAnalyzer(driver).analyze(3);
    expect(result.kind === 'report' && result.report.isPolicy).toBe(false);
    expect(result.kind === 'report' && result.policyLink).toBeNull();
    expect(linkedCalls.inPage).toEqual([]);
    expect(calls.badge.at(-1)).toBeNull();
  });

  it('waits for a permission without caching, and resumes when the origin is granted while the popup is closed', async () => {
    const allowed: string[] = [];
    const { driver: linked } = fakeLinked({ [`${LEGAL}/privacy`]: { fetch: ok(`${LEGAL}/privacy`), page: page(POLICY) } }, allowed);
    const { driver } = tabDriver({ links: [footer(`${LEGAL}/privacy`)] }, linked);
    const analyzer = new TabAnalyzer(driver);
    const first = await analyzer.analyze(3);
    expect(first.kind === 'report' && first.hostAccess?.origin).toBe('http://legal.test/*');
    expect(analyzer.cachedCount).toBe(0);
    expect(analyzer.hostAccessGranted(['http://other.test/*'])).toEqual([]);
    allowed.push('http://legal.test/*');
    expect(analyzer.hostAccessGranted(['http://legal.test/*'])).toEqual([3]);
    await vi.waitFor(() => expect(analyzer.cachedCount).toBe(1));
    const again = await analyzer.analyze(3);
    expect(again.kind === 'report' && again.fromCache && again.linked?.url).toBe(`${LEGAL}/privacy`);
  });

  it('every failed candidate is reported for the popup to explain', async () => {
    const { driver: linked } = fakeLinked({ [`${SHOP}/about`]: { fetch: ok(`${SHOP}/about`), page: page(ABOUT) } });
    const { driver } = tabDriver({ links: [footer(`${SHOP}/privacy`), footer(`${SHOP}/about`, 'Privacy')] }, linked);
    const result = await new TabAnalyzer(driver).analyze(3);
    expect(result.kind === 'report' && result.linkAttempts?.map((a) => a.problem)).toEqual(['not-found', 'not-policy']);
  });
});
