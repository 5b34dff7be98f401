// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../components/App';
import de from '../locales/de.json';
import { setMessageTable } from '../utils/i18n';
import { fakeApi, reportResult, sampleReport } from './popup/fixtures';

afterEach(() => {
  cleanup();
  setMessageTable(null);
});

async function renderReport(extra: Parameters<typeof reportResult>[1] = {}, report = sampleReport()) {
  const api = fakeApi(reportResult(report, extra));
  render(<App api={api} />);
  await screen.findAllByRole('article', {}, { timeout: 15_000 });
  return api;
}

describe('popup: the answers first', () => {
  it('opens with a bottom line and the four core answers in words, before any detail', async () => {
    await renderReport();
    const summary = document.querySelector('.answers')!;
    const rows = [...summary.querySelectorAll('[data-core]')];
    expect(rows.map((r) => r.getAttribute('data-core'))).toEqual(['tracking', 'selling', 'retention', 'age']);
    expect(within(summary as HTMLElement).getByText('90 days')).toBeTruthy();
    expect(within(summary as HTMLElement).getByText('13+')).toBeTruthy();
    expect(within(summary as HTMLElement).getByText('Does not sell your data')).toBeTruthy();
    expect(summary.querySelector('[data-bottom-line]')!.textContent).toMatch(
      /^Tracked by Google.*does not sell your data.*keeps it 90 days/,
    );
    // The summary comes before the first detailed badge in the document.
    const first = document.querySelector('article.badge')!;
    expect(summary.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('never shows a heading or a fragment as the evidence', async () => {
    const report = sampleReport();
    const real = report.practices.selling.evidence[0]!;
    report.practices.selling.evidence = [
      { text: 'Selling', start: 0, end: 7 },
      { text: 'Sale of Personal Information', start: 8, end: 36 },
      real,
    ];
    await renderReport({}, report);
    const quote = document.querySelector('[data-practice="selling"] [data-quote]')!;
    expect(quote.textContent).toBe(real.text);
  });
});

describe('popup: acting on it', () => {
  it('offers the opt-out link, the privacy settings and a mailto with a subject', async () => {
    await renderReport({
      actionLinks: [
        { kind: 'opt-out', text: 'Do Not Sell or Share', href: 'https://www.acme.example/dns' },
        { kind: 'settings', text: 'Privacy settings', href: 'https://www.acme.example/account' },
      ],
    });
    expect(document.querySelector('[data-action="opt-out"]')!.getAttribute('href')).toBe('https://www.acme.example/dns');
    expect(document.querySelector('[data-action="settings"]')!.getAttribute('href')).toBe('https://www.acme.example/account');
    expect(document.querySelector('[data-action="contact"]')!.getAttribute('href')).toBe(
      'mailto:privacy@acme.example?subject=Question%20about%20my%20personal%20data',
    );
  });

  it('never offers a javascript: link from the page', async () => {
    await renderReport({ actionLinks: [{ kind: 'opt-out', text: 'Do Not Sell', href: 'javascript:alert(1)' }] });
    expect(document.querySelector('[data-action="opt-out"]')).toBeNull();
  });

  it('sets what the page loads beside what the policy names', async () => {
    await renderReport({ pageTrackers: ['Google Analytics', 'Hotjar'] });
    const section = document.querySelector('.page-trackers') as HTMLElement;
    expect(section.querySelector('[data-tracker="Hotjar"]')!.getAttribute('data-named')).toBe('false');
    expect(section.querySelector('[data-tracker="Google Analytics"]')!.getAttribute('data-named')).toBe('true');
    expect(section.querySelector('[data-trackers-unnamed]')!.textContent).toBe('Not named in the policy: Hotjar.');
  });

  it('explains the highlight colours and clears them on request', async () => {
    const api = await renderReport({ highlighted: 4 });
    const legend = document.querySelector('[data-legend]') as HTMLElement;
    expect(legend.querySelector('[data-legend-tone="bad"]')!.textContent).toContain('Tracking cookies');
    fireEvent.click(within(legend).getByRole('button', { name: 'Clear highlights' }));
    await waitFor(() => expect(api.clearHighlights).toHaveBeenCalledWith(7));
    expect(await within(legend).findByText(/Highlights cleared/)).toBeTruthy();
  });

  it('shows no legend when nothing is highlighted on the page', async () => {
    await renderReport({ highlighted: 0 });
    expect(document.querySelector('[data-legend]')).toBeNull();
  });
});

describe('popup in German', () => {
  it('renders its own words in German and says the analysis reads English', async () => {
    setMessageTable(de);
    await renderReport();
    expect(screen.getAllByText('Auf der Seite zeigen', { exact: false }).length).toBeGreaterThan(0);
    expect(document.querySelector('.answers')!.textContent).toContain('Speicherdauer');
    expect(document.querySelector('.answers')!.textContent).toContain('90 Tage');
    expect(document.querySelector('.popup')!.getAttribute('lang')).toBe('de');
    expect(screen.getByText(/PolicyLens analysiert nur englische Erklärungen/)).toBeTruthy();
  });

  it('words every badge’s summary in German, none in the analyzer’s English', async () => {
    setMessageTable(de);
    await renderReport();
    const summaries = [...document.querySelectorAll('.badge-summary')].map((el) => el.textContent ?? '');
    expect(summaries.length).toBeGreaterThanOrEqual(4);
    for (const text of summaries) expect(text).not.toMatch(/\b(?:The policy|the site|Third parties)\b/);
    expect(summaries.join(' ')).toContain('Erklärung');
  });
});

describe('popup: a wrong verdict', () => {
  it('copies a Markdown report with the verdict in words and its first quote', async () => {
    const api = await renderReport();
    fireEvent.click(document.querySelector('[data-practice="retention"] [data-report-wrong]')!);
    await waitFor(() => expect(api.copy).toHaveBeenCalledTimes(1));
    const md = api.copy.mock.calls[0]![0];
    expect(md).toContain('- Practice: Data retention');
    expect(md).toContain('- PolicyLens said: 90 days');
    expect(md).toContain('> We keep account data for 90 days after you close your account.');
    // A page address is text, never a live link in whatever renders the report (see docs/security.md).
    expect(md).toContain('- Page: https\\://www\\.acme.example/legal/privacy');
    expect(await screen.findByText(/Report copied/)).toBeTruthy();
  });
});
