/**
 * The worker's side of "analyze this tab": inject, extract, decide the state, analyze, highlight,
 * badge, cache. Browser calls go through a `TabDriver` so every state is tested without a browser.
 */
import { analyze, countWords } from '../../analyzer/index';
import { analyzeWithinBudget, DEFAULT_BUDGET, partialNotice, type Budget } from './analysis-budget';
import { trackersOfHosts } from '../../analyzer/tracker-hosts';
import { findActionLinks } from './page-actions';
import { thirdPartyHosts } from './page-resources';
import { highlightRequests, toolbarBadge } from '../highlight-requests';
import { MAX_LINKED_BYTES } from '../fetch-policy-page';
import { linkedBadge, readLinkedPolicy, type LinkedPolicyDriver } from './linked-policy';
import { LINKED_TEXT } from '../linked-policy-text';
import { rankPolicyLinks } from './policy-links';
import { pageIdentity } from '../page-identity';
import { showsReport } from '../report-gate';
import type { PolicyChange } from '../history/history-model';
import type { AnalysisToRemember } from '../history/remember';
import type { AnalysisResult, HighlightRequest, PageExtraction, PageInfo, PolicyLink } from '../tab-analysis';
import { t, uiLanguage } from '../i18n';
import { languageName } from '../page-language';
import { FORBIDDEN_MESSAGES, restrictionOf, restrictionOfInjectError } from './restricted-pages';
import { traceMark } from '../perf-trace';

export type TabDriver = {
  getTab(tabId: number): Promise<{ url: string; title: string } | null>;
  /** Runs the content script in the tab (it guards itself against a second run). */
  inject(tabId: number): Promise<void>;
  extract(tabId: number): Promise<PageExtraction>;
  /**
   * (optional) The page read by a content script already in the tab (the popup runs it as it opens; an earlier click
   * left it), without injecting it again; null when none answers, and the run injects it.
   */
  extractIfPresent?(tabId: number): Promise<PageExtraction | null>;
  highlight(tabId: number, highlights: HighlightRequest[]): Promise<number>;
  clearHighlights(tabId: number): Promise<void>;
  /** `null`: no badge, and the icon's default title; `title`: the icon's tooltip (the findings in words). */
  /** (optional) The URLs the page requested (its Resource Timing entries), read by a one-off function in the tab. */
  resourceUrls?(tabId: number): Promise<string[]>;
  setBadge(tabId: number, badge: { text: string; color: string; title?: string } | null): Promise<void>;
  /** The user's runtime settings (options page); `minConfidence`: findings below it are not highlighted. */
  settings(): Promise<RuntimeSettings>;
  /** (optional) Remembers the analysis when memory is on and says how it compares with the last read; null when off. */
  remember?(analysis: AnalysisToRemember): Promise<PolicyChange | null>;
  /** Fetching the site's linked policy from a page that is not one; without it, the not-a-policy state names the link only. */
  linked?: LinkedPolicyDriver;
};

/** Text beyond this is not analyzed (about 2 MB; real policies are well under 200 KB). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Fewer words than this is an empty page, not a short policy. */
export const MIN_WORDS = 20;

/** Whether `text` has fewer than `n` words, without counting all of a 2 MB page (its start usually settles it). */
export function fewerWordsThan(text: string, n: number): boolean {
  return countWords(text.slice(0, 64 * n)) < n && countWords(text) < n;
}
export type RuntimeSettings = { highlightEvidence: boolean; toolbarBadge: boolean; minConfidence: number };
const DEFAULTS: RuntimeSettings = { highlightEvidence: true, toolbarBadge: true, minConfidence: 0 };

type Cached = { url: string; at: number; result: Extract<AnalysisResult, { kind: 'report' }> };
/** Reports kept in the worker's memory (never on disk): at most this many tabs, the least recently used go first. */
export const MAX_CACHED_REPORTS = 20;
/** A cached report older than this is analyzed again (the page may have changed without a navigation). */
export const CACHE_TTL_MS = 30 * 60 * 1000;
/**
 * How long the page's highlights wait, at most, for the popup to say the verdicts are on screen (it asks for the
 * complete result then): drawing them meanwhile takes the CPU the popup's first render needs. A popup that closed
 * says nothing, and the highlights come this much later.
 */
export const HIGHLIGHTS_WAIT_FOR_POPUP_MS = 250;

export class TabAnalyzer {
  private cache = new Map<number, Cached>();
  private running = new Map<string, Run>();
  /** Each tab's latest run per flags, complete result included, until the tab navigates or closes (`finished`). */
  private latest = new Map<number, Map<string, Promise<AnalysisResult>>>();
  /** Bumped by every navigation of a tab: a run that saw another generation must not write (badge, highlights, cache). */
  private generation = new Map<number, number>();
  /** Tabs whose linked policy waits for the user's permission on its origin (pattern), resumed when it is granted. */
  private awaitingAccess = new Map<number, string>();
  /** Runs a popup waits on (by run key): called when it has shown their verdicts (`finished`), so the page's turn comes. */
  private verdictsShown = new Map<string, () => void>();

  constructor(
    private driver: TabDriver,
    private now: () => number = Date.now,
    private budget: Budget = DEFAULT_BUDGET,
    /** Given the page's pending extraction: work the worker can do while it waits (the analyzer's warm-up). */
    private whileExtracting: ((pending: Promise<unknown>) => Promise<unknown>) | null = null,
  ) {}

  /** How many reports are cached (tests). */
  get cachedCount(): number {
    return this.cache.size;
  }

  /** `force`: ignore the cache and the not-a-policy gate; `refresh`: ignore the cache only (a linked policy read again). */
  analyze(tabId: number, force = false, refresh = false): Promise<AnalysisResult> {
    return this.start(tabId, force, refresh).done;
  }

  /**
   * The verdicts as soon as they are known, marked `pending` while the highlights, the comparison with the last
   * read and the badge are still being done: the popup shows them at once and asks `finished` for the rest.
   */
  analyzeFirst(tabId: number, force = false, refresh = false): Promise<AnalysisResult> {
    return this.start(tabId, force, refresh, true).first;
  }

  /** The complete result of the tab's latest run with these flags (null: none known, e.g. the worker restarted). */
  finished(tabId: number, force = false, refresh = false): Promise<AnalysisResult> | null {
    // The popup asks once its verdicts are on screen: the page may be highlighted now.
    this.verdictsShown.get(`${tabId}:${runKey(force, refresh)}`)?.();
    return this.latest.get(tabId)?.get(runKey(force, refresh)) ?? null;
  }

  /** Settles when the popup has shown the verdicts (`finished`), or after HIGHLIGHTS_WAIT_FOR_POPUP_MS. */
  private popupShows(key: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, HIGHLIGHTS_WAIT_FOR_POPUP_MS);
      this.verdictsShown.set(key, () => (clearTimeout(timer), resolve()));
    });
  }

  /** `popup`: a popup waits for the verdicts (`analyzeFirst`); the page is highlighted once it has shown them. */
  private start(tabId: number, force: boolean, refresh: boolean, popup = false): Run {
    // Two popups (or a double click) share one run instead of racing on the page's highlights.
    const key = `${tabId}:${runKey(force, refresh)}`;
    const existing = this.running.get(key);
    if (existing) return existing;
    let answer!: (result: AnalysisResult) => void;
    let fail!: (error: unknown) => void;
    const first = new Promise<AnalysisResult>((resolve, reject) => ((answer = resolve), (fail = reject)));
    // A caller of `analyze` waits on `done` only: a failed run must not also surface as an unhandled `first`.
    first.catch(() => {});
    const shown = popup ? () => this.popupShows(key) : null;
    const done = this.run(tabId, force, refresh, (result) => answer({ ...result, pending: true }), shown).finally(() => {
      this.running.delete(key);
      this.verdictsShown.delete(key);
    });
    // A run that ends without an early answer (a state, the cache) answers with its result; a settled `first` ignores it.
    done.then(answer, fail);
    const handle = { first, done };
    this.running.set(key, handle);
    const runs = this.latest.get(tabId) ?? new Map<string, Promise<AnalysisResult>>();
    runs.set(runKey(force, refresh), done);
    this.latest.set(tabId, runs);
    return handle;
  }

  /** Drops what is known about a tab (navigation, close) and clears its badge. */
  forget(tabId: number, closed = false): void {
    this.cache.delete(tabId);
    this.latest.delete(tabId);
    this.generation.set(tabId, (this.generation.get(tabId) ?? 0) + 1);
    this.awaitingAccess.delete(tabId);
    if (!closed) void this.driver.setBadge(tabId, null).catch(() => {});
  }

  /**
   * The user allowed PolicyLens on some origins (the popup may have closed while the browser asked):
   * the tabs waiting for one of them are analyzed again now, so the report is ready when the popup opens.
   */
  hostAccessGranted(origins: string[]): number[] {
    const resumed: number[] = [];
    for (const [tabId, pattern] of this.awaitingAccess) {
      if (!origins.includes(pattern)) continue;
      this.awaitingAccess.delete(tabId);
      this.cache.delete(tabId);
      resumed.push(tabId);
      void this.analyze(tabId).catch(() => {});
    }
    return resumed;
  }

  /** Not a policy, but it links to one: fetch, read and analyze the best link that works. */
  private async withLinkedPolicy(
    tabId: number,
    result: ReportResult,
    candidates: PolicyLink[],
    driver: LinkedPolicyDriver,
  ): Promise<{ result: ReportResult; text: string | null }> {
    let text: string | null = null;
    const outcome = await readLinkedPolicy({
      tabId,
      pageUrl: result.page.url,
      candidates,
      driver,
      now: this.now,
      analyze: (e, url) =>
        analyze((text = e.text.slice(0, MAX_TEXT_CHARS)), { url, title: e.title || null, source: url, declaredLanguage: e.lang }),
    });
    if (outcome.found) {
      this.awaitingAccess.delete(tabId);
      const notice = outcome.truncated ? LINKED_TEXT.truncated(Math.round(MAX_LINKED_BYTES / 1e6)) : undefined;
      // The page's own notice (cut, framed) is about this page, not the policy.
      const { notice: _pageNotice, ...rest } = result;
      return { result: { ...rest, report: outcome.report, linked: outcome.source, ...(notice ? { notice } : {}) }, text };
    }
    if (outcome.hostAccess) this.awaitingAccess.set(tabId, outcome.hostAccess.origin);
    else this.awaitingAccess.delete(tabId);
    return {
      result: { ...result, linkAttempts: outcome.attempts, ...(outcome.hostAccess ? { hostAccess: outcome.hostAccess } : {}) },
      text: null,
    };
  }

  /** Does the tab still show the document this run started on? (no navigation, reload or pushState since) */
  private async unchanged(tabId: number, generation: number, url: string): Promise<boolean> {
    if ((this.generation.get(tabId) ?? 0) !== generation) return false;
    const now = await this.driver.getTab(tabId).catch(() => null);
    return now?.url === url && (this.generation.get(tabId) ?? 0) === generation;
  }

  /** Analyze a tab: each step either hands on what it found or ends the run with the state the popup shows. */
  private async run(
    tabId: number,
    force: boolean,
    refresh: boolean,
    early: (result: ReportResult) => void,
    /** Given when a popup waits: from the verdicts on, settles once it has shown them. */
    verdictsShown: (() => Promise<void>) | null,
  ): Promise<AnalysisResult> {
    const generation = this.generation.get(tabId) ?? 0;
    traceMark('worker:run');
    const tab = await this.driver.getTab(tabId).catch(() => null);
    traceMark('worker:tab');
    if (!tab) return { kind: 'error', message: t('worker_tab_closed'), page: null };
    const page: PageInfo = { tabId, url: tab.url, title: tab.title };
    const cached = !force && !refresh ? this.cachedReport(tabId, tab.url) : null;
    if (cached) return cached;

    // Independent of the page: read while the page is read, not after the analysis.
    const settings = this.driver.settings().catch(() => DEFAULTS);
    const read = await this.readPage(tabId, page);
    if ('kind' in read) return read;
    const { extraction, resources } = read;
    const seen = pageIdentity(extraction, tab);
    page.title = seen.title ?? '';
    if (extraction.contentType === 'application/pdf') return { kind: 'unsupported', reason: 'pdf', message: FORBIDDEN_MESSAGES.pdf, page };
    const { text, notices } = boundedText(extraction);
    const empty = emptyPageOf(extraction, text, page);
    if (empty) return empty;

    const candidates = rankPolicyLinks(extraction.links ?? [], seen.url ?? tab.url).map(({ text, href }) => ({ text, href }));
    const analyzed = await this.analyzeText(tabId, text, notices, { extraction, resources, page, url: seen.url, candidates });
    if (analyzed.kind !== 'report') return analyzed;
    let result = analyzed;
    let linkedText: string | null = null;
    if (!force && !result.report.isPolicy && this.driver.linked && candidates.length) {
      ({ result, text: linkedText } = await this.withLinkedPolicy(tabId, result, candidates, this.driver.linked));
    }
    // A linked policy is remembered as itself (its URL, its text), not as the page that links to it.
    const remembered =
      result.linked && linkedText !== null
        ? { text: linkedText, report: result.report, url: result.linked.url, title: result.report.title ?? page.title }
        : { text, report: result.report, url: tab.url, title: page.title };
    // The verdicts go to the popup now, unless the tab has moved on; highlights, memory and the badge follow.
    const answered = await this.unchanged(tabId, generation, tab.url);
    // The popup renders the verdicts first; the page's highlights (and the memory's write) follow.
    const popupShown = answered ? verdictsShown?.() : undefined;
    if (answered) early(result);
    traceMark('worker:verdicts-sent');
    await popupShown;
    traceMark('worker:popup-shown');
    const shown = await this.showOnPage(tabId, result, {
      shown: showsReport(result.report, force),
      settings,
      generation,
      url: tab.url,
      remembered,
    });
    // Waiting for a permission: the next popup must ask again (or find the resumed report), not this answer.
    if (shown.kind === 'report' && !shown.hostAccess) this.remember(tabId, tab.url, shown);
    traceMark('worker:done');
    return shown;
  }

  /** The tab's cached report if it is of this URL and fresh, marked as read from the cache. */
  private cachedReport(tabId: number, url: string): AnalysisResult | null {
    const cached = this.cache.get(tabId);
    if (!cached || cached.url !== url || this.now() - cached.at >= CACHE_TTL_MS) return null;
    // Re-inserted: Map order is the least-recently-used order the bound evicts by.
    this.cache.delete(tabId);
    this.cache.set(tabId, cached);
    return { ...cached.result, fromCache: true };
  }

  /** Keeps a report for the tab, evicting the least recently used beyond MAX_CACHED_REPORTS. */
  private remember(tabId: number, url: string, result: ReportResult): void {
    this.cache.delete(tabId);
    this.cache.set(tabId, { url, at: this.now(), result });
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= MAX_CACHED_REPORTS) break;
      this.cache.delete(oldest);
    }
  }

  /** Runs the content script and reads the page, unless the browser forbids it or reading fails. */
  private async readPage(
    tabId: number,
    page: PageInfo,
  ): Promise<{ extraction: PageExtraction; resources: Promise<unknown> } | AnalysisResult> {
    const restriction = restrictionOf(page.url);
    if (restriction) return { kind: 'unsupported', ...restriction, page };
    // The page's resource entries are read beside the extraction (a one-off function, not the content script).
    const resources = this.driver.resourceUrls?.(tabId).catch(() => []) ?? Promise.resolve([]);
    const present = (await this.driver.extractIfPresent?.(tabId).catch(() => null)) ?? null;
    traceMark('worker:probed');
    if (present) return { extraction: present, resources };
    try {
      await this.driver.inject(tabId);
      traceMark('worker:injected');
    } catch (error) {
      return { kind: 'unsupported', ...restrictionOfInjectError(error), page };
    }
    try {
      const extracting = this.driver.extract(tabId);
      void this.whileExtracting?.(extracting).catch(() => {});
      const extraction = await extracting;
      traceMark('worker:extracted');
      return { extraction, resources };
    } catch (error) {
      return { kind: 'error', message: t('worker_read_failed', messageOf(error)), page };
    }
  }

  /** The analyzer's report within the time budget, or the state that replaces it (not English, failed). */
  private async analyzeText(
    tabId: number,
    text: string,
    notices: string[],
    at: { extraction: PageExtraction; resources: Promise<unknown>; page: PageInfo; url: string | null; candidates: PolicyLink[] },
  ): Promise<AnalysisResult> {
    const { extraction, page } = at;
    try {
      const meta = { url: at.url, title: page.title, source: at.url ?? page.url, declaredLanguage: extraction.lang };
      traceMark('worker:analyze');
      const { report, complete, readTo } = await analyzeWithinBudget(text, meta, this.budget);
      traceMark('worker:analyzed');
      if (report.language !== 'en') {
        const message = t('worker_language', languageName(report.language));
        return { kind: 'unsupported', reason: 'language', message, page };
      }
      if (!complete) notices.push(partialNotice(readTo, text.length, this.budget));
      const notice = notices.join(' ');
      const policyLink = at.candidates[0] ?? extraction.policyLink;
      return {
        kind: 'report',
        report,
        page,
        policyLink,
        fromCache: false,
        ...(notice ? { notice } : {}),
        ...pageFactsOf(extraction, await at.resources),
      };
    } catch (error) {
      return { kind: 'error', message: t('worker_analysis_failed', messageOf(error)), page };
    }
  }

  /**
   * Highlights, memory and the toolbar badge, for this document only: a navigation meanwhile makes the result
   * someone else's, so each write is checked (and taken back) against it.
   */
  private async showOnPage(
    tabId: number,
    result: ReportResult,
    at: { shown: boolean; settings: Promise<RuntimeSettings>; generation: number; url: string; remembered: AnalysisToRemember },
  ): Promise<AnalysisResult> {
    const { page } = result;
    const settings = await at.settings;
    const stale = async () => !(await this.unchanged(tabId, at.generation, at.url));
    if (await stale()) return PAGE_CHANGED(page);
    await this.driver.clearHighlights(tabId).catch(() => {});
    // Remembering (storage) runs beside the highlighting (the page): the popup waits for both, not their sum.
    // It records the text this run read from the tab, so a navigation meanwhile does not make it wrong.
    const remembering = at.shown
      ? (this.driver.remember?.(at.remembered).catch(() => null) ?? Promise.resolve(null))
      : Promise.resolve(null);
    // A linked policy's sentences are not on this page: nothing to highlight here.
    if (at.shown && settings.highlightEvidence && !result.linked && !(await stale())) {
      const requests = highlightRequests(result.report, { minConfidence: settings.minConfidence });
      result.highlighted = await this.driver.highlight(tabId, requests).catch(() => 0);
      traceMark('worker:highlighted');
    }
    const change = await remembering;
    if (await stale()) {
      // A pushState keeps the document: highlights drawn for the old content come off.
      await this.driver.clearHighlights(tabId).catch(() => {});
      return PAGE_CHANGED(page);
    }
    if (change) result.change = change;
    const badge = result.linked
      ? linkedBadge(toolbarBadge(result.report), result.linked.url, LINKED_TEXT.badgeTitle)
      : toolbarBadge(result.report);
    await this.driver.setBadge(tabId, at.shown && settings.toolbarBadge ? badge : null).catch(() => {});
    if (await stale()) {
      // The navigation came while the badge was being set: take it back.
      await this.driver.setBadge(tabId, null).catch(() => {});
      return PAGE_CHANGED(page);
    }
    return result;
  }
}

/** The text to analyze (cut at MAX_TEXT_CHARS on a line end) and what the user should know about how it was read. */
function boundedText(extraction: PageExtraction): { text: string; notices: string[] } {
  let text = extraction.text;
  const notices: string[] = [];
  if (text.length > MAX_TEXT_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
    text = text.slice(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
    notices.push(t('worker_long_page', Math.round(MAX_TEXT_CHARS / 1e6), countWords(text).toLocaleString(uiLanguage())));
  }
  // Highlights are drawn in the top page only: the evidence is listed in the popup instead.
  if (extraction.frameUrl) notices.push(t('worker_framed'));
  if (extraction.sideLines) {
    notices.push(extraction.sideLines === 1 ? t('worker_side_lines_one') : t('worker_side_lines', extraction.sideLines));
  }
  return { text, notices };
}

/** The "nothing to read" state: a non-HTML document without text, or fewer than MIN_WORDS words. */
function emptyPageOf(extraction: PageExtraction, text: string, page: PageInfo): AnalysisResult | null {
  if (!extraction.text && extraction.contentType && !/html/i.test(extraction.contentType)) {
    return { kind: 'unsupported', reason: 'empty', message: t('worker_not_html', extraction.contentType), page };
  }
  if (fewerWordsThan(text, MIN_WORDS)) return { kind: 'unsupported', reason: 'empty', message: t('worker_empty'), page };
  return null;
}

const PAGE_CHANGED = (page: PageInfo): AnalysisResult => ({
  kind: 'error',
  message: t('worker_page_changed'),
  page,
});
/** The page's trackers (by name) and action links, bounded: the extraction comes from a page-side script. */
function pageFactsOf(
  extraction: PageExtraction,
  resourceUrls: unknown,
): { pageTrackers: string[]; actionLinks: ReturnType<typeof findActionLinks> } {
  const urls = Array.isArray(resourceUrls)
    ? resourceUrls.filter((u): u is string => typeof u === 'string' && u.length < 4096).slice(0, 1000)
    : [];
  const hosts = [
    ...thirdPartyHosts(
      urls.map((name) => ({ name })),
      extraction.url,
    ),
    ...(extraction.resourceHosts ?? []),
  ]
    .filter((h) => typeof h === 'string' && h.length < 256)
    .slice(0, 200);
  const links = Array.isArray(extraction.links) ? extraction.links.filter((l) => l && typeof l === 'object') : [];
  return { pageTrackers: trackersOfHosts(hosts), actionLinks: findActionLinks(links) };
}

type ReportResult = Extract<AnalysisResult, { kind: 'report' }>;
/** A run's two answers: the verdicts as soon as known (`first`), and the result once shown on the page (`done`). */
type Run = { first: Promise<AnalysisResult>; done: Promise<AnalysisResult> };
const runKey = (force: boolean, refresh: boolean) => `${force}:${refresh}`;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
