// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage, type HistoryApi } from '../../components/history/HistoryPage';
import type { History } from '../../utils/history/history-model';
import { parsePolicyUrl } from '../../utils/message-guards';

afterEach(() => {
  cleanup();
  location.hash = '';
});

const version = (hash: string, at: string, selling: string, evidence: string[]) => ({
  hash,
  seenAt: at,
  lastSeenAt: at,
  analyzerVersion: '0.1.0',
  wordCount: 100,
  practices: { selling: { verdict: selling, confidence: 0.9, evidence } },
});
const HISTORY: History = {
  policies: [
    {
      url: 'https://shop.example/privacy',
      site: 'shop.example',
      title: 'Shop privacy <b>bold</b>',
      versions: [
        version('h1', '2026-01-01T00:00:00Z', 'does-not-sell', ['We do not sell.']),
        version('h2', '2026-02-01T00:00:00Z', 'sells', ['We sell data.']),
      ],
    },
    {
      url: 'https://news.example/legal',
      site: 'news.example',
      title: 'News privacy',
      versions: [version('n1', '2025-12-01T00:00:00Z', 'not-mentioned', [])],
    },
  ],
};

function fakeApi(history: History = HISTORY) {
  let current = history;
  const api = {
    load: vi.fn(async () => current),
    clear: vi.fn(async () => void (current = { policies: [] })),
    download: vi.fn((_name: string, _text: string, _mime: string) => undefined),
  } satisfies HistoryApi;
  return api;
}

describe('history page', () => {
  it('lists every policy newest first with its badges, and searches by site', async () => {
    render(<HistoryPage api={fakeApi()} />);
    await screen.findByText('Shop privacy <b>bold</b>', undefined, { timeout: 15_000 });
    const items = () => [...document.querySelectorAll('.history-item')].map((el) => el.getAttribute('data-policy-url'));
    expect(items()).toEqual(['https://shop.example/privacy', 'https://news.example/legal']);
    expect(
      document
        .querySelector('[data-policy-url="https://shop.example/privacy"] [data-history-practice="selling"]')!
        .getAttribute('data-history-verdict'),
    ).toBe('sells');
    expect(document.querySelector('b')).toBeNull();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by site' }), { target: { value: 'news' } });
    await waitFor(() => expect(items()).toEqual(['https://news.example/legal']));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by site' }), { target: { value: 'zzz' } });
    await screen.findByText(/No remembered policy matches/);
  });

  it('opens a policy: report, versions, comparison with the changed verdict marked', async () => {
    render(<HistoryPage api={fakeApi()} />);
    fireEvent.click(await screen.findByText('Shop privacy <b>bold</b>'));
    await screen.findByRole('heading', { name: 'Compare versions' });
    expect(document.querySelectorAll('.history-timeline li')).toHaveLength(2);
    const row = document.querySelector('[data-compare-practice="selling"]')!;
    expect(row.getAttribute('data-changed')).toBe('true');
    expect(row.querySelector('[data-side="older"]')!.textContent).toBe('Does not sell');
    expect(document.querySelector('.evidence-added')!.textContent).toBe('We sell data.');
    expect(location.hash).toBe(`#policy=${encodeURIComponent('https://shop.example/privacy')}`);
  });

  it('exports JSON and CSV through the download call', async () => {
    const api = fakeApi();
    render(<HistoryPage api={api} now={() => new Date(2026, 2, 4)} />);
    await screen.findByText('News privacy');
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(api.download.mock.calls.map((c) => [c[0], c[2]])).toEqual([
      ['policylens-history-2026-03-04.json', 'application/json'],
      ['policylens-history-2026-03-04.csv', 'text/csv'],
    ]);
    expect(JSON.parse(api.download.mock.calls[0]![1]).policies).toHaveLength(2);
  });

  it('clears everything after a confirmation', async () => {
    const api = fakeApi();
    render(<HistoryPage api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear history…' }));
    expect(api.clear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    await screen.findByText(/No policies remembered yet/);
    expect(api.clear).toHaveBeenCalledTimes(1);
  });

  it('offers watching only when the browser side supports it', async () => {
    render(<HistoryPage api={fakeApi()} />);
    fireEvent.click(await screen.findByText('News privacy'));
    await screen.findByRole('heading', { name: /Latest report/ });
    expect(document.querySelector('.watch')).toBeNull();
    cleanup();
    const watch = vi.fn(async (_url: string) => null);
    render(<HistoryPage api={{ ...fakeApi(), watch, unwatch: vi.fn(async () => undefined) }} />);
    fireEvent.click(await screen.findByText('News privacy'));
    fireEvent.click(await screen.findByRole('button', { name: 'Watch this policy' }));
    await waitFor(() => expect(watch).toHaveBeenCalledWith('https://news.example/legal'));
  });
});

describe('parsePolicyUrl (history page → worker)', () => {
  it('accepts { url } with an http(s) address only', () => {
    expect(parsePolicyUrl({ url: 'https://a.example/p' })).toBe('https://a.example/p');
    for (const bad of [
      null,
      {},
      { url: 1 },
      { url: 'javascript:alert(1)' },
      { url: 'file:///x' },
      { url: `https://a.example/${'x'.repeat(5000)}` },
    ])
      expect(() => parsePolicyUrl(bad)).toThrow(TypeError);
  });
});
