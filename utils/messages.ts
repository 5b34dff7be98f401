import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FetchedBody, LinkedExtraction, LinkedPageResult } from './page/linked-policy-page';
import type { AnalysisResult, HighlightRequest, PageExtraction } from './tab-analysis';

/** The messages between the extension's parts; the values they carry are defined in tab-analysis.ts. */
interface ProtocolMap {
  /** popup → background: analyze the active tab; the verdicts come first, `pending` until shown on the page (force: ignore the cache and the not-a-policy gate; refresh: ignore the cache only). */
  analyzeTab(data: { tabId: number; force?: boolean; refresh?: boolean }): AnalysisResult;
  /** popup → background: the complete result of the run whose verdicts came `pending` (null: the run is unknown). */
  analysisFinished(data: { tabId: number; force?: boolean; refresh?: boolean }): AnalysisResult | null;
  /** background → content: extract the readable text of the page. */
  extractPage(): PageExtraction;
  /** background → content: draw highlights for the evidence; returns how many were placed. */
  highlightEvidence(data: { highlights: HighlightRequest[] }): number;
  /** popup → content: scroll to the highlight of evidence `start` and flash it; false if not found. */
  scrollToEvidence(data: { start: number }): boolean;
  /** popup/background → content: remove every highlight. */
  clearHighlights(): void;
  /** background → content: fetch a policy on the page's own origin and read it (inert parse, same extraction). */
  fetchLinkedPolicy(data: { url: string }): LinkedPageResult;
  /** background → content: read a policy page the worker fetched from another (allowed) origin. */
  readLinkedPolicy(data: FetchedBody): LinkedExtraction;
  /** popup → background: navigate the tab to its linked policy, then analyze and highlight it there. */
  openLinkedPolicy(data: { tabId: number; url: string }): void;
  /** history page → background: watch a remembered policy (its origin was granted at the user's click). */
  watchPolicy(data: { url: string }): { ok: boolean; message?: string };
  /** history page → background: stop watching it and give its origin back. */
  unwatchPolicy(data: { url: string }): void;
  /** background → offscreen document (Chrome): the readable text of a fetched watched page. */
  extractHtml(data: { html: string; url: string }): { text: string; title: string | null };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
