import { describe, expect, it } from 'vitest';
import { classifyFetch, fetchRaw, SIGN_IN_PATH, type RawFetch } from '../utils/fetch-policy-page';

/** A Response-like answer (constructed Responses cannot say they were redirected). */
function answer(body: string | Uint8Array, init: { status?: number; type?: string; url?: string; redirected?: boolean } = {}) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const status = init.status ?? 200;
  return {
    status,
    ok: status >= 200 && status < 300,
    url: init.url ?? 'https://shop.example/privacy',
    redirected: init.redirected ?? false,
    headers: new Headers(
      init.type === undefined ? { 'content-type': 'text/html; charset=utf-8' } : init.type ? { 'content-type': init.type } : {},
    ),
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        // In 1 KB chunks, like a network stream.
        for (let i = 0; i < bytes.length; i += 1024) controller.enqueue(bytes.subarray(i, i + 1024));
        controller.close();
      },
    }),
  } as unknown as Response;
}

const fetchOf = (response: Response) => (async () => response) as unknown as typeof fetch;

describe('fetchRaw', () => {
  it('reads an HTML page without cookies and says where it ended', async () => {
    let init: RequestInit | undefined;
    const fake = (async (_url: string, i?: RequestInit) => (
      (init = i),
      answer('<h1>Privacy Policy</h1>', { url: 'https://shop.example/legal/privacy', redirected: true })
    )) as unknown as typeof fetch;
    const raw = await fetchRaw('https://shop.example/privacy', { fetch: fake });
    expect(init).toMatchObject({ mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(raw).toEqual({
      status: 200,
      finalUrl: 'https://shop.example/legal/privacy',
      redirected: true,
      type: 'text/html',
      body: '<h1>Privacy Policy</h1>',
      truncated: false,
    });
    expect(classifyFetch(raw)).toBeNull();
  });

  it('decodes the declared charset', async () => {
    const latin1 = new Uint8Array([
      0x44, 0x61, 0x74, 0x65, 0x6e, 0x73, 0x63, 0x68, 0x75, 0x74, 0x7a, 0x65, 0x72, 0x6b, 0x6c, 0xe4, 0x72, 0x75, 0x6e, 0x67,
    ]);
    const raw = await fetchRaw('https://shop.example/ds', { fetch: fetchOf(answer(latin1, { type: 'text/html; charset=iso-8859-1' })) });
    expect('body' in raw && raw.body).toBe('Datenschutzerklärung');
  });

  it('stops reading a huge page at the byte cap and says it was cut', async () => {
    const raw = await fetchRaw('https://shop.example/privacy', { fetch: fetchOf(answer('x'.repeat(10_000))), maxBytes: 4_000 });
    expect(raw).toMatchObject({ truncated: true });
    expect('body' in raw && raw.body?.length).toBe(4_000);
  });

  it('does not read the body of an error, a PDF or an image', async () => {
    for (const [response, problem] of [
      [answer('gone', { status: 404 }), 'not-found'],
      [answer('gone', { status: 410 }), 'not-found'],
      [answer('oops', { status: 500 }), 'http-error'],
      [answer('no', { status: 401 }), 'login'],
      [answer('no', { status: 403 }), 'login'],
      [answer('%PDF-1.4', { type: 'application/pdf', url: 'https://shop.example/privacy.pdf' }), 'pdf'],
      [answer('%PDF-1.4', { type: '', url: 'https://shop.example/privacy.pdf' }), 'pdf'],
      [answer('GIF89a', { type: 'image/gif' }), 'not-html'],
      [
        answer('<form><input type=password></form>', { url: 'https://shop.example/account/login?next=/privacy', redirected: true }),
        'login',
      ],
    ] as const) {
      const raw = await fetchRaw('https://shop.example/privacy', { fetch: fetchOf(response) });
      expect(classifyFetch(raw), problem).toBe(problem);
      if ('body' in raw && problem !== 'login' && problem !== 'pdf') expect(raw.body).toBeNull();
    }
  });

  it('gives up on a server that does not answer in time (the fetch is aborted)', async () => {
    let aborted = false;
    const hang = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => ((aborted = true), reject(new DOMException('aborted', 'AbortError')))),
      )) as unknown as typeof fetch;
    const raw = await fetchRaw('https://slow.example/privacy', { fetch: hang, timeoutMs: 50 });
    expect(raw).toEqual({ error: 'timeout' });
    expect(aborted).toBe(true);
    expect(classifyFetch(raw)).toBe('timeout');
  });

  it('names a network error (or a refused cross-site redirect) unreachable', async () => {
    const fail = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchRaw('https://down.example/privacy', { fetch: fail })).toEqual({ error: 'unreachable' });
  });

  it('plain text is readable too', async () => {
    const raw = await fetchRaw('https://shop.example/privacy.txt', { fetch: fetchOf(answer('Privacy Policy', { type: 'text/plain' })) });
    expect(classifyFetch(raw)).toBeNull();
  });
});

describe('sign-in paths', () => {
  it('match login pages, not policies that mention accounts', () => {
    for (const path of [
      '/login',
      '/account/login?next=/privacy',
      '/signin',
      '/sign-in',
      '/auth/realms/x',
      '/sso/start',
      '/de/anmelden',
      '/connexion',
      '/users/sign_in',
    ])
      expect(SIGN_IN_PATH.test(path), path).toBe(true);
    for (const path of ['/privacy', '/legal/privacy-policy', '/blog/authors', '/logistics', '/design', '/account-deletion-policy'])
      expect(SIGN_IN_PATH.test(path), path).toBe(false);
  });

  it('a redirect to a sign-in page is a login wall; the same path without a redirect is the link itself', () => {
    const base = { status: 200, type: 'text/html', body: '', truncated: false } as const;
    expect(classifyFetch({ ...base, finalUrl: 'https://shop.example/login', redirected: true } as RawFetch)).toBe('login');
    expect(classifyFetch({ ...base, finalUrl: 'https://shop.example/login', redirected: false } as RawFetch)).toBeNull();
  });
});
