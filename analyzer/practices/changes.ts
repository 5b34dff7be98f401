import { PRACTICE_META } from '../practice-meta';
import { antecedentOf, frameOf } from '../frame';
import { CORPORATE_TRANSACTION, HEDGE_BEFORE, NOTICE_BY_POSTING, PURPOSE_FRAGMENT, WE } from '../lexicon/index';
import { isNegated } from '../negation';
import { BAND, confidenceOf, INDIRECT, strongest, toEvidence, type Practice } from '../practice';

const CHANGE =
  /\b(?:chang(?:e|es|ed|ing)|modif(?:y|ies|ied|ying|ications?)|amend(?:s|ed|ing|ments?)?|updat(?:e|es|ed|ing)|revis(?:e|es|ed|ing|ions?)|alter(?:s|ed|ing|ations?)?)\b/i;
/** The document itself, not "your information" or "our services". */
const POLICY =
  /\b(?:(?:this|the|our|these|its) (?:\w+ ){0,3}(?:policy|policies|statement|notice|terms|practices)|privacy (?:policy|statement|notice))\b/i;
const CHANGE_HEADING = /\b(?:chang|modif|amend|updat|revis)\w*\b/i;
/** A notice that reaches the user: e-mail, an in-product notice, or asking consent again. */
const NOTIFY =
  /\bnotif(?:y|ies|ied|ying|ication)\b|\b(?:send|provide|give|display|present|show) (?:you )?(?:\w+ ){0,3}(?:notice|notification|e-?mail|message|alert)s?\b|\b(?:by|via|through) (?:an? )?(?:e-?mail|message|notice|notification|pop-?up|banner)\b|\bprominent(?:ly)? (?:\w+ )?(?:notice|posted|displayed)?|\b(?:obtain|ask for|seek|request|get|receive) (?:your )?(?:\w+ )?(?:consent|permission|agreement|opt-in)\b|\blet you know\b|\b(?:place|post|put) (?:a |an )?(?:\w+ )?notice (?:online|on (?:the|our) (?:site|website|services?))\b|\bpost (?:a |an )?(?:\w+ )?notice (?:on|at) (?:the|our) (?:home ?page|front page|site|website|web ?site)\b|\b(?:inform|alert|tell|advise) (?:you|users|our users|members)\b|\bnotice (?:\w+ ){0,3}(?:will be|is) (?:sent|provided|given|displayed)/gi;
const STRONG_NOTIFY =
  /\be-?mail|\belectronic mail|\bconsent|\bpermission|\bopt-in|\bdirectly\b|\bprior to\b|\bbefore (?:the|any|such) (?:change|modification|update)s? (?:becomes?|takes?|go(?:es)?) /i;
/** Changes posted on the page only: it is up to the reader to check back. */
const POSTED =
  /\b(?:post(?:s|ed|ing)?|publish(?:es|ed|ing)?|reflect(?:ed)?|place[sd]?) (?:\w+ ){0,6}(?:on|to|in|at) (?:this|the|our) (?:page|site|website|web ?site|web ?page|policy|privacy policy|home ?page|platform|services?|app)|\bcheck (?:\w+ ){0,3}(?:back|this page|periodically|regularly|frequently|often)|\breview (?:\w+ ){0,4}(?:periodically|regularly|frequently|often|from time to time)|\bcontinu(?:e|ed|ing|ation of) (?:your |to )?us(?:e|ing|age)\b|\b(?:effective|last (?:updated|modified|revised)|revision) date\b|\bwithout (?:prior |any |further )?(?:notice|notification|notifying)/i;
const DATE_ONLY = /\b(?:effective|last (?:updated|modified|revised)|revision) date\b/i;
const WITHOUT_NOTICE = /\bwithout (?:prior |any |further )?(?:notice|notification|notifying)/i;
const BY_POSTING = /\bby (?:posting|updating|publishing|placing|revising|changing)\b|\bin this (?:\w+ )?(?:policy|statement|notice)\b/i;
const USER_DATA_CHANGE =
  /\b(?:chang\w*|modif\w*|amend\w*|updat\w*|correct\w*|revis\w*)(?:,? (?:or |and )?(?:chang\w*|modif\w*|amend\w*|updat\w*|correct\w*))* (?:your|their|his or her|the user's|any) (?:\w+ )?(?:personal(?:ly)? )?(?:identifiable )?(?:information|data|details|account|preferences|profile|settings|e-?mail)\b/gi;
const MAY_CHANGE =
  /\b(?:may|might|can|could|will|reserve the right to|from time to time) (?:\w+ ){0,4}(?:chang|modif|amend|updat|revis|alter)/i;

export const changes: Practice<'changes'> = {
  ...PRACTICE_META.changes,
  candidate: /\b(?:chang|modif|amend|updat|revis|alter|notif|continu|check|review|if we do|when we do|if so)/i,
  judge(sentence, ctx) {
    const text = sentence.text;
    // A list of purposes ("- Notifying you about changes to this statement") and a company sale ("if such a change
    // happens to our business, the buyer will...") promise nothing about this policy.
    const kind = frameOf(sentence).kind;
    if (kind === 'purpose' || kind === 'right' || kind === 'definition' || CORPORATE_TRANSACTION.re.test(text)) return [];
    // The same item taken from a page's list has lost its bullet; without a "we" nobody promises anything in it.
    if (PURPOSE_FRAGMENT.re.test(text) && !WE.re.test(text)) return [];
    // "If we do, we will post an amended version": the change is named in the sentence before.
    const before = antecedentOf(sentence, ctx.sentences);
    const aboutChange = before !== null && CHANGE.test(before.text) && POLICY.test(before.text);
    // A heading can state the practice ("Users will be notified of any policy changes:"), a question cannot.
    if (/\?\s*$/.test(text)) return [];
    const underHeading =
      CHANGE_HEADING.test(sentence.heading) &&
      /\b(?:polic|statement|notice|terms)/i.test(sentence.heading) &&
      !/\byour\b/i.test(sentence.heading);
    // "You may update your information" changes the user's data, not the policy.
    const policyText = text.replace(USER_DATA_CHANGE, ' ');
    if (!underHeading && !aboutChange && !(CHANGE.test(policyText) && POLICY.test(policyText))) return [];
    if (!WITHOUT_NOTICE.test(text)) {
      for (const m of text.matchAll(NOTIFY)) {
        if (isNegated(text, m.index!)) continue;
        const strong = STRONG_NOTIFY.test(text);
        // "We will notify you by posting the new policy here / by updating the date" is a posting, not a notice.
        if (!strong && BY_POSTING.test(text) && !/\bprominent|\bnotice (?:on|of)\b/i.test(text)) {
          if (!NOTICE_BY_POSTING.re.test(text)) break;
          return [
            {
              verdict: 'posted-only',
              sentence,
              strength: /\bwe (?:will|shall)\b/i.test(text) ? BAND.firm : BAND.direct,
              reason: 'Changes are posted on the page; it is up to you to check back.',
            },
          ];
        }
        // "In some cases, we may also notify you": a possibility, not a promise (below the indirect band).
        if (HEDGE_BEFORE.re.test(text.slice(Math.max(0, m.index! - 60), m.index!))) {
          return [
            {
              verdict: 'notified',
              sentence,
              strength: BAND.inferred,
              reason: 'Says it may notify users of changes, without promising to.',
            },
          ];
        }
        return [
          {
            verdict: 'notified',
            sentence,
            strength: strong ? BAND.firm : BAND.hedged,
            reason: strong ? 'Promises to notify users (e-mail or consent) before changes apply.' : 'Promises a notice of changes.',
            ...(strong ? { claim: 'before' } : {}),
          },
        ];
      }
    }
    if (POSTED.test(text)) {
      // A "last updated" date alone only shows that changes happen; "we will post it here" says how they are made.
      const dateOnly = DATE_ONLY.test(text) && !/\bpost|\bcheck|\breview|\bcontinu|\bwithout\b/i.test(text);
      const promise = /\bwe (?:will|shall)\b/i.test(text);
      return [
        {
          verdict: 'posted-only',
          sentence,
          strength: dateOnly ? BAND.edge : promise ? BAND.firm : BAND.direct,
          reason: 'Changes are posted on the page; it is up to you to check back.',
        },
      ];
    }
    if (MAY_CHANGE.test(text) && CHANGE.test(text)) {
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
