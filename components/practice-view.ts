import { joinReport, type PracticeMeta } from '../analyzer/practice-meta';
import type { Evidence, Report, Tone } from '../analyzer/types';
import { LOW_CONFIDENCE } from '../utils/settings-schema';

/** The first practices are the headline badges; any added later go to "More practices". */
export const MAIN_BADGES = 4;

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
    // "Not mentioned" is an absence, not a guess: no hint for it.
    lowConfidence: joined.finding.verdict !== 'not-mentioned' && joined.finding.confidence < LOW_CONFIDENCE,
  }));
}

export const TONE_WORD: Record<Tone, string> = { bad: 'Concern', caution: 'Worth a look', good: 'Good sign', neutral: 'Neutral' };
