// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import type { PolicyChange } from '../../utils/history/history-model';
import { fakeApi, HOSTILE_SCRIPT, reportResult, sampleReport } from '../popup/fixtures';

afterEach(cleanup);

const SELL = 'We may share your data for cross-context behavioral advertising.';
const DENY = 'We do not sell your personal information.';
const changed: PolicyChange = {
  state: 'changed',
  since: '2026-03-04T12:00:00.000Z',
  analyzerImproved: false,
  verdicts: [{ practice: 'selling', before: 'does-not-sell', after: 'sells' }],
  evidence: [{ practice: 'selling', added: [SELL], removed: [DENY] }],
};

async function renderWith(change: PolicyChange | undefined) {
  const report = sampleReport();
  render(<App api={fakeApi(reportResult(report, change ? { change } : {}))} />);
  // The report view is a lazy chunk: generous wait on a loaded machine.
  await screen.findAllByRole('article', undefined, { timeout: 15_000 });
  return document.querySelector('.popup') as HTMLElement;
}

describe('popup: what changed since the policy was last read', () => {
  it('changed: "Changed since <date>", the verdict change in words, the sentences added and removed; the badge carries its previous verdict', async () => {
    const root = await renderWith(changed);
    await waitFor(() => expect(root.dataset.policyChange).toBe('changed'));
    expect(screen.getByRole('heading', { name: 'Changed since Mar 4, 2026' })).toBeTruthy();
    const line = document.querySelector('[data-change-practice="selling"]')!;
    expect(line.textContent).toMatch(/Selling.*Does not sell.*→.*Sells/i);
    expect(document.querySelector('.evidence-added')!.textContent).toBe(SELL);
    expect(document.querySelector('.evidence-removed')!.textContent).toBe(DENY);
    const badge = document.querySelector('[data-practice="selling"][data-verdict]') as HTMLElement;
    expect(badge.dataset.previousVerdict).toBe('does-not-sell');
    // Only the changed practice carries a previous verdict.
    expect(document.querySelectorAll('[data-previous-verdict]')).toHaveLength(1);
  });

  it('a practice under "More practices" carries its previous verdict too', async () => {
    const report = sampleReport();
    const now = report.practices.dnt.verdict;
    const before = now === 'honoured' ? 'not-honoured' : 'honoured';
    render(
      <App
        api={fakeApi(reportResult(report, { change: { ...changed, verdicts: [{ practice: 'dnt', before, after: now }], evidence: [] } }))}
      />,
    );
    await screen.findAllByRole('article', undefined, { timeout: 15_000 });
    const item = document.querySelector('li[data-practice="dnt"][data-verdict]') as HTMLElement;
    expect(item.dataset.previousVerdict).toBe(before);
    expect(document.querySelector('[data-practice="selling"]')!.hasAttribute('data-previous-verdict')).toBe(false);
  });

  it('unchanged: says since when, no previous verdicts', async () => {
    const root = await renderWith({
      state: 'unchanged',
      since: '2026-03-04T12:00:00.000Z',
      analyzerImproved: false,
      verdicts: [],
      evidence: [],
    });
    await waitFor(() => expect(root.dataset.policyChange).toBe('unchanged'));
    expect(screen.getByText(/Unchanged since you read it on Mar 4, 2026/)).toBeTruthy();
    expect(document.querySelector('[data-previous-verdict]')).toBeNull();
    // The link opens this policy on the history page, under its remembered (normalized) address.
    expect(screen.getByRole('link', { name: 'History' }).getAttribute('href')).toBe(
      `/policy-history.html#policy=${encodeURIComponent('https://www.acme.example/legal/privacy')}`,
    );
  });

  it('same text read by a newer analyzer: says the analyzer improved, not that the site changed', async () => {
    const root = await renderWith({
      state: 'unchanged',
      since: '2026-03-04T12:00:00.000Z',
      analyzerImproved: true,
      verdicts: [{ practice: 'selling', before: 'not-mentioned', after: 'does-not-sell' }],
      evidence: [],
    });
    await waitFor(() => expect(root.dataset.policyChange).toBe('unchanged'));
    expect(screen.getByText(/text is the same, but PolicyLens reads it better now/)).toBeTruthy();
    expect(screen.queryByText(/Changed since/)).toBeNull();
  });

  it('first visit: says so and links to the history page', async () => {
    const root = await renderWith({ state: 'first-visit' });
    await waitFor(() => expect(root.dataset.policyChange).toBe('first-visit'));
    expect(screen.getByRole('link', { name: 'History' }).getAttribute('href')).toBe('/policy-history.html');
  });

  it('memory off (no change from the worker): no attribute, no banner', async () => {
    const root = await renderWith(undefined);
    expect(root.hasAttribute('data-policy-change')).toBe(false);
    expect(document.querySelector('.change-banner')).toBeNull();
  });

  it('page text in the evidence diff stays text', async () => {
    await renderWith({ ...changed, evidence: [{ practice: 'selling', added: [HOSTILE_SCRIPT], removed: [] }] });
    expect(document.querySelector('.evidence-added')!.textContent).toBe(HOSTILE_SCRIPT);
    expect(document.querySelector('.evidence-added script')).toBeNull();
  });
});
