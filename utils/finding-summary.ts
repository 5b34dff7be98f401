/**
 * A finding's one-sentence summary in the UI's language. The analyzer writes English summaries with the policy's
 * own details (tracker names, every age it mentions); in English those are shown as they are. In another language
 * the sentence for the verdict (`summary_<practice>_<verdict>`) is shown, with the number or signal names it needs,
 * so a German or French popup does not switch to English under each badge.
 */
import { t, uiLanguage } from './i18n';
import { keyPart, listWords } from './verdict-answers';

type SummarizedFinding = { verdict: string; summary: string; value?: unknown; signals?: unknown };

/** The words `summary_…` keys fill in: the minimum age, the browser signals named. */
function detailsOf(practice: string, finding: SummarizedFinding): string[] {
  if (practice === 'age' && typeof finding.value === 'number') return [String(finding.value)];
  if (practice === 'dnt') {
    const signals = Array.isArray(finding.signals) ? finding.signals.filter((s): s is string => typeof s === 'string') : [];
    return [signals.length ? listWords(signals) : 'Do Not Track'];
  }
  return [];
}

export function findingSummary(practice: string, finding: SummarizedFinding): string {
  if (uiLanguage() === 'en') return finding.summary;
  return t(`summary_${keyPart(practice)}_${keyPart(finding.verdict)}`, ...detailsOf(practice, finding)) || finding.summary;
}
