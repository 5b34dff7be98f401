// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Practice } from '../analyzer/practice';
import { PRACTICE_LIST } from '../analyzer/registry';
import { MorePractices } from '../components/MorePractices';
import { PracticeBadge } from '../components/PracticeBadge';
import { MAIN_BADGES, practiceViews } from '../components/practice-view';
import { sampleReport } from './popup/fixtures';

afterEach(cleanup);

/** A practice the registry may not hold yet: the popup must render it from its metadata alone. */
const extra = {
  id: 'encryption',
  title: 'Encryption',
  question: 'Is your data encrypted?',
  verdicts: { encrypted: { label: 'Encrypted in transit', tone: 'good' }, 'not-mentioned': { label: 'Not mentioned', tone: 'neutral' } },
} as unknown as Practice;

function reportWithExtra() {
  const report = sampleReport();
  (report.practices as unknown as Record<string, unknown>).encryption = {
    verdict: 'encrypted',
    confidence: 0.8,
    summary: 'Data is encrypted with TLS.',
    evidence: [{ text: 'We encrypt data in transit with TLS.', start: 4321, end: 4357 }],
  };
  return report;
}

describe('practice views', () => {
  it('follow the practice list given, with labels and tones from each practice’s vocabulary', () => {
    const views = practiceViews(reportWithExtra(), [...PRACTICE_LIST.slice(0, MAIN_BADGES), extra]);
    expect(views.map((v) => v.practice.id)).toEqual([...PRACTICE_LIST.slice(0, MAIN_BADGES).map((p) => p.id), 'encryption']);
    expect(views.at(-1)).toMatchObject({ label: 'Encrypted in transit', tone: 'good', lowConfidence: false });
  });

  it('skip a practice the report has no finding for, and fall back to the raw verdict for an unknown one', () => {
    const report = reportWithExtra();
    (report.practices as unknown as Record<string, { verdict: string }>).encryption!.verdict = 'quantum';
    const views = practiceViews(report, [extra, { ...extra, id: 'absent' } as unknown as Practice]);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ label: 'quantum', tone: 'neutral' });
  });

  it('never flag "not mentioned" as low confidence', () => {
    const report = sampleReport();
    report.practices.selling = { verdict: 'not-mentioned', confidence: 0.5, summary: 'Silent.', evidence: [] };
    const selling = practiceViews(report, PRACTICE_LIST).find((v) => v.practice.id === 'selling')!;
    expect(selling.lowConfidence).toBe(false);
  });
});

describe('More practices', () => {
  it('lists further practices compactly, with the verdict in words and evidence that scrolls the page', () => {
    const onShow = vi.fn(async () => true);
    const [view] = practiceViews(reportWithExtra(), [extra]);
    render(<MorePractices views={[view!]} onShowEvidence={onShow} />);
    const row = document.querySelector('[data-practice="encryption"]') as HTMLElement;
    expect(row.getAttribute('data-verdict')).toBe('encrypted');
    expect(within(row).getByText('Encrypted in transit')).toBeTruthy();
    fireEvent.click(row.querySelector('[data-evidence-start="4321"]')!);
    expect(onShow).toHaveBeenCalledWith(4321);
  });

  it('renders nothing when the registry holds only the headline practices', () => {
    const { container } = render(<MorePractices views={[]} onShowEvidence={async () => true} />);
    expect(container.textContent).toBe('');
  });
});

describe('practice badge', () => {
  it('lists every evidence sentence at once when the "show all evidence" setting is on', () => {
    const report = sampleReport();
    const tracking = practiceViews(report, PRACTICE_LIST).find((v) => v.practice.id === 'tracking')!;
    expect(tracking.finding.evidence.length).toBeGreaterThan(1);
    render(<PracticeBadge view={tracking} onShowEvidence={async () => true} options={{ showLowConfidence: true, expandEvidence: true }} />);
    expect(document.querySelectorAll('[data-evidence-start]')).toHaveLength(tracking.finding.evidence.length);
    expect(screen.getByRole('button', { name: 'Show less' })).toBeTruthy();
  });
});
