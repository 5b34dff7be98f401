import type { Practice } from '../analyzer/practice';
import type { Evidence, Report, Tone } from '../analyzer/types';
import { LOW_CONFIDENCE } from '../utils/settings-schema';

/** The first practices are the headline badges; any added later go to "More practices". */
export const MAIN_BADGES = 4;

/** A practice's finding as the popup shows it, whatever the practice's own extra fields. */
export type FindingView = { verdict: string; confidence: number; summary: string; evidence: Evidence[] };

export type PracticeView = {
  practice: Practice;
  finding: FindingView;
  label: string;
  tone: Tone;
  lowConfidence: boolean;
  /** The verdict the last read version had, when it differs (history). */
  previousVerdict?: string;
};

/** Every practice of `practices` (the registry's list) that the report has a finding for, in that order. */
export function practiceViews(report: Report, practices: readonly Practice[]): PracticeView[] {
  const findings = report.practices as unknown as Record<string, FindingView | undefined>;
  const out: PracticeView[] = [];
  for (const practice of practices) {
    const finding = findings[practice.id];
    if (!finding) continue;
    const verdict = (practice.verdicts as Record<string, { label: string; tone: Tone } | undefined>)[finding.verdict];
    out.push({
      practice,
      finding,
      label: verdict?.label ?? finding.verdict,
      tone: verdict?.tone ?? 'neutral',
      // "Not mentioned" is an absence, not a guess: no hint for it.
      lowConfidence: finding.verdict !== 'not-mentioned' && finding.confidence < LOW_CONFIDENCE,
    });
  }
  return out;
}

export const TONE_WORD: Record<Tone, string> = { bad: 'Concern', caution: 'Worth a look', good: 'Good sign', neutral: 'Neutral' };
