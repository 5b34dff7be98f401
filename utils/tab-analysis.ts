import type { Report, Tone } from '../analyzer/types';
import type { ActionLink } from './worker/page-actions';
import type { HostAccessRequest, LinkAttempt, LinkedSource } from './worker/linked-policy';
import type { PageLink } from './page-links';
import type { PolicyChange } from './history/history-model';

/** What an analysis of a tab is made of and gives: the values the worker, the content script and the popup exchange. */

/** The page an analysis belongs to. */
export type PageInfo = { tabId: number; url: string; title: string };

/** A link on the page that looks like its privacy policy ("Privacy", "Privacy Policy"). */
export type PolicyLink = { text: string; href: string };

/**
 * What the popup receives for the active tab. `report.isPolicy === false` is the "not a policy"
 * state: the popup says so, names `policyLink` if any, and offers "analyze anyway" (force).
 */
export type AnalysisResult =
  | {
      kind: 'report';
      report: Report;
      page: PageInfo;
      policyLink: PolicyLink | null;
      fromCache: boolean;
      /** (added) Something the user should know about this result, e.g. that a huge page was cut to its first 2 MB. */
      notice?: string;
      /** (added) How many evidence sentences were highlighted on the page. */
      highlighted?: number;
      /** (added) Trackers the page itself requested resources from (its Resource Timing entries), by name. */
      pageTrackers?: string[];
      /** (added) The page's opt-out and privacy-settings links. */
      actionLinks?: ActionLink[];
      /** (added) The report is of the site's linked policy, fetched from this page's link (not of this page). */
      linked?: LinkedSource;
      /** (added) Not a policy: the policy links tried and why each gave no report. */
      linkAttempts?: LinkAttempt[];
      /** (added) Not a policy: the best policy link is on another origin the user may allow. */
      hostAccess?: HostAccessRequest;
      /** (added) How this policy compares with the last time it was read; absent while memory is off. */
      change?: PolicyChange;
      /** (added) The verdicts only: highlights, the comparison and the badge are still being done (ask `analysisFinished`). */
      pending?: true;
    }
  | { kind: 'unsupported'; reason: 'forbidden' | 'pdf' | 'empty' | 'language'; message: string; page: PageInfo | null }
  | { kind: 'error'; message: string; page: PageInfo | null };

/** What the content script extracts from the live page. */
export type PageExtraction = {
  text: string;
  title: string;
  url: string;
  /** The page's declared or guessed language, e.g. "en", "de"; null when unknown. */
  lang: string | null;
  method: 'readability' | 'body';
  policyLink: PolicyLink | null;
  /** (added) The page's links, which the worker ranks for its policy link (`policy-links.ts`); `policyLink` is then a fallback. */
  links?: PageLink[];
  /** (added) document.contentType, e.g. "text/html"; "application/pdf" in a PDF viewer. */
  contentType?: string;
  /** (added) The text came from this same-origin frame: the page is a shell around a framed policy. */
  frameUrl?: string;
  /** (added) Lines of prose read from a side panel or from text hidden from screen readers (the reader may not notice them). */
  sideLines?: number;
  /** (added) Hosts other than the page's own that it requested resources from. */
  resourceHosts?: string[];
};

/** One highlight to draw: which practice, its verdict label and why (tooltip text). */
export type HighlightRequest = {
  practice: string;
  practiceTitle: string;
  verdict: string;
  verdictLabel: string;
  tone: Tone;
  reason: string;
  text: string;
  start: number;
  end: number;
  /** (added) The sentence that decides the verdict: drawn in colour; the others are marked quietly. */
  decisive?: boolean;
};
