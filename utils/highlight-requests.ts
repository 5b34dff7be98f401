import { META_LIST } from '../analyzer/practice-meta';
import type { Finding, Report } from '../analyzer/types';
import { evidenceReason } from './evidence-reasons';
import { quotableEvidence } from './evidence-quality';
import type { HighlightRequest } from './tab-analysis';
import { coreAnswers, practiceTitle, toneFor, verdictLabel } from './verdict-answers';
import { findingSummary } from './finding-summary';

export { toolbarBadge } from './verdict-answers';

type AnyFinding = Finding<string>;

/**
 * One highlight per quotable evidence sentence, with what its tooltip says. Only the first (decisive)
 * sentence of each practice is `decisive`: the page shows those in colour and the rest quietly, so a
 * short policy does not turn into a rainbow. Headings and fragments are never highlighted.
 */
export function highlightRequests(report: Report, opts: { minConfidence: number }): HighlightRequest[] {
  // The tooltip says the answer ("13+", "5 years"), not the practice's name again ("Minimum age [Minimum age]").
  const answers = new Map<string, string>(coreAnswers(report).map((a) => [a.id, a.answer]));
  return META_LIST.flatMap((practice) => {
    const finding = (report.practices as unknown as Record<string, AnyFinding | undefined>)[practice.id];
    if (!finding || finding.verdict === 'not-mentioned' || finding.confidence < opts.minConfidence) return [];
    const tone = toneFor(practice, report);
    return quotableEvidence(finding.evidence).map((evidence, i) => ({
      practice: practice.id,
      practiceTitle: practiceTitle(practice),
      verdict: finding.verdict,
      verdictLabel: answers.get(practice.id) ?? verdictLabel(practice, finding.verdict),
      tone,
      reason: evidenceReason(practice.id, evidence, findingSummary(practice.id, finding)),
      text: evidence.text,
      start: evidence.start,
      end: evidence.end,
      decisive: i === 0,
    }));
  });
}
