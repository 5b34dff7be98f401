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
import { extractPolicyText } from '../extract-policy-text';
import { declaredLanguage } from './extract-page';
import { bodyKind, fetchRaw, MAX_LINKED_BYTES, type RawFetch } from '../fetch-policy-page';

export type LinkedExtraction = {
  text: string;
  title: string;
  lang: string | null;
  method: 'readability' | 'body';
  /** A sign-in form with little else: the link led to a login wall. */
  signIn: boolean;
};
/** A same-origin fetch: the response's facts (no body) and, when it was readable, its extraction. */
export type LinkedPageResult = { fetch: RawFetch; extraction: LinkedExtraction | null };
/** A body the worker fetched from another origin, for the content script to read. */
export type FetchedBody = { body: string; type: 'html' | 'text' };

/** More words than this is a page with a sign-in box in its header, not a login wall. */
export const SIGN_IN_MAX_WORDS = 300;

/** Text of a fetched body: HTML through DOMParser and Readability, plain text as it is. */
export function readFetchedPage({ body, type }: FetchedBody): LinkedExtraction {
  if (type === 'text') return { text: body.replace(/\r\n?/g, '\n').trim(), title: '', lang: null, method: 'body', signIn: false };
  const doc = new DOMParser().parseFromString(body, 'text/html');
  const { text, title, method } = extractPolicyText(doc);
  const signIn = !!doc.querySelector('input[type="password" i]') && text.split(/\s+/).length < SIGN_IN_MAX_WORDS;
  return { text, title: title ?? '', lang: declaredLanguage(doc), method, signIn };
}

/** Fetches a policy on the page's own origin and reads it; another origin is the worker's job. */
export async function fetchSameOriginPolicy(url: string, pageOrigin: string): Promise<LinkedPageResult> {
  if (new URL(url).origin !== pageOrigin) throw new Error('fetchLinkedPolicy: only the page’s own origin is fetched here');
  const raw = await fetchRaw(url, { sameOrigin: true });
  if ('error' in raw || raw.body === null) return { fetch: raw, extraction: null };
  const kind = bodyKind(raw.type) ?? 'html';
  return { fetch: { ...raw, body: '' }, extraction: readFetchedPage({ body: raw.body, type: kind }) };
}

/** The worker's request: an http(s) URL. */
export function parseLinkedUrl(data: unknown): string {
  const url = (data as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string' || url.length > 4096 || !/^https?:\/\//i.test(url))
    throw new TypeError('linked policy: url must be an http(s) URL');
  return url;
}

/** A body the worker fetched: bounded text of a known type. */
export function parseFetchedBody(data: unknown): FetchedBody {
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof d.body !== 'string' || d.body.length > MAX_LINKED_BYTES)
    throw new TypeError(`readLinkedPolicy: body must be a string of at most ${MAX_LINKED_BYTES} characters`);
  if (d.type !== 'html' && d.type !== 'text') throw new TypeError('readLinkedPolicy: type must be html or text');
  return { body: d.body, type: d.type };
}
