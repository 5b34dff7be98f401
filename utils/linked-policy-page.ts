/**
 * The content script's side of a linked policy: fetch it (same origin only) or take the body the
 * worker fetched (another origin), parse it into an inert document and extract its text with the
 * same Readability code as the live page.
 *
 * Why DOMParser here: a parsed document has no browsing context, so nothing in it runs or loads
 * (no scripts, images, styles or frames: no request beyond the one fetch), and the content script
 * already carries Readability. The worker cannot parse HTML (a Chrome service worker has no DOM),
 * and an offscreen document would be Chrome-only and need another permission.
 */
import { extractPolicyText } from './extract-policy-text';
import { declaredLanguage } from './extract-page';
import { fetchPolicyPage, MAX_LINKED_BYTES, type FetchedPage, type LinkProblem } from './fetch-policy-page';

export type LinkedExtraction = { text: string; title: string; lang: string | null; method: 'readability' | 'body' };
export type LinkedPageResult =
  | { ok: true; extraction: LinkedExtraction; finalUrl: string; truncated: boolean }
  | { ok: false; problem: LinkProblem; status?: number; finalUrl?: string };
export type FetchedBody = Extract<FetchedPage, { ok: true }>;

/** A sign-in form with little else on the page: the policy link led to a login wall. */
export const SIGN_IN_MAX_WORDS = 300;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function isSignInPage(doc: Document, text: string): boolean {
  return !!doc.querySelector('input[type="password" i]') && wordCount(text) < SIGN_IN_MAX_WORDS;
}

/** Text of a fetched body: HTML through DOMParser and Readability, plain text as it is. */
export function readFetchedPage(fetched: FetchedBody, parse: (html: string) => Document = (html) => new DOMParser().parseFromString(html, 'text/html')): LinkedPageResult {
  const { finalUrl, truncated } = fetched;
  if (fetched.type === 'text') {
    return { ok: true, extraction: { text: fetched.body.replace(/\r\n?/g, '\n').trim(), title: '', lang: null, method: 'body' }, finalUrl, truncated };
  }
  const doc = parse(fetched.body);
  const { text, title, method } = extractPolicyText(doc);
  if (isSignInPage(doc, text)) return { ok: false, problem: 'login', finalUrl };
  return { ok: true, extraction: { text, title: title ?? '', lang: declaredLanguage(doc), method }, finalUrl, truncated };
}

/** Fetches a policy on the page's own origin and reads it; another origin is the worker's job. */
export async function fetchSameOriginPolicy(url: string, pageOrigin: string, fetchImpl?: typeof fetch): Promise<LinkedPageResult> {
  if (new URL(url).origin !== pageOrigin) throw new Error('fetchLinkedPolicy: only the page’s own origin is fetched here');
  const fetched = await fetchPolicyPage(url, { fetch: fetchImpl });
  return fetched.ok ? readFetchedPage(fetched) : fetched;
}

/** The worker's request: an http(s) URL. */
export function parseLinkedUrl(data: unknown): string {
  const url = (data as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string' || url.length > 4096 || !/^https?:\/\//i.test(url)) throw new TypeError('fetchLinkedPolicy: url must be an http(s) URL');
  return url;
}

/** A body the worker fetched: bounded text of a known type from an http(s) URL. */
export function parseFetchedBody(data: unknown): FetchedBody {
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof d.body !== 'string' || d.body.length > MAX_LINKED_BYTES) throw new TypeError(`readLinkedPolicy: body must be a string of at most ${MAX_LINKED_BYTES} characters`);
  if (d.type !== 'html' && d.type !== 'text') throw new TypeError('readLinkedPolicy: type must be html or text');
  const finalUrl = parseLinkedUrl({ url: d.finalUrl });
  return { ok: true, body: d.body, type: d.type, finalUrl, truncated: d.truncated === true };
}
