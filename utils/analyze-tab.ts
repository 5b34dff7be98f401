/**
 * The worker's side of "analyze this tab": inject, extract, decide the state, analyze, highlight,
 * badge, cache. Browser calls go through a `TabDriver` so every state is tested without a browser.
 */
import { analyze, countWords } from '../analyzer/index';
import { trackersOfHosts } from '../analyzer/tracker-hosts';
import { highlightRequests, toolbarBadge } from './highlight-requests';
import type { PolicyChange } from './history/history-model';
import type { AnalysisToRemember } from './history/remember';
import type { AnalysisResult, HighlightRequest, PageExtraction, PageInfo } from './messages';
import { t, uiLanguage } from './i18n';
import { languageName } from './page-language';
import { FORBIDDEN_MESSAGES, restrictionOf, restrictionOfInjectError } from './restricted-pages';

export type TabDriver = {
  getTab(tabId: number): Promise<{ url: string; title: string } | null>;
  /** Runs the content script in the tab (it guards itself against a second run). */
  inject(tabId: number): Promise<void>;
  extract(tabId: number): Promise<PageExtraction>;
  highlight(tabId: number, highlights: HighlightRequest[]): Promise<number>;
  clearHighlights(tabId: number): Promise<void>;
  /** `null`: no badge, and the icon's default title. */
  setBadge(tabId: number, badge: { text: string; color: string; title?: string } | null): Promise<void>;
  /** The user's runtime settings (options page); `minConfidence`: findings below it are not highlighted. */
  settings(): Promise<RuntimeSettings>;
  /** (optional) Remembers the analysis when memory is on and says how it compares with the last read; null when off. */
  remember?(analysis: AnalysisToRemember): Promise<PolicyChange | null>;
};

/** Text beyond this is not analyzed (about 2 MB; real policies are well under 200 KB). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Fewer words than this is an empty page, not a short policy. */
export const MIN_WORDS = 20;
export type RuntimeSettings = { highlightEvidence: boolean; toolbarBadge: boolean; minConfidence: number };
const DEFAULTS: RuntimeSettings = { highlightEvidence: true, toolbarBadge: true, minConfidence: 0 };

type Cached = { url: string; at: number; result: Extract<AnalysisResult, { kind: 'report' }> };
/** Reports kept in the worker's memory (never on disk): at most this many tabs, the least recently used go first. */
export const MAX_CACHED_REPORTS = 20;
/** A cached report older than this is analyzed again (the page may have changed without a navigation). */
export const CACHE_TTL_MS = 30 * 60 * 1000;

export class TabAnalyzer {
  private cache = new Map<number, Cached>();
  private running = new Map<string, Promise<AnalysisResult>>();

  constructor(
    private driver: TabDriver,
    private now: () => number = Date.now,
  ) {}

  /** How many reports are cached (tests). */
  get cachedCount(): number {
    return this.cache.size;
  }

  analyze(tabId: number, force = false): Promise<AnalysisResult> {
    // Two popups (or a double click) share one run instead of racing on the page's highlights.
    const key = `${tabId}:${force}`;
    const existing = this.running.get(key);
    if (existing) return existing;
    const run = this.run(tabId, force).finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }

  /** Drops what is known about a tab (navigation, close) and clears its badge. */
  forget(tabId: number, closed = false): void {
    this.cache.delete(tabId);
    if (!closed) void this.driver.setBadge(tabId, null).catch(() => {});
  }

  private async run(tabId: number, force: boolean): Promise<AnalysisResult> {
    const tab = await this.driver.getTab(tabId).catch(() => null);
    if (!tab) return { kind: 'error', message: t('worker_tab_closed'), page: null };
    const page: PageInfo = { tabId, url: tab.url, title: tab.title };
    const cached = this.cache.get(tabId);
    if (!force && cached && cached.url === tab.url && this.now() - cached.at < CACHE_TTL_MS) {
      // Re-inserted: Map order is the least-recently-used order the bound evicts by.
      this.cache.delete(tabId);
      this.cache.set(tabId, cached);
      return { ...cached.result, fromCache: true };
    }

    const restriction = restrictionOf(tab.url);
    if (restriction) return { kind: 'unsupported', ...restriction, page };
    let extraction: PageExtraction;
    try {
      await this.driver.inject(tabId);
    } catch (error) {
      return { kind: 'unsupported', ...restrictionOfInjectError(error), page };
    }
    try {
      extraction = await this.driver.extract(tabId);
    } catch (error) {
      return { kind: 'error', message: t('worker_read_failed', messageOf(error)), page };
    }
    page.title = extraction.title || tab.title;
    if (extraction.contentType === 'application/pdf') return { kind: 'unsupported', reason: 'pdf', message: FORBIDDEN_MESSAGES.pdf, page };

    let text = extraction.text;
    let notice: string | undefined;
    if (text.length > MAX_TEXT_CHARS) {
      const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
      text = text.slice(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
      notice = t('worker_long_page', Math.round(MAX_TEXT_CHARS / 1e6), countWords(text).toLocaleString(uiLanguage()));
    }
    if (extraction.frameUrl) {
      // Highlights are drawn in the top page only: the evidence is listed in the popup instead.
      const framed = t('worker_framed');
      notice = notice ? `${notice} ${framed}` : framed;
    }
    if (countWords(text) < MIN_WORDS) {
      return { kind: 'unsupported', reason: 'empty', message: t('worker_empty'), page };
    }
    let result: Extract<AnalysisResult, { kind: 'report' }>;
    try {
      const report = analyze(text, { url: extraction.url || tab.url, title: page.title, source: extraction.url || tab.url, declaredLanguage: extraction.lang });
      if (report.language !== 'en') {
        const message = t('worker_language', languageName(report.language));
        return { kind: 'unsupported', reason: 'language', message, page };
      }
      result = { kind: 'report', report, page, policyLink: extraction.policyLink, fromCache: false, ...(notice ? { notice } : {}), ...pageFactsOf(extraction) };
    } catch (error) {
      return { kind: 'error', message: t('worker_analysis_failed', messageOf(error)), page };
    }

    const settings = await this.driver.settings().catch(() => DEFAULTS);
    const isReport = result.report.isPolicy || force;
    await this.driver.clearHighlights(tabId).catch(() => {});
    if (isReport && settings.highlightEvidence) {
      const requests = highlightRequests(result.report, { minConfidence: settings.minConfidence });
      result.highlighted = await this.driver.highlight(tabId, requests).catch(() => 0);
    }
    const change = isReport ? await this.driver.remember?.({ text, report: result.report, url: tab.url, title: page.title }).catch(() => null) : null;
    if (change) result.change = change;
    await this.driver.setBadge(tabId, isReport && settings.toolbarBadge ? toolbarBadge(result.report) : null).catch(() => {});
    this.cache.delete(tabId);
    this.cache.set(tabId, { url: tab.url, at: this.now(), result });
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= MAX_CACHED_REPORTS) break;
      this.cache.delete(oldest);
    }
    return result;
  }
}

/** The page's trackers (by name) and action links, bounded: the extraction comes from a page-side script. */
function pageFactsOf(extraction: PageExtraction): { pageTrackers: string[]; actionLinks: NonNullable<PageExtraction['actionLinks']> } {
  const hosts = Array.isArray(extraction.resourceHosts) ? extraction.resourceHosts.filter((h) => typeof h === 'string' && h.length < 256).slice(0, 200) : [];
  const links = Array.isArray(extraction.actionLinks) ? extraction.actionLinks : [];
  const actionLinks = links
    .filter((l) => l && (l.kind === 'opt-out' || l.kind === 'settings') && typeof l.text === 'string' && typeof l.href === 'string' && /^https?:\/\//i.test(l.href))
    .slice(0, 2)
    .map((l) => ({ kind: l.kind, text: l.text.slice(0, 80), href: l.href.slice(0, 2000) }));
  return { pageTrackers: trackersOfHosts(hosts), actionLinks };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
