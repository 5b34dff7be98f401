/**
 * The worker's side of "from any page to its policy": try the page's best policy links in order,
 * fetch and read each (in the page for its own origin, in the worker for an origin the user
 * allowed), analyze it, and stop at the first that reads as an English privacy policy. Every
 * candidate that fails says why; nothing waits longer than its bounds.
 */
import type { Report } from '../../analyzer/types';
import { bodyKind, classifyFetch, LINKED_FETCH_TIMEOUT_MS, type LinkProblem, type RawFetch } from '../fetch-policy-page';
import type { FetchedBody, LinkedExtraction, LinkedPageResult } from '../page/linked-policy-page';
import type { PolicyLink } from '../tab-analysis';

/** Browser calls behind the linked search, so every path is tested without a browser. */
export type LinkedPolicyDriver = {
  /** Content script: fetch and read a policy on the page's own origin. */
  fetchInPage(tabId: number, url: string): Promise<LinkedPageResult>;
  /** Whether the user has allowed PolicyLens to read this URL's origin (optional host permission). */
  hasHostAccess(url: string): Promise<boolean>;
  /** Worker: fetch a page on an allowed origin. */
  fetchInWorker(url: string): Promise<RawFetch>;
  /** Content script: read a body the worker fetched (parsed inert, same extraction). */
  readInPage(tabId: number, fetched: FetchedBody): Promise<LinkedExtraction>;
};

export type LinkAttempt = { link: PolicyLink; problem: LinkProblem; status?: number; language?: string };
/** Where a linked report came from: the link as the page named it and the URL finally read. */
export type LinkedSource = { text: string; href: string; url: string };
/** A policy on another origin that needs the user's permission before PolicyLens may fetch it. */
export type HostAccessRequest = { link: PolicyLink; origin: string };
export type LinkedOutcome =
  | { found: true; report: Report; source: LinkedSource; truncated: boolean; attempts: LinkAttempt[] }
  | { found: false; attempts: LinkAttempt[]; hostAccess: HostAccessRequest | null };

/** The whole search stops after this, whatever is left untried (three slow candidates must not add up). */
export const LINKED_SEARCH_MS = 20_000;
/** A message to the content script that gets no answer in this long counts as a timeout. */
const MESSAGE_TIMEOUT_MS = LINKED_FETCH_TIMEOUT_MS + 4_000;
/** Fewer words than this is no policy (an empty shell, a redirect notice). */
const MIN_WORDS = 20;

/** The permission pattern for a URL's origin, as `permissions.request` takes it ("https://legal.example/*"). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(onTimeout), ms)));
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

export async function readLinkedPolicy(opts: {
  tabId: number;
  pageUrl: string;
  candidates: PolicyLink[];
  driver: LinkedPolicyDriver;
  analyze: (extraction: LinkedExtraction, url: string) => Report;
  now?: () => number;
}): Promise<LinkedOutcome> {
  const { tabId, driver } = opts;
  const now = opts.now ?? Date.now;
  const started = now();
  const pageOrigin = new URL(opts.pageUrl).origin;
  const attempts: LinkAttempt[] = [];
  let hostAccess: HostAccessRequest | null = null;
  const timedOut: LinkedPageResult = { fetch: { error: 'timeout' }, extraction: null };

  for (const candidate of opts.candidates) {
    const link = { text: candidate.text, href: candidate.href };
    if (now() - started >= LINKED_SEARCH_MS) break;
    let fetched: RawFetch;
    let extraction: LinkedExtraction | null = null;
    try {
      if (new URL(link.href).origin === pageOrigin) {
        ({ fetch: fetched, extraction } = await withTimeout(driver.fetchInPage(tabId, link.href), MESSAGE_TIMEOUT_MS, timedOut));
      } else if (!(await driver.hasHostAccess(link.href))) {
        attempts.push({ link, problem: 'permission' });
        hostAccess ??= { link, origin: originPattern(link.href) };
        continue;
      } else {
        fetched = await driver.fetchInWorker(link.href);
        if (!classifyFetch(fetched) && !('error' in fetched)) {
          const body = { body: fetched.body ?? '', type: bodyKind(fetched.type) ?? 'html' };
          extraction = await withTimeout(driver.readInPage(tabId, body), MESSAGE_TIMEOUT_MS, null);
          if (!extraction) fetched = { error: 'timeout' };
        }
      }
    } catch {
      fetched = { error: 'unreachable' };
    }
    const problem = classifyFetch(fetched) ?? (!extraction ? 'not-html' : extraction.signIn ? 'login' : null);
    if (problem || !extraction || 'error' in fetched) {
      const status = 'status' in fetched && fetched.status >= 300 ? { status: fetched.status } : {};
      attempts.push({ link, problem: problem ?? 'unreachable', ...status });
      continue;
    }
    const read = { extraction, finalUrl: fetched.finalUrl, truncated: fetched.truncated };
    if (read.extraction.text.split(/\s+/).filter(Boolean).length < MIN_WORDS) {
      attempts.push({ link, problem: 'empty' });
      continue;
    }
    const report = opts.analyze(read.extraction, read.finalUrl);
    if (report.language !== 'en') {
      attempts.push({ link, problem: 'language', language: report.language });
      continue;
    }
    if (!report.isPolicy) {
      attempts.push({ link, problem: 'not-policy' });
      continue;
    }
    return { found: true, report, source: { text: link.text, href: link.href, url: read.finalUrl }, truncated: read.truncated, attempts };
  }
  return { found: false, attempts, hostAccess };
}

/** Marks a toolbar badge as coming from the linked policy: "2↗" rather than "2", with a tooltip naming it. */
export function linkedBadge(
  badge: { text: string; color: string },
  url: string,
  title: (url: string) => string,
): { text: string; color: string; title: string } {
  return { text: `${badge.text}↗`, color: badge.color, title: title(url) };
}
