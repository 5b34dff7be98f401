import { joinReport, type PracticeMeta } from '../analyzer/practice-meta';
import type { Evidence, Report, Tone } from '../analyzer/types';
import { t } from '../utils/i18n';
import { LOW_CONFIDENCE } from '../utils/settings-schema';
import { toneFor, verdictLabel } from '../utils/verdict-answers';

export { MAIN_BADGES } from './main-badges';

/** A practice's finding as the popup shows it, whatever the practice's own extra fields. */
export type FindingView = { verdict: string; confidence: number; summary: string; evidence: Evidence[] };

export type PracticeView = {
  practice: PracticeMeta;
  finding: FindingView;
  label: string;
  tone: Tone;
  lowConfidence: boolean;
  /** The verdict the last read version had, when it differs (history). */
  previousVerdict?: string;
};

/** Every practice of `practices` (the registry's list) that the report has a finding for, in that order. */
export function practiceViews(report: Report, practices: readonly PracticeMeta[]): PracticeView[] {
  return joinReport(report, practices).map((joined) => ({
    ...joined,
    // Labels in the UI language; tones judged for the user (utils/verdict-answers.ts).
    label: verdictLabel(joined.practice, joined.finding.verdict),
    tone: toneFor(joined.practice, report),
    // "Not mentioned" is an absence, not a guess: no hint for it.
    lowConfidence: joined.finding.verdict !== 'not-mentioned' && joined.finding.confidence < LOW_CONFIDENCE,
  }));
}

export const toneWord = (tone: Tone): string => t(`tone_${tone}`);
