/**
 * Fetching a linked policy page: one GET, no cookies, bounded in time and size, with every way it
 * can go wrong named. Runs in the content script (same-origin policy: the page's own origin, under
 * activeTab) and in the worker (another origin the user allowed). The body is returned as text and
 * never executed or rendered.
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

export type FetchedPage =
  | { ok: true; body: string; type: 'html' | 'text'; finalUrl: string; truncated: boolean }
  | { ok: false; problem: LinkProblem; status?: number; finalUrl?: string };

/** A server slower than this gets the timeout state (the popup waits; it must not wait forever). */
export const LINKED_FETCH_TIMEOUT_MS = 8_000;
/** HTML beyond this is not read (policies are well under 1 MB; a 5 MB page is a catalogue or a dump). */
export const MAX_LINKED_BYTES = 5_000_000;

/** Paths of sign-in pages a policy link may be redirected to: /login, /signin, /auth/…, /sso, /anmelden, /connexion… */
export const SIGN_IN_PATH = /(?:^|[/._-])(?:log-?in|sign-?in|sign_in|auth|authenticate|sso|oauth2?|anmelden|anmeldung|connexion|iniciar-sesion|accedi)(?:[/._?=&-]|$)/i;

function isSignInUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return SIGN_IN_PATH.test(u.pathname + u.search);
  } catch {
    return false;
  }
}

/** The media type of a Content-Type header, lower-case ("text/html"). */
function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function charsetOf(header: string | null): string {
  const match = /charset\s*=\s*"?([\w-]+)/i.exec(header ?? '');
  return match?.[1] ?? 'utf-8';
}

async function readCapped(response: Response, maxBytes: number): Promise<{ body: string; truncated: boolean }> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charsetOf(response.headers.get('content-type')));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const reader = response.body?.getReader();
  if (!reader) return { body: '', truncated: false };
  let body = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { body: body + decoder.decode(), truncated: false };
    const room = maxBytes - bytes;
    if (value.byteLength > room) {
      body += decoder.decode(value.subarray(0, Math.max(0, room)));
      await reader.cancel().catch(() => {});
      return { body, truncated: true };
    }
    bytes += value.byteLength;
    body += decoder.decode(value, { stream: true });
  }
}

/**
 * GETs `url` without cookies (`credentials: 'omit'`: the policy is read as an anonymous visitor
 * would see it) and returns its text, or the problem. Never throws; never takes longer than
 * `timeoutMs`, body included.
 */
export async function fetchPolicyPage(
  url: string,
  opts: { fetch?: typeof fetch; timeoutMs?: number; maxBytes?: number } = {},
): Promise<FetchedPage> {
  const doFetch = opts.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs ?? LINKED_FETCH_TIMEOUT_MS);
  try {
    const response = await doFetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
    });
    const finalUrl = response.url || url;
    if (response.status === 401 || response.status === 403 || (response.redirected && isSignInUrl(finalUrl))) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, problem: 'login', status: response.status, finalUrl };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const problem = response.status === 404 || response.status === 410 ? 'not-found' : 'http-error';
      return { ok: false, problem, status: response.status, finalUrl };
    }
    const type = mediaType(response.headers.get('content-type'));
    if (type === 'application/pdf' || (!type && /\.pdf$/i.test(new URL(finalUrl).pathname))) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, problem: 'pdf', finalUrl };
    }
    const kind = type === 'text/plain' ? 'text' : type === '' || type === 'text/html' || type === 'application/xhtml+xml' ? 'html' : null;
    if (!kind) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, problem: 'not-html', finalUrl };
    }
    const { body, truncated } = await readCapped(response, opts.maxBytes ?? MAX_LINKED_BYTES);
    return { ok: true, body, type: kind, finalUrl, truncated };
  } catch {
    return { ok: false, problem: timedOut ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
