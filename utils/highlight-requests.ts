import { joinReport } from '../analyzer/practice-meta';
import type { Report } from '../analyzer/types';
import type { HighlightRequest } from './messages';

function findings(report: Report) {
  return joinReport(report).map(({ practice, finding, label, tone }) => ({ practice, finding, verdict: { label, tone } }));
}

/** One highlight per evidence sentence, with what its tooltip says. */
export function highlightRequests(report: Report, opts: { minConfidence: number }): HighlightRequest[] {
  return findings(report)
    .filter(({ finding }) => finding.confidence >= opts.minConfidence)
    .flatMap(({ practice, finding, verdict }) =>
      finding.evidence.map((evidence) => ({
        practice: practice.id,
        practiceTitle: practice.title,
        verdict: finding.verdict,
        verdictLabel: verdict.label,
        tone: verdict.tone,
        reason: evidence.reason ?? finding.summary,
        text: evidence.text,
        start: evidence.start,
        end: evidence.end,
      })),
    );
}

/** The toolbar badge: how many practices need attention (a verdict of tone "bad"). */
export function toolbarBadge(report: Report): { text: string; color: string } {
  const concerns = findings(report).filter(({ verdict }) => verdict.tone === 'bad').length;
  return concerns > 0 ? { text: String(concerns), color: '#c5221f' } : { text: '✓', color: '#137333' };
}
