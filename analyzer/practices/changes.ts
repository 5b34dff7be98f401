import { PRACTICE_META } from '../practice-meta';
import { antecedentOf, frameOf } from '../frame';
import {
  BARE_CHANGE_HEADING,
  BY_POSTING,
  CHANGE_STEM,
  CHANGE_WORD,
  CHANGES_TOPIC,
  CORPORATE_TRANSACTION,
  DATE_LINE,
  DIRECT_NOTICE,
  ENDS_IN_QUESTION,
  has,
  HEDGE_BEFORE,
  HOW_POSTED,
  LOOKBACK_WINDOW,
  MAY_CHANGE,
  MESSAGE_TOPICS,
  NOTICE_BY_POSTING,
  ANNOUNCED_ON_SITE,
  NOTIFY_ANY,
  NOT_WITHOUT_NOTICE,
  PAGE_VERSION,
  POLICY_HEADING,
  POSTED_CHANGES,
  PROMINENT_NOTICE,
  PURPOSE_FRAGMENT,
  THIS_POLICY,
  USER_DATA_CHANGE,
  WE,
  WE_WILL,
  WITHOUT_NOTICE,
  YOUR,
} from '../lexicon/index';
import { isNegated } from '../negation';
import { BAND, confidenceOf, INDIRECT, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { ChangesVerdict, Sentence } from '../types';

/** A promise to tell users of changes: `strong` when it is direct (an e-mail, consent asked) or before they apply. */
function promisedNotice(sentence: Sentence, strong: boolean): Hit<ChangesVerdict> {
  return {
    verdict: 'notified',
    sentence,
    strength: strong ? BAND.firm : BAND.hedged,
    reason: strong ? 'Promises to notify users (e-mail or consent) before changes apply.' : 'Promises a notice of changes.',
    claim: strong ? 'before' : 'notice',
  };
}

export const changes: Practice<'changes'> = {
  ...PRACTICE_META.changes,
  candidate: CHANGES_TOPIC.re,
  triggers: [CHANGE_WORD, CHANGE_STEM, POSTED_CHANGES, MAY_CHANGE, DATE_LINE],
  judge(sentence, ctx) {
    const text = sentence.text;
    // A list of purposes ("- Notifying you about changes to this statement") and a company sale ("if such a change
    // happens to our business, the buyer will...") promise nothing about this policy.
    const kind = frameOf(sentence).kind;
    if (kind === 'purpose' || kind === 'right' || kind === 'definition' || has(CORPORATE_TRANSACTION, text)) return [];
    // "In the 12 months prior to the Last Updated date of this policy, we collected:": a disclosure's window names the
    // policy's date, not how its changes are announced.
    if (has(LOOKBACK_WINDOW, text)) return [];
    // The same item taken from a page's list has lost its bullet; without a "we" nobody promises anything in it.
    if (has(PURPOSE_FRAGMENT, text) && !has(WE, text)) return [];
    // "If we do, we will post an amended version": the change is named in the sentence before.
    const before = antecedentOf(sentence, ctx.sentences);
    const aboutChange = before !== null && has(CHANGE_WORD, before.text) && has(THIS_POLICY, before.text);
    // A heading can state the practice ("Users will be notified of any policy changes:"), a question cannot.
    if (has(ENDS_IN_QUESTION, text)) return [];
    const heading = sentence.heading;
    const underHeading =
      (has(CHANGE_STEM, heading) && has(POLICY_HEADING, heading) && !has(YOUR, heading)) || has(BARE_CHANGE_HEADING, heading);
    // "You may update your information" changes the user's data, not the policy.
    const policyText = text.replace(USER_DATA_CHANGE.all, ' ');
    if (!underHeading && !aboutChange && !(has(CHANGE_WORD, policyText) && has(THIS_POLICY, policyText))) return [];
    // "We will not make a material change without first notifying you by e-mail": two negatives, one promise.
    if (has(NOT_WITHOUT_NOTICE, text)) return [promisedNotice(sentence, has(DIRECT_NOTICE, text))];
    if (!has(WITHOUT_NOTICE, text)) {
      for (const at of NOTIFY_ANY.indexes(text)) {
        if (isNegated(text, at)) continue;
        const strong = has(DIRECT_NOTICE, text);
        // "We will notify you by posting the new policy here / by updating the date" is a posting, not a notice.
        // So is "revisions will be announced on our website".
        const onSite = has(ANNOUNCED_ON_SITE, text);
        if (!strong && (onSite || has(BY_POSTING, text)) && !has(PROMINENT_NOTICE, text)) {
          if (!onSite && !has(NOTICE_BY_POSTING, text)) break;
          return [
            {
              verdict: 'posted-only',
              sentence,
              strength: has(WE_WILL, text) ? BAND.firm : BAND.direct,
              claim: 'notice-by-posting',
              reason: 'Changes are posted on the page; it is up to you to check back.',
            },
          ];
        }
        // "In some cases, we may also notify you": a possibility, not a promise (below the indirect band). So is a list
        // of the messages sent with changes to the terms as one topic ("receipts, alerts or changes to our terms").
        if (has(HEDGE_BEFORE, text.slice(Math.max(0, at - 60), at)) || has(MESSAGE_TOPICS, text)) {
          return [
            {
              verdict: 'notified',
              sentence,
              strength: BAND.inferred,
              claim: 'may-notify',
              reason: 'Says it may notify users of changes, without promising to.',
            },
          ];
        }
        return [promisedNotice(sentence, strong)];
      }
    }
    if (has(POSTED_CHANGES, text) || has(DATE_LINE, text) || has(PAGE_VERSION, text)) {
      // A "last updated" date alone only shows that changes happen; "we will post it here" says how they are made.
      // "We will revise this policy to reflect the changes and its effective date" says how: in the document itself.
      const dateOnly = has(DATE_LINE, text) && !has(HOW_POSTED, text) && !has(PAGE_VERSION, text);
      const promise = has(WE_WILL, text);
      return [
        {
          verdict: 'posted-only',
          sentence,
          strength: dateOnly ? BAND.edge : promise ? BAND.firm : BAND.direct,
          claim: dateOnly ? 'date-only' : 'posted',
          reason: 'Changes are posted on the page; it is up to you to check back.',
        },
      ];
    }
    // "You can change your e-mail preferences at any time" under a changes heading is the user's data, not the policy.
    if (has(MAY_CHANGE, policyText) && has(CHANGE_WORD, policyText)) {
      return [
        {
          verdict: 'posted-only',
          sentence,
          strength: BAND.weak,
          reason: 'Says the policy may change, without promising to tell you.',
          claim: 'may-change',
        },
      ];
    }
    return [];
  },
  combine(hits) {
    const notified = strongest(hits, 'notified');
    const posted = strongest(hits, 'posted-only');
    // A notice that is only possible ("we may notify you") does not outweigh a firm rule of posting changes.
    const promised =
      notified.some((h) => h.strength >= INDIRECT) || (notified.length > 0 && !posted.some((h) => h.strength >= BAND.direct));
    if (promised) {
      const byEmail = notified.some((h) => h.strength >= BAND.firm);
      const summary = byEmail
        ? 'The policy promises to notify users directly (e-mail or asking consent) of changes.'
        : 'The policy promises a notice of changes, e.g. on the site.';
      return { verdict: 'notified', confidence: confidenceOf(notified), summary, evidence: toEvidence(notified) };
    }
    if (posted.length) {
      return {
        verdict: 'posted-only',
        confidence: confidenceOf(posted),
        summary: 'The policy may change with the update only posted on the page: you have to check back.',
        evidence: toEvidence(posted),
      };
    }
    return { verdict: 'not-mentioned', confidence: 0.5, summary: 'The policy does not say how changes to it are announced.', evidence: [] };
  },
};
