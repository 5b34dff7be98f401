// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../components/App';
import { readFetchedPage } from '../utils/page/linked-policy-page';
import { parseOpenLinked, openAndHighlight } from '../utils/worker/open-linked-policy';
import { fakeApi, HOSTILE_IMG, HOSTILE_SCRIPT, PAGE, reportResult, sampleReport } from './popup/fixtures';

afterEach(cleanup);

const POLICY_URL = 'https://www.acme.example/legal/privacy';

describe('popup: a report of the site’s linked policy', () => {
  it('is headed "From <link text> (<url>)", keeps the usual badges and carries data-source-url on its root', async () => {
    const result = reportResult(sampleReport({ url: POLICY_URL }), {
      linked: { text: 'Privacy Notice', href: POLICY_URL, url: POLICY_URL },
    });
    render(<App api={fakeApi(result)} />);
    await screen.findAllByRole('article');
    const root = document.querySelector('[data-source-url]')!;
    expect(root.getAttribute('data-source-url')).toBe(POLICY_URL);
    expect(root.querySelectorAll('[data-practice][data-verdict]').length).toBeGreaterThan(4);
    expect(root.querySelector('.linked-from')!.textContent).toBe(`From Privacy Notice (${POLICY_URL})`);
  });

  it('"Open and highlight" asks the worker to take the tab there', async () => {
    const api = {
      ...fakeApi(reportResult(sampleReport(), { linked: { text: 'Privacy', href: POLICY_URL, url: POLICY_URL } })),
      openLinkedPolicy: vi.fn(async () => undefined),
    };
    render(<App api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: /Open and highlight/ }));
    expect(api.openLinkedPolicy).toHaveBeenCalledWith(PAGE.tabId, POLICY_URL);
  });

  it('a report of the page itself has no data-source-url and no "From" header', async () => {
    render(<App api={fakeApi(reportResult())} />);
    await screen.findAllByRole('article');
    expect(document.querySelector('[data-source-url]')).toBeNull();
    expect(document.querySelector('.linked-source')).toBeNull();
  });

  it('a hostile link text stays text, and a javascript: URL is never offered to open', async () => {
    const result = reportResult(sampleReport(), {
      linked: { text: `${HOSTILE_IMG}${HOSTILE_SCRIPT}`, href: 'javascript:alert(1)', url: 'javascript:alert(1)' },
    });
    render(<App api={fakeApi(result)} />);
    await screen.findAllByRole('article');
    expect(document.querySelector('.linked-link-text')!.textContent).toBe(`${HOSTILE_IMG}${HOSTILE_SCRIPT}`);
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.queryByRole('button', { name: /Open and highlight/ })).toBeNull();
  });
});

describe('popup: not a policy, with what became of its links', () => {
  const notPolicy = (extra: object) =>
    reportResult(sampleReport({ isPolicy: false }), {
      policyLink: { text: 'Privacy', href: 'https://legal.acme.example/privacy' },
      ...extra,
    });

  it('lists the links tried and why each failed', async () => {
    const attempts = [
      { link: { text: 'Privacy', href: 'https://www.acme.example/privacy' }, problem: 'not-found' as const, status: 404 },
      { link: { text: 'Privacy Notice', href: 'https://www.acme.example/members' }, problem: 'login' as const },
    ];
    render(<App api={fakeApi(notPolicy({ linkAttempts: attempts }))} />);
    await screen.findByText(/doesn’t look like a privacy policy/);
    const items = [...document.querySelectorAll('.linked-attempts li')].map((li) => [li.getAttribute('data-problem'), li.textContent]);
    expect(items).toEqual([
      ['not-found', '“Privacy” leads to a missing page (error 404).'],
      ['login', '“Privacy Notice” asks you to sign in, so PolicyLens cannot read it from here.'],
    ]);
  });

  it('asks for the other origin at the click; granted: analyzes again', async () => {
    const hostAccess = { link: { text: 'Privacy', href: 'https://legal.acme.example/privacy' }, origin: 'https://legal.acme.example/*' };
    const api = { ...fakeApi(notPolicy({ hostAccess })), requestHostAccess: vi.fn(async () => true) };
    render(<App api={api} />);
    const allow = await screen.findByRole('button', { name: 'Allow reading legal.acme.example' });
    expect(document.querySelector('.host-access')!.textContent).toContain('It fetches only the policy page');
    fireEvent.click(allow);
    expect(api.requestHostAccess).toHaveBeenCalledWith('https://legal.acme.example/*');
    await waitFor(() => expect(api.analyzeTab).toHaveBeenCalledTimes(2));
    expect(api.analyzeTab).toHaveBeenLastCalledWith(PAGE.tabId, false);
  });

  it('declined: says so and still offers to open the policy', async () => {
    const hostAccess = { link: { text: 'Privacy', href: 'https://legal.acme.example/privacy' }, origin: 'https://legal.acme.example/*' };
    const api = { ...fakeApi(notPolicy({ hostAccess })), requestHostAccess: vi.fn(async () => false) };
    render(<App api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: /Allow reading/ }));
    await screen.findByText(/Without that permission/);
    expect(api.analyzeTab).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /Open the privacy policy/ }));
    expect(api.openUrl).toHaveBeenCalledWith(PAGE.tabId, 'https://legal.acme.example/privacy');
  });
});

describe('reading a fetched page', () => {
  it('parses HTML inert: its scripts do not run, its text is read by the same extraction', () => {
    (globalThis as { ran?: boolean }).ran = false;
    const html = `<!doctype html><html lang="en-GB"><head><title>Privacy Policy</title><script>globalThis.ran = true</script></head><body><img src="x" onerror="globalThis.ran = true"><main><h1>Privacy Policy</h1><p>${'We collect your e-mail address to send receipts. '.repeat(10)}</p></main></body></html>`;
    const read = readFetchedPage({ body: html, type: 'html' });
    expect((globalThis as { ran?: boolean }).ran).toBe(false);
    expect(read).toMatchObject({ title: 'Privacy Policy', lang: 'en', signIn: false });
    expect(read.text).toContain('We collect your e-mail address');
  });

  it('a sign-in form with little text is a login wall; a policy with a sign-in box in its header is not', () => {
    const form =
      '<form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form>';
    expect(readFetchedPage({ body: `<html><body><h1>Sign in</h1>${form}</body></html>`, type: 'html' }).signIn).toBe(true);
    const long = `<p>${'We keep your data safe and never sell it to anyone at all. '.repeat(40)}</p>`;
    expect(
      readFetchedPage({
        body: `<html><body><header>${form}</header><main><h1>Privacy Policy</h1>${long}</main></body></html>`,
        type: 'html',
      }).signIn,
    ).toBe(false);
  });

  it('plain text is read as it is', () => {
    expect(readFetchedPage({ body: 'Privacy Policy\r\nWe collect nothing.', type: 'text' }).text).toBe(
      'Privacy Policy\nWe collect nothing.',
    );
  });
});

describe('Open and highlight (worker)', () => {
  it('accepts only a tab id and an http(s) URL', () => {
    expect(parseOpenLinked({ tabId: 2, url: 'https://shop.example/privacy' })).toEqual({ tabId: 2, url: 'https://shop.example/privacy' });
    for (const bad of [{ tabId: 2, url: 'javascript:alert(1)' }, { tabId: -1, url: 'https://x.example/' }, { tabId: 2 }, null])
      expect(() => parseOpenLinked(bad)).toThrow(TypeError);
  });

  it('listens for the load before navigating, then analyzes; a page that never loads is left alone', async () => {
    const order: string[] = [];
    const driver = (loads: boolean) => ({
      loaded: async () => (order.push('listen'), loads),
      navigate: async () => void order.push('navigate'),
      analyze: async () => void order.push('analyze'),
    });
    expect(await openAndHighlight(1, 'https://shop.example/privacy', driver(true))).toBe(true);
    expect(order).toEqual(['listen', 'navigate', 'analyze']);
    order.length = 0;
    expect(await openAndHighlight(1, 'https://shop.example/privacy', driver(false))).toBe(false);
    expect(order).toEqual(['listen', 'navigate']);
  });
});

describe('Analyze again on a linked report', () => {
  it('reads the linked policy again (cache ignored, not-a-policy gate kept), not the page by force', async () => {
    const api = fakeApi(reportResult(sampleReport(), { linked: { text: 'Privacy', href: POLICY_URL, url: POLICY_URL } }));
    render(<App api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: /Analyze again/ }));
    await waitFor(() => expect(api.analyzeTab).toHaveBeenCalledTimes(2));
    expect(api.analyzeTab).toHaveBeenLastCalledWith(PAGE.tabId, false, true);
  });
});

describe('linked-policy message payloads', () => {
  it('the content script takes only http(s) URLs and bounded bodies of a known type', async () => {
    const { parseFetchedBody, parseLinkedUrl } = await import('../utils/page/linked-policy-page');
    expect(parseLinkedUrl({ url: 'https://shop.example/privacy' })).toBe('https://shop.example/privacy');
    for (const bad of [
      undefined,
      {},
      { url: 'javascript:alert(1)' },
      { url: 'data:text/html,x' },
      { url: 42 },
      { url: `https://x.example/${'a'.repeat(5000)}` },
    ])
      expect(() => parseLinkedUrl(bad)).toThrow(TypeError);
    expect(parseFetchedBody({ body: '<p>x</p>', type: 'html', extra: 1 })).toEqual({ body: '<p>x</p>', type: 'html' });
    for (const bad of [undefined, { body: 1, type: 'html' }, { body: 'x', type: 'pdf' }, { body: 'x'.repeat(5_000_001), type: 'text' }])
      expect(() => parseFetchedBody(bad)).toThrow(TypeError);
  });
});

describe('evidence of a linked report', () => {
  it('is not looked for on this page: the popup says where it is', async () => {
    const api = fakeApi(reportResult(sampleReport(), { linked: { text: 'Privacy', href: POLICY_URL, url: POLICY_URL } }));
    render(<App api={api} />);
    await screen.findAllByRole('article');
    fireEvent.click(document.querySelector('[data-practice="selling"] [data-evidence-start]')!);
    await screen.findByText(/This sentence is in the linked policy/);
    expect(api.scrollToEvidence).not.toHaveBeenCalled();
  });
});
