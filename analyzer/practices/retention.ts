import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import { frameOf, leadOf, sectionOf, tableHeadOf } from '../frame';
import {
  ANONYMOUS_DATA,
  AS_LONG_AS_NEEDED,
  CRITERIA_LEAD,
  has,
  INACTIVITY_SPAN,
  KEEP_VERB,
  KEPT_DATA,
  KEPT_FOR_PURPOSE,
  KEPT_FOREVER,
  KEPT_IN_PLACE,
  KEPT_PRONOUN,
  KEPT_WITHOUT_END,
  LONGER_THAN_NEEDED,
  LOOKBACK_WINDOW,
  NEVER_DELETED,
  NOT_ABOUT_KEEPING,
  PERMANENT_DELETION,
  PROCESS_DEADLINE,
  DELETION_LAG,
  LAG_AFTER_YOUR_ACT,
  FREQUENCY_LEAD,
  DATA_NAMED_BY_PROCESS,
  every,
  REMAINS_FOREVER,
  REMOVE_VERB,
  RETENTION_PERIOD_NAMED,
  RETENTION_WORDS,
  SHORTEST_NEEDED,
  TIME_UNIT,
  UNTIL_ACCOUNT_ENDS,
  KEPT_PAST_ACCOUNT,
  USER_CAN_DELETE,
  USER_DELETES,
  DATA_OR_RECORDS,
  COOKIE_DATA,
  AGE_AFTER_NUMBER,
  PERIOD_NAMED_AFTER,
  LETS_THE_USER,
  REQUEST_WORD,
  KEPT_ONLY_TO_PROVIDE,
  DISCLOSED_FIRST,
  RETENTION_HEADING,
  PERSONAL_OR_YOURS,
  COOKIE_NAMED,
  ROLE_BEFORE_VERB,
} from '../lexicon/index';
import { BAND, confidenceOf, INDIRECT, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { RetentionVerdict } from '../types';
import { findDurations } from '../numbers';

/** "Keep information secure", "retain the services of contractors": the verb is not about how long. */
const NOT_KEEPING = NOT_ABOUT_KEEPING.re;
/** A duration's unit: a short row under a retention section may state a period without a verb. */
const DURATION_UNIT = TIME_UNIT.re;
/** Kept without end, once "permanently deleted" (the opposite) is set aside; or with no end date set. */
const INDEFINITE = {
  exec: (t: string) =>
    (has(KEPT_FOREVER, t) ? KEPT_FOREVER.re.exec(t.replace(PERMANENT_DELETION.all, ' ')) : null) ?? KEPT_WITHOUT_END.re.exec(t),
};
/** A deadline to answer or process ("we respond within 45 days"), unless its word only names the data kept. */
const isDeadline = (text: string) =>
  every(PROCESS_DEADLINE, text).some((m) => !has(DATA_NAMED_BY_PROCESS, text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)));
/** Anonymous data is not personal data: keeping it, forever or for years, says nothing about yours. */
const ANONYMOUS = ANONYMOUS_DATA.re;

/**
 * No keeping verb in another sense ("keep information secure"), or an erasure after it that still says how long: "keep
 * personal data accurate ..., and erase it without delay when no longer necessary".
 */
function erasesBeyond(text: string, removeAt: number): boolean {
  const other = NOT_KEEPING.exec(text);
  return !other || removeAt > other.index + other[0].length;
}

/** How long erasing takes after the user's act: "If you close your account, we delete it within 30 days". */
const DELETION_LAGS = [DELETION_LAG, LAG_AFTER_YOUR_ACT];
const saysDeletionLag = (text: string) => DELETION_LAGS.some((lag) => has(lag, text));
/** Where a sentence says how long erasing takes after the user's act. */
function deletionLags(text: string): (readonly [number, number])[] {
  return DELETION_LAGS.flatMap((lag) => every(lag, text).map((m) => [m.index!, m.index! + m[0].length] as const));
}

/** The earlier of two `search` results (-1 = not found). */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The verb that governs the period is the last one before it: "deleted after 30 days", not "kept 90 days, then erased". */
function deletedAfter(keepAt: number, removeAt: number, durationAt: number): boolean {
  return removeAt >= 0 && removeAt < durationAt && (keepAt < 0 || keepAt > durationAt || removeAt > keepAt);
}

export const retention: Practice<'retention'> = {
  ...PRACTICE_META.retention,
  // Durations and "until" too: rows under a retention heading carry no verb ("Invoices | 10 years").
  candidate: RETENTION_WORDS.re,
  triggers: [KEEP_VERB, KEPT_IN_PLACE, REMOVE_VERB, REMAINS_FOREVER, NEVER_DELETED],
  judge(sentence, ctx) {
    const text = sentence.text;
    // "Order details stay in my files for six years": staying on file is keeping.
    const keepAt = firstOf(text.search(KEEP_VERB.re), text.search(KEPT_IN_PLACE.re));
    const removeAt = text.search(REMOVE_VERB.re);
    // Under a "Retention" heading, a bullet or table row ("Invoices | 10 years") needs no verb of its own.
    // A table cell on its own line ("5 years after your last use") leans on its section's title instead.
    const underHeading =
      !sentence.isHeading &&
      (RETENTION_HEADING.re.test(sentence.heading) ||
        (text.length < 200 &&
          DURATION_UNIT.test(text) &&
          // A table's header row ("Type of data | How long we keep it") titles its rows as a heading would.
          (RETENTION_HEADING.re.test(sectionOf(sentence, ctx.sentences)) ||
            RETENTION_HEADING.re.test(tableHeadOf(sentence, ctx.sentences)))));
    // "Posts remain on the service permanently": staying for good is keeping, with no verb of keeping.
    const remainsForever = keepAt < 0 && (has(REMAINS_FOREVER, text) || has(NEVER_DELETED, text));
    const retainWord = keepAt >= 0 || removeAt >= 0 || underHeading || remainsForever;
    if (!retainWord) return [];
    const about = has(KEPT_DATA, text) || underHeading || has(KEPT_PRONOUN, text) || has(RETENTION_PERIOD_NAMED, text);
    if (!about) return [];
    // A title ("Retention Periods") or a question names the topic; the lines under it say the practice.
    const kind = frameOf(sentence).kind;
    if (kind === 'heading' || kind === 'question') return [];
    const hits: Hit<RetentionVerdict>[] = [];
    const cookieOnly = COOKIE_NAMED.re.test(text) && !DATA_OR_RECORDS.re.test(text.replace(COOKIE_DATA.all, ''));
    const negatedKeep = keepAt >= 0 && isNegated(text, keepAt);
    const indef = INDEFINITE.exec(text);
    if (
      indef &&
      !ANONYMOUS.test(text) &&
      // "We do not set a deletion date" speaks of keeping by itself, with no verb of keeping.
      (keepAt >= 0 || underHeading || remainsForever || has(KEPT_WITHOUT_END, text)) &&
      !isNegated(text, indef.index) &&
      !negatedKeep &&
      !cookieOnly
    ) {
      hits.push({
        verdict: 'indefinite',
        sentence,
        strength: BAND.firm,
        reason: 'Says data may be kept indefinitely or permanently.',
        claim: 'indefinite',
      });
    }
    // "Under the Fair Work Act employers must keep employee records for seven years": someone else's keeping.
    const othersKeep = keepAt >= 0 && removeAt < 0 && has(ROLE_BEFORE_VERB, text.slice(Math.max(0, keepAt - 80), keepAt));
    if (!isDeadline(text) && !cookieOnly && !othersKeep) {
      const verbAt = Math.min(...[keepAt, removeAt].filter((i) => i >= 0));
      const found = findDurations(text);
      const windows = found.length ? [...text.matchAll(LOOKBACK_WINDOW.all)].map((m) => [m.index!, m.index! + m[0].length] as const) : [];
      // "Accounts nobody has signed into for two years are deleted": a span of disuse before the verb is the period.
      const idle = found.length ? [...text.matchAll(INACTIVITY_SPAN.all)].map((m) => m.index! + m[0].length) : [];
      // "If you close your account, we delete your data within 30 days": how long erasing takes, not a period.
      const lags = found.length ? deletionLags(text) : [];
      const durations = found.filter((d) => {
        // "Disclosed in the past 12 months" is a look-back window of a disclosure, not a retention period.
        if (windows.some(([a, b]) => d.index >= a && d.index < b)) return false;
        if (lags.some(([a, b]) => d.index >= a && d.index <= b + 1)) return false;
        const after = text.slice(d.index + d.text.length, d.index + d.text.length + 20);
        if (AGE_AFTER_NUMBER.re.test(after)) return false;
        // "Checked once every twelve months" repeats; it keeps nothing for that long.
        if (has(FREQUENCY_LEAD, text.slice(Math.max(0, d.index - 16), d.index))) return false;
        // "In business for 20 years, we store data": the duration must follow the verb or name a retention period.
        const afterIdle = removeAt > d.index && idle.some((end) => d.index >= end && d.index - end < 4);
        return underHeading || d.index > verbAt || PERIOD_NAMED_AFTER.re.test(after) || afterIdle;
      });
      // "We retain unidentifiable information for 2 years": anonymous data only, not retention of yours.
      if (durations.length && !(ANONYMOUS.test(text) && !PERSONAL_OR_YOURS.re.test(text))) {
        const days = Math.max(...durations.map((d) => d.days));
        const deleted = removeAt >= 0 ? 'deleted after' : 'kept for';
        // Without a verb of its own the row leans on its heading: indirect evidence.
        const strength = keepAt >= 0 || removeAt >= 0 ? BAND.firm : BAND.inferred;
        hits.push({
          verdict: 'period',
          sentence,
          strength,
          days,
          claim: deletedAfter(keepAt, removeAt, durations[0]!.index) ? 'deleted-after' : 'period',
          reason: `States a retention period: data is ${deleted} ${durations.map((d) => d.text).join(', ')}.`,
        });
      }
    }
    if (saysDeletionLag(text) && !isDeadline(text) && !hits.some((h) => h.verdict === 'period')) {
      hits.push({
        verdict: 'until-deletion',
        sentence,
        strength: BAND.direct,
        reason: 'Deletes your data within a set time once you close your account: it is kept until then.',
        claim: 'until-deletion',
      });
    } else if (has(UNTIL_ACCOUNT_ENDS, text)) {
      // An item of the criteria a period is set by ("- how long you have an account with us") sets no rule itself.
      const lead = leadOf(sentence);
      // "as long as your account is active and afterwards as long as reasonably necessary": kept on past the account,
      // for as long as needed: no clear end.
      const keptAfter = has(KEPT_PAST_ACCOUNT, text);
      if ((lead && has(CRITERIA_LEAD, lead.text)) || keptAfter) {
        hits.push({
          verdict: 'vague',
          sentence,
          strength: BAND.edge,
          reason: keptAfter
            ? 'Keeps data after the account ends for as long as it deems necessary, with no period.'
            : 'Names a criterion the retention period is set by, with no period.',
          claim: 'vague',
        });
        return hits;
      }
      hits.push({
        verdict: 'until-deletion',
        sentence,
        strength: BAND.direct,
        reason: 'Data is kept while the account is active or until you ask for deletion.',
        claim: 'until-deletion',
      });
    } else if (
      ((LETS_THE_USER.re.test(text) && has(USER_CAN_DELETE, text)) || (has(USER_DELETES, text) && !REQUEST_WORD.re.test(text))) &&
      frameOf(sentence).kind === 'statement'
    ) {
      hits.push({
        verdict: 'until-deletion',
        sentence,
        strength: BAND.hint,
        reason: 'You can have your data deleted, which implies it is kept until then.',
        claim: 'can-delete',
      });
    } else if (
      (has(AS_LONG_AS_NEEDED, text) || has(SHORTEST_NEEDED, text) || KEPT_ONLY_TO_PROVIDE.re.test(text) || has(KEPT_FOR_PURPOSE, text)) &&
      (keepAt >= 0 || removeAt >= 0 || underHeading) &&
      // "Will not be held for longer than the purposes require" denies keeping longer, a vague rule all the same;
      // "we cannot tell you how long we will keep it: it depends on ..." too.
      (!negatedKeep || has(LONGER_THAN_NEEDED, text) || has(SHORTEST_NEEDED, text)) &&
      // "keep personal data accurate ..., and erase it when no longer necessary": the erasure still says how long.
      erasesBeyond(text, removeAt) &&
      !DISCLOSED_FIRST.re.test(text.slice(0, Math.max(0, keepAt)))
    ) {
      hits.push({
        verdict: 'vague',
        sentence,
        strength: BAND.hedged,
        reason: 'Keeps data “as long as necessary” or as the law requires, with no period.',
        claim: 'vague',
      });
    }
    return hits;
  },
  combine(hits) {
    const order: RetentionVerdict[] = ['indefinite', 'period', 'until-deletion', 'vague'];
    // A deletion right only implies retention: it ranks below an explicit "as long as necessary".
    const stated = hits.filter((h) => h.verdict !== 'until-deletion' || h.strength >= INDIRECT || !hits.some((v) => v.verdict === 'vague'));
    for (const verdict of order) {
      let found = strongest(stated, verdict);
      if (!found.length) continue;
      const days = verdict === 'period' ? Math.max(...found.map((h) => h.days ?? 0)) : null;
      // The evidence leads with the sentence that gives the reported period.
      if (days !== null) found = [...found.filter((h) => h.days === days), ...found.filter((h) => h.days !== days)];
      const summary = {
        indefinite: 'The policy says some data may be kept indefinitely.',
        period: `The policy states how long data is kept: up to ${days} day${days === 1 ? '' : 's'}.`,
        'until-deletion': 'Data is kept while your account is active or until you ask for it to be deleted.',
        vague: 'The policy says data is kept as long as necessary, without a concrete period.',
        'not-mentioned': '',
      }[verdict];
      // What else the policy says about keeping (a general "as long as needed" beside a period for one kind of
      // data) follows the winning sentences, in precedence order, while there is room.
      const others = order.filter((v) => v !== verdict).flatMap((v) => strongest(stated, v));
      return { verdict, confidence: confidenceOf(found), summary, evidence: toEvidence([...found, ...others]), days };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say how long data is kept.',
      evidence: [],
      days: null,
    };
  },
};
