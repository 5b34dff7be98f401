import { describe, expect, it, vi } from 'vitest';
import { analyze, PRACTICES } from '../analyzer/index';
import { highlightRequests, toolbarBadge } from '../utils/highlight-requests';
import { quotableEvidence } from '../utils/evidence-quality';
import { toneFor } from '../utils/verdict-answers';
import {
  fewerWordsThan,
  HIGHLIGHTS_WAIT_FOR_POPUP_MS,
  MAX_TEXT_CHARS,
  TabAnalyzer,
  type RuntimeSettings,
  type TabDriver,
} from '../utils/worker/analyze-tab';
import type { HighlightRequest, PageExtraction } from '../utils/tab-analysis';
import { guessLanguage } from '../analyzer/language';
import { FORBIDDEN_MESSAGES, restrictionOf, restrictionOfInjectError } from '../utils/worker/restricted-pages';

const POLICY = [
  'Privacy Policy',
  'This privacy policy explains how we collect, use and share personal information when you use our website and services.',
  'We use cookies and similar technologies, including Google Analytics and advertising partners, to track your activity across websites.',
  'We may sell your personal information to third-party marketing partners.',
  'We retain your personal information for 90 days after you close your account.',
  'Our services are not directed to children under 13 years of age, and we do not knowingly collect their personal information.',
  'You can contact us about this privacy policy by e-mail. We may update this privacy policy from time to time.',
].join('\n');

const PRODUCT_PAGE =
  'Garden Hose Deluxe\nOur hose is fifty feet long and made of rubber that stays flexible in the cold. It ships in two days and comes in green, blue and red. Read the reviews below and order today to get free shipping on your first order with the store.';

type Calls = {
  inject: number;
  extract: number;
  highlight: HighlightRequest[][];
  clear: number;
  badge: Array<{ text: string; color: string } | null>;
};

function fakeDriver(
  page: Partial<PageExtraction> & { url?: string },
  opts: { injectFails?: boolean; settings?: Partial<RuntimeSettings> } = {},
) {
  const calls: Calls = { inject: 0, extract: 0, highlight: [], clear: 0, badge: [] };
  let url = page.url ?? 'https://example.test/privacy';
  const driver: TabDriver = {
    getTab: async () => ({ url, title: 'Tab title' }),
    inject: async () => {
      calls.inject++;
      if (opts.injectFails) throw new Error('Cannot access contents of the page');
    },
    extract: async () => {
      calls.extract++;
      return {
        text: POLICY,
        title: 'Privacy',
        url,
        lang: 'en',
        method: 'readability',
        policyLink: null,
        contentType: 'text/html',
        ...page,
      };
    },
    highlight: async (_tab, requests) => {
      calls.highlight.push(requests);
      return requests.length;
    },
    clearHighlights: async () => {
      calls.clear++;
    },
    setBadge: async (_tab, badge) => {
      calls.badge.push(badge);
    },
    settings: async () => ({ highlightEvidence: true, toolbarBadge: true, minConfidence: 0, ...opts.settings }),
  };
  return { driver, calls, navigate: (to: string) => (url = to) };
}

describe('TabAnalyzer', () => {
  it('a run that fails unexpectedly rejects the caller, once: no unhandled rejection of its early answer', async () => {
    const { driver } = fakeDriver({});
    driver.settings = () => {
      throw new Error('storage is gone');
    };
    const analyzer = new TabAnalyzer(driver);
    await expect(analyzer.analyze(1)).rejects.toThrow('storage is gone');
    // Unhandled rejections are reported by vitest after a turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('names the trackers the page loads and keeps only well-formed http(s) action links from the page script', async () => {
    const { driver, calls } = fakeDriver({
      resourceHosts: ['static.hotjar.com', 'cdn.example.net', 'www.google-analytics.com', 42 as unknown as string],
      links: [
        { text: 'Do Not Sell', href: 'javascript:alert(1)', rel: false, footer: true, header: false, banner: false },
        { text: 'Privacy settings', href: 'https://example.test/account/privacy', rel: false, footer: false, header: false, banner: false },
        { text: 'Opt out', href: 'https://evil.example/', rel: false, footer: false, header: false, banner: false },
      ],
    });
    const result = await new TabAnalyzer(driver).analyze(1);
    if (result.kind !== 'report') throw new Error(result.kind);
    expect(result.pageTrackers).toEqual(['Google Analytics', 'Hotjar']);
    expect(result.actionLinks).toEqual([{ kind: 'settings', text: 'Privacy settings', href: 'https://example.test/account/privacy' }]);
    // The icon's title carries the findings in words.
    expect(calls.badge.at(-1)).toMatchObject({ title: expect.stringContaining('Sells or shares your data') });
  });

  it('reads the settings and the page resources beside the extraction, and remembers beside highlighting, not one after another', async () => {
    const { driver } = fakeDriver({});
    const events: string[] = [];
    const extract = driver.extract;
    driver.extract = async (tab) => {
      events.push('extract:start');
      await new Promise((r) => setTimeout(r, 5));
      events.push('extract:end');
      return extract(tab);
    };
    driver.settings = async () => (events.push('settings'), { highlightEvidence: true, toolbarBadge: true, minConfidence: 0 });
    driver.resourceUrls = async () => (events.push('resources'), []);
    const highlight = driver.highlight;
    driver.highlight = async (tab, requests) => {
      events.push('highlight:start');
      await new Promise((r) => setTimeout(r, 5));
      events.push('highlight:end');
      return highlight(tab, requests);
    };
    driver.remember = async () => (events.push('remember'), null);
    const result = await new TabAnalyzer(driver).analyze(1);
    expect(result.kind).toBe('report');
    const at = (e: string) => events.indexOf(e);
    expect(at('settings')).toBeLessThan(at('extract:end'));
    expect(at('resources')).toBeLessThan(at('extract:end'));
    expect(at('remember')).toBeGreaterThan(-1);
    expect(at('remember')).toBeLessThan(at('highlight:end'));
  });

  it('hands the pending extraction to the warm-up, which runs before the extraction answers', async () => {
    const { driver } = fakeDriver({});
    const seen: string[] = [];
    const extract = driver.extract;
    driver.extract = async (tab) => (seen.push('extract'), extract(tab));
    const whileExtracting = async (pending: Promise<unknown>) => {
      seen.push('warm-up');
      await pending;
      seen.push('extraction answered');
    };
    const result = await new TabAnalyzer(driver, Date.now, undefined, whileExtracting).analyze(1);
    expect(result.kind).toBe('report');
    expect(seen).toEqual(['extract', 'warm-up', 'extraction answered']);
  });

  it('reads the page through a content script already in the tab (the popup ran it) without injecting again', async () => {
    const { driver, calls } = fakeDriver({});
    const present: Array<PageExtraction | null> = [null];
    driver.extractIfPresent = async (tab) => (present.length ? present.shift()! : driver.extract(tab));
    const analyzer = new TabAnalyzer(driver);
    // None answers on a fresh page: injected, then read.
    expect((await analyzer.analyze(1)).kind).toBe('report');
    expect(calls).toMatchObject({ inject: 1, extract: 1 });
    // One answers ("Analyze again" on the same document): read through it, no second injection.
    expect((await analyzer.analyze(1, true)).kind).toBe('report');
    expect(calls).toMatchObject({ inject: 1, extract: 2 });
  });

  it('still says why the browser refused a page when no content script answered', async () => {
    const { driver } = fakeDriver({ url: 'https://example.test/' }, { injectFails: true });
    driver.extractIfPresent = async () => null;
    const result = await new TabAnalyzer(driver).analyze(1);
    expect(result).toMatchObject({ kind: 'unsupported', reason: 'forbidden' });
  });

  it('analyzes a policy, highlights every evidence sentence and badges the concerns', async () => {
    const { driver, calls } = fakeDriver({});
    const result = await new TabAnalyzer(driver).analyze(1);
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.report.isPolicy).toBe(true);
    expect(result.report.practices.selling.verdict).toBe('sells');
    const requests = calls.highlight[0]!;
    expect(requests.some((r) => r.practice === 'selling' && r.tone === 'bad' && POLICY.includes(r.text))).toBe(true);
    expect(result.highlighted).toBe(requests.length);
    // tracking (third-party) and selling (sells) at least are concerns.
    expect(Number(calls.badge.at(-1)!.text)).toBeGreaterThanOrEqual(2);
  });

  it('serves the cache for the same URL, and re-analyzes after a URL change or with force', async () => {
    const { driver, calls, navigate } = fakeDriver({});
    const analyzer = new TabAnalyzer(driver);
    await analyzer.analyze(1);
    const again = await analyzer.analyze(1);
    expect(again.kind === 'report' && again.fromCache).toBe(true);
    expect(calls.extract).toBe(1);
    await analyzer.analyze(1, true);
    expect(calls.extract).toBe(2);
    navigate('https://example.test/other');
    const moved = await analyzer.analyze(1);
    expect(moved.kind === 'report' && moved.fromCache).toBe(false);
    analyzer.forget(1);
    await analyzer.analyze(1);
    expect(calls.extract).toBe(4);
  });

  it('shares one run between concurrent requests for a tab', async () => {
    const { driver, calls } = fakeDriver({});
    const analyzer = new TabAnalyzer(driver);
    await Promise.all([analyzer.analyze(1), analyzer.analyze(1)]);
    expect(calls.extract).toBe(1);
  });

  it('answers with the verdicts before the page is highlighted, and gives the complete result to `finished`', async () => {
    const { driver, calls } = fakeDriver({});
    let release!: () => void;
    const highlighted = new Promise<void>((resolve) => (release = resolve));
    const draw = driver.highlight;
    driver.highlight = async (tab, requests) => (await highlighted, draw(tab, requests));
    const analyzer = new TabAnalyzer(driver);
    const first = await analyzer.analyzeFirst(1);
    // The highlights are still waiting: the verdicts came without them, marked pending.
    expect(first).toMatchObject({ kind: 'report', pending: true });
    expect(first.kind === 'report' && first.report.practices.selling.verdict).toBe('sells');
    expect(first.kind === 'report' && first.highlighted).toBeUndefined();
    expect(calls.badge).toEqual([]);
    release();
    const done = await analyzer.finished(1)!;
    expect(done).toMatchObject({ kind: 'report', highlighted: calls.highlight[0]!.length });
    expect(done.kind === 'report' && done.pending).toBeUndefined();
    expect(calls.badge).toHaveLength(1);
    // The cache holds the complete result, never the pending one.
    expect(await analyzer.analyzeFirst(1)).toMatchObject({ fromCache: true, highlighted: calls.highlight[0]!.length });
    expect(await analyzer.analyzeFirst(1)).not.toHaveProperty('pending');
  });

  it('highlights the page once the popup has shown the verdicts (it asks for the rest), not while it renders them', async () => {
    const { driver, calls } = fakeDriver({});
    const analyzer = new TabAnalyzer(driver);
    await analyzer.analyzeFirst(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.highlight).toHaveLength(0);
    // Asked: drawn now, not when the wait for a silent popup runs out.
    const asked = Date.now();
    const done = await analyzer.finished(1)!;
    expect(done).toMatchObject({ kind: 'report', highlighted: calls.highlight[0]!.length });
    expect(Date.now() - asked).toBeLessThan(HIGHLIGHTS_WAIT_FOR_POPUP_MS - 100);
  });

  it('highlights anyway when the popup never says (it closed), and at once when no popup waits', async () => {
    const { driver, calls } = fakeDriver({});
    const started = Date.now();
    await new TabAnalyzer(driver).analyzeFirst(1);
    await vi.waitFor(() => expect(calls.highlight).toHaveLength(1), { timeout: HIGHLIGHTS_WAIT_FOR_POPUP_MS * 8 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(HIGHLIGHTS_WAIT_FOR_POPUP_MS - 5);
    const other = fakeDriver({});
    let highlightedAt = 0;
    const draw = other.driver.highlight;
    other.driver.highlight = async (tab, requests) => ((highlightedAt = Date.now()), draw(tab, requests));
    const plain = Date.now();
    await new TabAnalyzer(other.driver).analyze(1);
    expect(highlightedAt - plain).toBeLessThan(HIGHLIGHTS_WAIT_FOR_POPUP_MS);
  });

  it('answers a state (an empty page) once, never pending, and forgets a tab’s runs on navigation', async () => {
    const { driver } = fakeDriver({ text: 'Nothing here yet.' });
    const analyzer = new TabAnalyzer(driver);
    const first = await analyzer.analyzeFirst(1);
    expect(first).toMatchObject({ kind: 'unsupported', reason: 'empty' });
    expect(first).not.toHaveProperty('pending');
    expect(analyzer.finished(1)).not.toBeNull();
    expect(analyzer.finished(1, true)).toBeNull();
    analyzer.forget(1);
    expect(analyzer.finished(1)).toBeNull();
  });

  it('refuses browser pages and stores by URL, without injecting', async () => {
    for (const url of ['chrome://settings/', 'view-source:https://a.test/', 'https://chromewebstore.google.com/detail/x', 'about:blank']) {
      const { driver, calls } = fakeDriver({ url });
      const result = await new TabAnalyzer(driver).analyze(1);
      expect(result.kind === 'unsupported' && result.reason).toBe('forbidden');
      expect(calls.inject).toBe(0);
    }
  });

  it('reports an injection the browser refuses as forbidden, naming the kind of page when the error does', async () => {
    const { driver } = fakeDriver({ url: 'https://example.test/' }, { injectFails: true });
    const result = await new TabAnalyzer(driver).analyze(1);
    expect(result).toMatchObject({ kind: 'unsupported', reason: 'forbidden', message: FORBIDDEN_MESSAGES.injectFailed });
    expect(restrictionOfInjectError(new Error('Cannot access a chrome:// URL')).message).toBe(FORBIDDEN_MESSAGES.browserPage);
    expect(restrictionOfInjectError(new Error('The extensions gallery cannot be scripted.')).message).toBe(FORBIDDEN_MESSAGES.store);
  });

  it('says PDF for a PDF viewer document, not for an HTML page whose URL ends in .pdf (replaceState)', async () => {
    expect(await new TabAnalyzer(fakeDriver({ url: 'https://a.test/privacy.pdf' }).driver).analyze(1)).toMatchObject({ kind: 'report' });
    expect(await new TabAnalyzer(fakeDriver({ contentType: 'application/pdf', text: '' }).driver).analyze(1)).toMatchObject({
      reason: 'pdf',
    });
  });

  it('tells a page of fewer than 20 words from its start, and counts the rest only when the start has too few', () => {
    expect(fewerWordsThan('Menu Home About', 20)).toBe(true);
    expect(fewerWordsThan('word '.repeat(20), 20)).toBe(false);
    expect(fewerWordsThan('word '.repeat(19), 20)).toBe(true);
    // Words only after a long blank start: the whole text decides.
    expect(fewerWordsThan(`${' '.repeat(5000)}${'word '.repeat(20)}`, 20)).toBe(false);
    expect(fewerWordsThan(`${'-'.repeat(5000)} ${'word '.repeat(19)}`, 20)).toBe(true);
  });

  it('says empty for a page without text', async () => {
    expect(await new TabAnalyzer(fakeDriver({ text: '  \n Menu ' }).driver).analyze(1)).toMatchObject({
      kind: 'unsupported',
      reason: 'empty',
    });
  });

  it('gives no verdicts on a non-English page, naming the language', async () => {
    const german =
      'Wir verarbeiten Ihre personenbezogenen Daten nur, wenn Sie uns die Erlaubnis geben. Die Daten werden nicht an Dritte verkauft und wir speichern sie für die Dauer der Nutzung. '.repeat(
        4,
      );
    const result = await new TabAnalyzer(fakeDriver({ text: german, lang: 'de' }).driver).analyze(1);
    expect(result).toMatchObject({ kind: 'unsupported', reason: 'language' });
    expect(result.kind === 'unsupported' && result.message).toContain('German');
  });

  it('returns the not-a-policy state with the policy link, without highlights or badge, unless forced', async () => {
    const link = { text: 'Privacy Policy', href: 'https://example.test/privacy' };
    const { driver, calls } = fakeDriver({ text: PRODUCT_PAGE, policyLink: link });
    const analyzer = new TabAnalyzer(driver);
    const result = await analyzer.analyze(1);
    expect(result).toMatchObject({ kind: 'report', policyLink: link, report: { isPolicy: false } });
    expect(calls.highlight).toHaveLength(0);
    expect(calls.badge.at(-1)).toBeNull();
    await analyzer.analyze(1, true);
    expect(calls.highlight).toHaveLength(1);
    expect(calls.badge.at(-1)).not.toBeNull();
  });

  it('cuts a huge page and says so', async () => {
    const huge = (POLICY + '\n').repeat(Math.ceil((MAX_TEXT_CHARS * 1.2) / POLICY.length));
    const result = await new TabAnalyzer(fakeDriver({ text: huge }).driver).analyze(1);
    expect(result.kind === 'report' && result.notice).toMatch(/first 2 MB/);
    expect(result.kind === 'report' && result.report.wordCount).toBeLessThan(huge.split(/\s+/).length);
  });

  it('honours the settings: no highlights, no badge, no low-confidence highlights', async () => {
    const off = fakeDriver({}, { settings: { highlightEvidence: false, toolbarBadge: false } });
    await new TabAnalyzer(off.driver).analyze(1);
    expect(off.calls.highlight).toHaveLength(0);
    expect(off.calls.badge.at(-1)).toBeNull();
    const strict = fakeDriver({}, { settings: { minConfidence: 1.1 } });
    await new TabAnalyzer(strict.driver).analyze(1);
    expect(strict.calls.highlight[0]).toEqual([]);
  });

  it('turns an extraction failure into an error with a message', async () => {
    const { driver } = fakeDriver({});
    driver.extract = async () => {
      throw new Error('no receiver');
    };
    const result = await new TabAnalyzer(driver).analyze(1);
    expect(result.kind === 'error' && result.message).toMatch(/could not read this page: no receiver/);
  });
});

describe('page language', () => {
  it('recognises English and other languages from the text', () => {
    expect(guessLanguage(POLICY)).toBe('en');
    expect(guessLanguage('Nous utilisons vos données pour vous fournir le service et nous ne les vendons pas. '.repeat(5))).toBe('fr');
    expect(guessLanguage('too short')).toBeNull();
  });
  it('trusts clear text over a wrong declaration, and the declaration when the text is too short', () => {
    expect(analyze(POLICY, { declaredLanguage: 'de' }).language).toBe('en');
    expect(analyze('Bonjour', { declaredLanguage: 'fr' }).language).toBe('fr');
    expect(analyze('Hello', { declaredLanguage: null }).language).toBe('en');
  });
});

describe('restrictionOf', () => {
  it('lets ordinary pages (and .pdf URLs) through and flags browser pages and stores', () => {
    expect(restrictionOf('https://example.test/privacy')).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/policy.html')).toBeNull();
    expect(restrictionOf('')).toBeNull();
    expect(restrictionOf('chrome://extensions')?.reason).toBe('forbidden');
    expect(restrictionOf('https://addons.mozilla.org/en-US/firefox/')?.reason).toBe('forbidden');
    // A .pdf URL decides nothing (a page can replaceState to one): the document's type does, after injection.
    expect(restrictionOf('https://example.test/legal/Privacy.PDF?v=2')).toBeNull();
  });
});

describe('toolbarBadge and highlightRequests', () => {
  it('counts the core answers that need attention (plus sharing for ads when it does not already sell), and shows a check mark when there are none', () => {
    const report = analyze(POLICY);
    const core = ['tracking', 'selling', 'retention', 'age'] as const;
    const bad = core.filter((id) => toneFor(PRACTICES[id] as never, report) === 'bad').length;
    const adsToo = report.practices.selling.verdict !== 'sells' && report.practices.sharing.verdict === 'advertising' ? 1 : 0;
    expect(bad).toBeGreaterThanOrEqual(2);
    expect(toolbarBadge(report)).toMatchObject({ text: String(bad + adsToo), color: '#c5221f' });
    const calm = analyze(
      'Privacy Policy\nWe do not use cookies. We do not sell your personal information. We never share it with advertisers. We delete your data after 30 days. You must be 16 or older to use the service.',
    );
    expect(toolbarBadge({ ...calm, isPolicy: true })).toMatchObject({ text: '✓', color: '#137333' });
    // "Analyze anyway" on a page that is not a policy: a grey "?", and the title says why.
    expect(toolbarBadge({ ...report, isPolicy: false })).toMatchObject({ text: '?', color: '#5f6368' });
    expect(toolbarBadge({ ...report, isPolicy: false }).title).toMatch(/may not be a privacy policy/);
  });

  it('asks for one highlight per evidence sentence, with the verdict label and reason from the registry', () => {
    const report = analyze(POLICY);
    const requests = highlightRequests(report, { minConfidence: 0 });
    const evidenceCount = Object.values(report.practices).reduce(
      (n, f) => n + (f.verdict === 'not-mentioned' ? 0 : quotableEvidence(f.evidence).length),
      0,
    );
    expect(requests).toHaveLength(evidenceCount);
    // One decisive (coloured) sentence per practice with evidence; the others are marked quietly.
    expect(new Set(requests.filter((r) => r.decisive).map((r) => r.practice)).size).toBe(requests.filter((r) => r.decisive).length);
    const selling = requests.find((r) => r.practice === 'selling')!;
    // Core practices carry the answer in words; the tooltip never repeats the practice's name as its verdict.
    expect(selling).toMatchObject({
      practiceTitle: PRACTICES.selling.title,
      verdictLabel: 'Sells or shares your data',
      tone: 'bad',
      decisive: true,
    });
    for (const r of requests) expect(r.verdictLabel, r.practice).not.toBe(r.practiceTitle);
    expect(POLICY.slice(selling.start, selling.end)).toBe(selling.text);
    expect(selling.reason.length).toBeGreaterThan(10);
    expect(highlightRequests(report, { minConfidence: 1.1 })).toEqual([]);
  });
});
