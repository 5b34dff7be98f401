import type { PracticeId, Practices, Tone } from './types';

/**
 * What the popup, the exports and the tooltips show about each practice: its title, the question its badge answers,
 * the label and tone of each verdict, and whether it is a main badge or under "More practices". No rules live here,
 * so the popup can import this without the analyzer. Each practice's rules (`practices/<id>.ts`) spread its entry.
 */
export type VerdictOf<K extends PracticeId> = Practices[K]['verdict'];

export type PracticeMeta<K extends PracticeId = PracticeId> = {
  id: K;
  title: string;
  /** The question the badge answers, e.g. "Do they sell your data?" */
  question: string;
  /** `main`: one of the headline badges; `more`: under "More practices". */
  group: 'main' | 'more';
  verdicts: Record<VerdictOf<K>, { label: string; tone: Tone }>;
};

/** Every practice, in the order the popup and exports show them. */
export const PRACTICE_META: { [K in PracticeId]: PracticeMeta<K> } = {
  tracking: {
    id: 'tracking',
    group: 'main',
    title: 'Tracking cookies',
    question: 'Who tracks you on this site?',
    verdicts: {
      'third-party': { label: 'Third-party tracking', tone: 'bad' },
      'first-party': { label: 'Own cookies only', tone: 'caution' },
      none: { label: 'No cookies', tone: 'good' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  selling: {
    id: 'selling',
    group: 'main',
    title: 'Selling data',
    question: 'Do they sell your data?',
    verdicts: {
      sells: { label: 'Sells data', tone: 'bad' },
      'does-not-sell': { label: 'Does not sell', tone: 'good' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  retention: {
    id: 'retention',
    group: 'main',
    title: 'Data retention',
    question: 'How long do they keep your data?',
    verdicts: {
      period: { label: 'Fixed period', tone: 'good' },
      'until-deletion': { label: 'Until you delete it', tone: 'caution' },
      indefinite: { label: 'Kept indefinitely', tone: 'bad' },
      vague: { label: 'No clear period', tone: 'caution' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  age: {
    id: 'age',
    group: 'main',
    title: 'Minimum age',
    question: 'From what age may you use it?',
    verdicts: {
      'minimum-age': { label: 'Minimum age', tone: 'neutral' },
      'not-mentioned': { label: 'Not mentioned', tone: 'caution' },
    },
  },
  sharing: {
    id: 'sharing',
    group: 'more',
    title: 'Sharing',
    question: 'Who do they share it with?',
    verdicts: {
      advertising: { label: 'Shared for advertising', tone: 'bad' },
      'third-parties': { label: 'Shared with third parties', tone: 'caution' },
      'service-providers-only': { label: 'Service providers only', tone: 'good' },
      'no-sharing': { label: 'Not shared', tone: 'good' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  rights: {
    id: 'rights',
    group: 'more',
    title: 'Your rights',
    question: 'What can you ask them to do?',
    verdicts: {
      described: { label: 'Rights described', tone: 'good' },
      limited: { label: 'Few rights', tone: 'caution' },
      'not-mentioned': { label: 'Not mentioned', tone: 'caution' },
    },
  },
  security: {
    id: 'security',
    group: 'more',
    title: 'Security',
    question: 'How do they protect your data?',
    verdicts: {
      'measures-described': { label: 'Measures described', tone: 'good' },
      generic: { label: 'Only generic promises', tone: 'neutral' },
      'not-mentioned': { label: 'Not mentioned', tone: 'caution' },
    },
  },
  changes: {
    id: 'changes',
    group: 'more',
    title: 'Policy changes',
    question: 'Will they tell you when the policy changes?',
    verdicts: {
      notified: { label: 'You are notified', tone: 'good' },
      'posted-only': { label: 'Posted on the page only', tone: 'caution' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  dnt: {
    id: 'dnt',
    group: 'more',
    title: 'Do Not Track',
    question: 'Do they honour Do Not Track or Global Privacy Control?',
    verdicts: {
      honoured: { label: 'Honoured', tone: 'good' },
      'not-honoured': { label: 'Ignored', tone: 'bad' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  transfers: {
    id: 'transfers',
    group: 'more',
    title: 'International transfers',
    question: 'Does your data leave your country?',
    verdicts: {
      safeguards: { label: 'Transferred with safeguards', tone: 'neutral' },
      transferred: { label: 'Transferred abroad', tone: 'caution' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  sensitive: {
    id: 'sensitive',
    group: 'more',
    title: 'Sensitive data',
    question: 'Do they collect sensitive data?',
    verdicts: {
      collected: { label: 'Collects sensitive data', tone: 'bad' },
      'not-collected': { label: 'No sensitive data', tone: 'good' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },
  contact: {
    id: 'contact',
    group: 'more',
    title: 'Privacy contact',
    question: 'Whom can you ask about your data?',
    verdicts: {
      provided: { label: 'Contact given', tone: 'good' },
      'not-mentioned': { label: 'No contact', tone: 'caution' },
    },
  },
};

export const META_LIST: PracticeMeta[] = Object.values(PRACTICE_META) as PracticeMeta[];

/** A report's finding of one practice, joined with that practice's metadata: what every view shows. */
export type JoinedFinding = {
  practice: PracticeMeta;
  finding: {
    verdict: string;
    confidence: number;
    summary: string;
    evidence: { text: string; start: number; end: number; reason?: string }[];
  };
  label: string;
  tone: Tone;
};

/**
 * The one join of a report with the practice metadata, in display order (`practices` defaults to every practice).
 * Practices the report has no finding for are skipped; an unknown verdict shows as itself, in a neutral tone.
 */
export function joinReport(report: { practices: object }, practices: readonly PracticeMeta[] = META_LIST): JoinedFinding[] {
  const findings = report.practices as Record<string, JoinedFinding['finding'] | undefined>;
  const out: JoinedFinding[] = [];
  for (const practice of practices) {
    const finding = findings[practice.id];
    if (!finding) continue;
    const verdict = (practice.verdicts as Record<string, { label: string; tone: Tone } | undefined>)[finding.verdict];
    out.push({ practice, finding, label: verdict?.label ?? finding.verdict, tone: verdict?.tone ?? 'neutral' });
  }
  return out;
}
