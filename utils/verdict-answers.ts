/**
 * What each verdict means for the person reading: the answer in plain words ("Sells your data",
 * "5 years", "13+"), its tone judged from the user's side, the bottom-line sentence, and the toolbar
 * badge rule. Shared by the popup and the worker (badge, icon title), so both say the same thing.
 */
import { META_LIST } from '../analyzer/practice-meta';
import type { PracticeMeta } from '../analyzer/practice-meta';
import type { Report, Tone } from '../analyzer/types';
import { durationWords } from './duration-words';
import { t, tOr } from './i18n';

/** The four questions answered above the fold, in this order. */
export const CORE = ['tracking', 'selling', 'retention', 'age'] as const;
export type CoreId = (typeof CORE)[number];

/** Retention up to this many days reads as short (good); up to LONG_DAYS as worth a look; longer as a concern. */
export const SHORT_DAYS = 365;
export const LONG_DAYS = 3 * 365;

type AnyFinding = { verdict: string; confidence: number; summary: string; evidence: { text: string }[] } & Record<string, unknown>;

function findingOf(report: Report, id: string): AnyFinding | null {
  return (report.practices as unknown as Record<string, AnyFinding | undefined>)[id] ?? null;
}

/**
 * Tones where the analyzer's vocabulary does not say what the verdict means for the user: a long fixed
 * period is not good because it is fixed; silence on how long data is kept or on age is worth a look;
 * sensitive data and ignored DNT are common and matter less than selling or tracking.
 */
const TONE_FOR_USER: Record<string, Record<string, Tone>> = {
  tracking: { 'first-party': 'neutral', 'not-mentioned': 'neutral' },
  retention: { 'until-deletion': 'neutral', 'not-mentioned': 'caution' },
  sensitive: { collected: 'caution' },
  dnt: { 'not-honoured': 'caution' },
};

/** The tone of a verdict as the popup, the highlights and the badge show it. */
export function toneFor(practice: PracticeMeta, report: Report): Tone {
  const finding = findingOf(report, practice.id);
  if (!finding) return 'neutral';
  if (practice.id === 'retention' && finding.verdict === 'period') {
    const days = Number(finding.days ?? 0);
    return days <= SHORT_DAYS ? 'good' : days <= LONG_DAYS ? 'caution' : 'bad';
  }
  const own = TONE_FOR_USER[practice.id]?.[finding.verdict];
  const vocabulary = (practice.verdicts as Record<string, { tone: Tone } | undefined>)[finding.verdict]?.tone;
  return own ?? vocabulary ?? 'neutral';
}

/** Message keys are made of ids: "does-not-sell" → "does_not_sell". */
export const keyPart = (id: string) => id.replace(/[^a-zA-Z0-9]+/g, '_');

/** The verdict's label in the UI language, the practice's own label when there is no translation. */
export function verdictLabel(practice: PracticeMeta, verdict: string): string {
  const own = (practice.verdicts as Record<string, { label: string } | undefined>)[verdict]?.label ?? verdict;
  return tOr(`verdict_${keyPart(practice.id)}_${keyPart(verdict)}`, own);
}

export const practiceTitle = (practice: PracticeMeta) => tOr(`practice_${keyPart(practice.id)}_title`, practice.title);
export const practiceQuestion = (practice: PracticeMeta) => tOr(`practice_${keyPart(practice.id)}_question`, practice.question);

/** A list in words: "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('list_and', items.slice(0, -1).join(', '), items.at(-1)!);
}

/** Tracker names shortened for a sentence: "Google Analytics, Facebook Pixel" → "Google and Facebook". */
export function companiesOf(trackers: string[]): string[] {
  return [...new Set(trackers.map((name) => name.split(/[\s(]/)[0]!))];
}

export type CoreAnswer = {
  id: CoreId;
  practice: PracticeMeta;
  verdict: string;
  /** The answer itself, short: "Sells your data", "90 days", "13+", "No age stated". */
  answer: string;
  /** Who or what it is about, when known: the trackers named. */
  detail: string | null;
  tone: Tone;
  /** A clause for the bottom line, or null when the verdict adds nothing worth repeating. */
  clause: string | null;
};

function ageAnswer(value: number | null): string {
  if (value === null) return t('answer_age_unknown_value');
  return value >= 18 ? t('answer_age_adult', value) : t('answer_age_plus', value);
}

/** The four core answers, in order. Missing practices (a test's partial registry) are skipped. */
export function coreAnswers(report: Report, practices: readonly PracticeMeta[] = META_LIST): CoreAnswer[] {
  const out: CoreAnswer[] = [];
  for (const id of CORE) {
    const practice = practices.find((p) => p.id === id);
    const finding = findingOf(report, id);
    if (!practice || !finding) continue;
    const verdict = finding.verdict;
    const tone = toneFor(practice, report);
    const generic = tOr(`answer_${id}_${keyPart(verdict)}`, verdictLabel(practice, verdict));
    let answer = generic;
    let detail: string | null = null;
    let clause: string | null = t(`clause_${id}_${keyPart(verdict)}`) || null;
    if (id === 'tracking') {
      const trackers = Array.isArray(finding.trackers) ? (finding.trackers as string[]) : [];
      if (verdict === 'third-party' && trackers.length) {
        detail = trackers.join(', ');
        clause = t('clause_tracking_named', listWords(companiesOf(trackers).slice(0, 3)));
      }
    } else if (id === 'retention' && verdict === 'period' && typeof finding.days === 'number') {
      answer = durationWords(
        finding.days,
        finding.evidence.map((e) => e.text),
      );
      clause = t('clause_retention_period', answer);
    } else if (id === 'age' && verdict === 'minimum-age') {
      const value = typeof finding.value === 'number' ? finding.value : null;
      answer = ageAnswer(value);
      clause = value === null ? null : t('clause_age_value', answer, value);
    }
    out.push({ id, practice, verdict, answer, detail, tone, clause });
  }
  return out;
}

const TONE_ORDER: Tone[] = ['bad', 'caution', 'neutral', 'good'];

/**
 * One sentence a person can repeat, built from the core answers (no grade): concerns first, then
 * what to check, then the rest. "Sells your data; tracked by Google and Meta; keeps it 90 days."
 */
export function bottomLine(answers: CoreAnswer[]): string {
  const clauses = [...answers]
    .sort((a, b) => TONE_ORDER.indexOf(a.tone) - TONE_ORDER.indexOf(b.tone))
    .map((a) => a.clause)
    .filter((c): c is string => !!c);
  if (!clauses.length) return t('bottom_line_silent');
  const sentence = clauses.join('; ');
  return `${sentence.charAt(0).toLocaleUpperCase()}${sentence.slice(1)}.`;
}

/**
 * What "needs attention" on the toolbar badge: a core answer of tone "bad", plus sharing for
 * advertising when the policy does not already say it sells (sharing for ads is selling in all but
 * name; counted once). Everything else (sensitive data, DNT…) stays in the popup.
 */
export function attentionFindings(report: Report, practices: readonly PracticeMeta[] = META_LIST): string[] {
  const answers = coreAnswers(report, practices);
  const out = answers.filter((a) => a.tone === 'bad').map((a) => a.clause ?? a.answer);
  const sellsAlready = answers.some((a) => a.id === 'selling' && a.verdict === 'sells');
  if (!sellsAlready && findingOf(report, 'sharing')?.verdict === 'advertising') out.push(t('clause_sharing_advertising'));
  return out;
}

export type ToolbarBadge = { text: string; color: string; title: string };
const RED = '#c5221f';
const GREEN = '#137333';
const GREY = '#5f6368';

/**
 * The badge and the icon's title: the number of findings that need attention (red) or ✓ (green), and
 * the four answers in words. On a page that does not read like a policy ("Analyze anyway") the badge
 * is a grey "?" and the title says the verdicts may not apply.
 */
export function toolbarBadge(report: Report, practices: readonly PracticeMeta[] = META_LIST): ToolbarBadge {
  const attention = attentionFindings(report, practices);
  const answers = coreAnswers(report, practices);
  const words = answers.map((a) => `${practiceTitle(a.practice)}: ${a.answer}`).join(' · ');
  if (!report.isPolicy) return { text: '?', color: GREY, title: t('badge_title_not_policy', words) };
  if (!attention.length) return { text: '✓', color: GREEN, title: t('badge_title_none', words) };
  const list = attention.map((c) => `${c.charAt(0).toLocaleUpperCase()}${c.slice(1)}`).join(' · ');
  return { text: String(attention.length), color: RED, title: t('badge_title_attention', list, words) };
}
