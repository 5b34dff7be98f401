/** The history feature's words, in one place (popup banner, history page, options page). */
import { PRACTICES } from '../../analyzer/registry';

const practiceTable = PRACTICES as unknown as Record<string, { title: string; verdicts: Record<string, { label: string; tone: string }> } | undefined>;

export function practiceTitle(id: string): string {
  return practiceTable[id]?.title ?? id;
}

export function verdictLabel(practice: string, verdict: string): string {
  return practiceTable[practice]?.verdicts[verdict]?.label ?? verdict;
}

export function verdictTone(practice: string, verdict: string): string {
  return practiceTable[practice]?.verdicts[verdict]?.tone ?? 'neutral';
}

/** "Mar 4, 2026": the day is what the user remembers reading it. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
}

export const HISTORY_STRINGS = {
  firstVisit: 'First time PolicyLens reads this policy. It will tell you if it changes.',
  unchangedSince: (date: string) => `Unchanged since you read it on ${date}.`,
  changedSince: (date: string) => `Changed since ${date}`,
  wordingOnly: 'The wording changed; no verdict changed.',
  analyzerImproved: 'The policy’s text is the same, but PolicyLens reads it better now:',
  verdictChanges: 'Verdicts that changed',
  added: 'Added',
  removed: 'Removed',
  openHistory: 'History',
  compare: 'Compare versions',
};
