/**
 * Fetching a linked policy page: one GET, no cookies, bounded in time and size. `fetchRaw` runs in
 * the content script (a policy on the page's own origin, under activeTab) and in the worker (another
 * origin the user allowed); `classifyFetch` names what went wrong, in the worker. The body is text:
 * it is never executed or rendered.
 */

/** Why a linked page gave no report; the popup words each one (`linked-policy-text.ts`). */
export type LinkProblem =
  | 'not-found' // 404 / 410
  | 'http-error' // any other non-2xx status
  | 'login' // 401 / 403, a redirect to a sign-in page, or a sign-in form instead of text
  | 'pdf'
  | 'not-html' // an image, a download…
  | 'timeout'
  | 'unreachable' // network error, or a redirect to another site that would not answer the request
  | 'empty'
  | 'not-policy'
  | 'language'
  | 'permission'; // on another origin the user has not allowed (yet)

/** What came back: the response's facts and, for a readable 2xx page, its text (else null). */
export type RawFetch =
  | { status: number; finalUrl: string; redirected: boolean; type: string; body: string | null; truncated: boolean }
  | { error: 'timeout' | 'unreachable' };

/** A server slower than this gets the timeout state (the popup waits; it must not wait forever). */
export const LINKED_FETCH_TIMEOUT_MS = 8_000;
/** HTML beyond this is not read (policies are well under 1 MB; a 5 MB page is a catalogue or a dump). */
export const MAX_LINKED_BYTES = 5_000_000;

/** How a media type is read: HTML (parsed inert), plain text (as is), or not at all. No type: sniffed as HTML. */
export function bodyKind(type: string): 'html' | 'text' | null {
  if (type === 'text/plain') return 'text';
  return type === '' || type === 'text/html' || type === 'application/xhtml+xml' ? 'html' : null;
}

async function readCapped(response: Response, maxBytes: number): Promise<{ body: string; truncated: boolean }> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(/charset\s*=\s*"?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8');
  } catch {
    decoder = new TextDecoder();
  }
  const reader = response.body!.getReader();
  let body = '';
  for (let room = maxBytes; ;) {
    const { done, value } = await reader.read();
    if (done) return { body: body + decoder.decode(), truncated: false };
    if (value.byteLength > room) {
      void reader.cancel().catch(() => {});
      return { body: body + decoder.decode(value.subarray(0, room)), truncated: true };
    }
    room -= value.byteLength;
    body += decoder.decode(value, { stream: true });
  }
}

/**
 * GETs `url` without cookies (`credentials: 'omit'`: the policy as an anonymous visitor sees it).
 * Never throws; never takes longer than `timeoutMs`, body included.
 */
export async function fetchRaw(
  url: string,
  opts: { fetch?: typeof fetch; timeoutMs?: number; maxBytes?: number; sameOrigin?: boolean } = {},
): Promise<RawFetch> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs ?? LINKED_FETCH_TIMEOUT_MS);
  try {
    // No cookies, no referrer: the policy as an anonymous visitor arriving from nowhere sees it.
    // sameOrigin: a redirect to another origin fails before any request goes there (no permission was given for it).
    const mode = opts.sameOrigin ? 'same-origin' : 'cors';
    const response = await (opts.fetch ?? fetch)(url, {
      mode,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: controller.signal,
    });
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const meta = { status: response.status, finalUrl: response.url || url, redirected: response.redirected, type };
    if (!response.ok || !bodyKind(type) || !response.body) {
      void response.body?.cancel().catch(() => {});
      return { ...meta, body: null, truncated: false };
    }
    return { ...meta, ...(await readCapped(response, opts.maxBytes ?? MAX_LINKED_BYTES)) };
  } catch {
    return { error: timedOut ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** Paths of sign-in pages a policy link may be redirected to: /login, /signin, /auth/…, /sso, /anmelden, /connexion… */
export const SIGN_IN_PATH =
  /(?:^|[/._-])(?:log-?in|sign-?in|sign_in|auth|authenticate|sso|oauth2?|anmelden|anmeldung|connexion|iniciar-sesion|accedi)(?:[/._?=&-]|$)/i;

function isSignInUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return SIGN_IN_PATH.test(u.pathname + u.search);
  } catch {
    return false;
  }
}

/** What went wrong with a fetch, or null when its body is there to read. */
export function classifyFetch(raw: RawFetch): LinkProblem | null {
  if ('error' in raw) return raw.error;
  if (raw.status === 401 || raw.status === 403 || (raw.redirected && isSignInUrl(raw.finalUrl))) return 'login';
  if (raw.status === 404 || raw.status === 410) return 'not-found';
  if (raw.status < 200 || raw.status > 299) return 'http-error';
  if (raw.type === 'application/pdf' || (!raw.type && /\.pdf$/i.test(raw.finalUrl))) return 'pdf';
  if (!bodyKind(raw.type) || raw.body === null) return 'not-html';
  return null;
}
