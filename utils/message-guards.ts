/**
 * Checks on every message the worker and the content script receive: who sent it and what it
 * carries. Browsers already keep web pages out (no `externally_connectable`), these guard the rest.
 */
import type { HighlightRequest } from './tab-analysis';

/** The parts of `runtime.MessageSender` the checks read. */
export type Sender = { id?: string; url?: string; tab?: unknown; origin?: string } | undefined;

/** More highlights than this is no real report (four core practices plus extras, a few sentences each). */
export const MAX_HIGHLIGHTS = 200;
/** An evidence sentence, reason or label longer than this is not one the analyzer produced. */
const MAX_FIELD_CHARS = 5_000;
const TONES = new Set<HighlightRequest['tone']>(['good', 'caution', 'bad', 'neutral']);
const STRING_FIELDS = ['practice', 'practiceTitle', 'verdict', 'verdictLabel', 'reason', 'text'] as const;

/**
 * A message from one of this extension's own pages (the popup), not from a content script (whose
 * `url` is the web page's) or another extension. `extensionBase` is `runtime.getURL('/')`: Firefox
 * puts extension pages under moz-extension://<uuid>/, not the add-on id.
 */
export function isFromExtensionPage(sender: Sender, runtimeId: string, extensionBase: string): boolean {
  if (!runtimeId || !/^[a-z-]+-extension:\/\/[^/]+\/$/.test(extensionBase)) return false;
  return sender?.id === runtimeId && (sender.url ?? '').startsWith(extensionBase);
}

/** A message sent by this extension (worker or popup) to the content script. */
export function isFromExtension(sender: Sender, runtimeId: string): boolean {
  return !!runtimeId && sender?.id === runtimeId && !sender.tab;
}

export function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The popup's request: a tab id and optional force and refresh flags. */
export function parseAnalyzeTab(data: unknown): { tabId: number; force: boolean; refresh: boolean } {
  const { tabId, force, refresh } = (data ?? {}) as { tabId?: unknown; force?: unknown; refresh?: unknown };
  if (!isIndex(tabId)) throw new TypeError('analyzeTab: tabId must be a non-negative integer');
  if (force !== undefined && typeof force !== 'boolean') throw new TypeError('analyzeTab: force must be a boolean');
  if (refresh !== undefined && typeof refresh !== 'boolean') throw new TypeError('analyzeTab: refresh must be a boolean');
  return { tabId, force: force ?? false, refresh: refresh ?? false };
}

export function parseStart(data: unknown): number {
  const start = (data as { start?: unknown } | undefined)?.start;
  if (!isIndex(start)) throw new TypeError('scrollToEvidence: start must be a non-negative integer');
  return start;
}

/** The worker's highlight list, bounded and with every field of the right type. */
export function parseHighlights(data: unknown): HighlightRequest[] {
  const list = (data as { highlights?: unknown } | undefined)?.highlights;
  if (!Array.isArray(list) || list.length > MAX_HIGHLIGHTS)
    throw new TypeError(`highlightEvidence: highlights must be an array of at most ${MAX_HIGHLIGHTS}`);
  return list.map((item: unknown, i) => {
    if (!item || typeof item !== 'object') throw new TypeError(`highlightEvidence: highlight ${i} is not an object`);
    const h = item as Record<string, unknown>;
    const bad = STRING_FIELDS.find((key) => typeof h[key] !== 'string' || (h[key] as string).length > MAX_FIELD_CHARS);
    if (bad) throw new TypeError(`highlightEvidence: highlight ${i} has no valid ${bad}`);
    if (!TONES.has(h.tone as HighlightRequest['tone'])) throw new TypeError(`highlightEvidence: highlight ${i} has an unknown tone`);
    if (!isIndex(h.start) || !isIndex(h.end) || h.end < h.start)
      throw new TypeError(`highlightEvidence: highlight ${i} has an invalid range`);
    const out = {} as Record<string, unknown>;
    for (const key of [...STRING_FIELDS, 'tone', 'start', 'end'] as const) out[key] = h[key];
    if (typeof h.decisive == 'boolean') out.decisive = h.decisive;
    return out as HighlightRequest;
  });
}

/** `{ url }` naming a remembered web page (history page → worker: watch, unwatch). */
export function parsePolicyUrl(data: unknown): string {
  const url = (data as { url?: unknown } | null)?.url;
  if (typeof url !== 'string' || url.length > 4096 || !/^https?:\/\//.test(url))
    throw new TypeError('expected { url } with an http(s) address');
  return url;
}
