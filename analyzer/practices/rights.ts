import { PRACTICE_META } from '../practice-meta';
import {
  ACCESS_IN_A_ROW,
  ACCESS_ITEM,
  ACCESS_TO_DATA,
  CORRECTION_OF_DATA,
  CORRECTION_REQUESTED,
  CORRECTION_IN_A_ROW,
  ERASURE_IN_A_ROW,
  ACCESS_OWN_DATA,
  ACCESS_REQUEST,
  ACCOUNT_SETTINGS,
  BROWSER_OPT_OUT,
  BY_EMAIL,
  BY_PHONE,
  BY_POST,
  COMPLAINT_TO_AUTHORITY,
  CORRECT_IT,
  CORRECTION_ASKED,
  DELETE_ON_REQUEST,
  EXERCISE_RIGHTS,
  has,
  INSPECT_OWN_DATA,
  ASK_TO_SEE_HELD_DATA,
  CONFIRM_PROCESSING,
  CORRECTING_FAULTY_DATA,
  ERASING_FAULTY_DATA,
  NOT_USER_RIGHT,
  OPT_OUT_RIGHT,
  PORTABILITY,
  RIGHT_OF_ACCESS_ANY,
  RIGHT_TO_CORRECT,
  RIGHT_TO_CORRECT_ANY,
  RIGHT_TO_DELETE,
  RIGHT_TO_DELETE_ANY,
  RIGHT_TO_OBJECT,
  RIGHTS_SECTION,
  RIGHTS_TOPIC,
  UNSUBSCRIBE_LINK,
  USER_AGENCY,
  WEB_FORM,
  WITHDRAW_CONSENT,
  RIGHT_NAMED,
} from '../lexicon/index';
import { BAND, confidenceOf, toEvidence, type Hit, type Practice } from '../practice';
import type { RightsVerdict, Sentence } from '../types';
import { anyCue, cuesIn, listInWords, union, type Cue, type ScanCue } from './cues';

type RightsHit = Hit<RightsVerdict> & { rights: string[]; how: string[] };

/** The rights of GDPR art. 15-22 and 77 and the CCPA, in the order a reader expects them. */
const RIGHTS: ScanCue[] = [
  ['access', RIGHT_OF_ACCESS_ANY],
  ['correction', RIGHT_TO_CORRECT_ANY],
  ['deletion', RIGHT_TO_DELETE_ANY],
  ['portability', PORTABILITY.all],
  ['opt-out', OPT_OUT_RIGHT.all],
  ['objection', RIGHT_TO_OBJECT.all],
  ['withdraw consent', WITHDRAW_CONSENT.all],
  ['complaint', COMPLAINT_TO_AUTHORITY.all],
];
const HOW: Cue[] = [
  ['account settings', ACCOUNT_SETTINGS.all],
  ['unsubscribe link', UNSUBSCRIBE_LINK.all],
  ['e-mail', BY_EMAIL.all],
  ['web form', WEB_FORM.all],
  ['phone', BY_PHONE.all],
  ['postal mail', BY_POST.all],
];
const ANY_RIGHT = anyCue(RIGHTS);
export const rights: Practice<'rights'> = {
  ...PRACTICE_META.rights,
  // Every right cue contains one of these stems ("right to know" has "know", "right of access" has "access").
  candidate: RIGHTS_TOPIC.re,
  triggers: [
    ACCESS_OWN_DATA,
    ACCESS_REQUEST,
    INSPECT_OWN_DATA,
    ASK_TO_SEE_HELD_DATA,
    CONFIRM_PROCESSING,
    ACCESS_ITEM,
    RIGHT_TO_CORRECT,
    CORRECTING_FAULTY_DATA,
    CORRECTION_ASKED,
    CORRECT_IT,
    RIGHT_TO_DELETE,
    DELETE_ON_REQUEST,
    ERASING_FAULTY_DATA,
    ERASURE_IN_A_ROW,
    CORRECTION_IN_A_ROW,
    ACCESS_IN_A_ROW,
    PORTABILITY,
    OPT_OUT_RIGHT,
    RIGHT_TO_OBJECT,
    WITHDRAW_CONSENT,
    COMPLAINT_TO_AUTHORITY,
    EXERCISE_RIGHTS,
    ACCESS_TO_DATA,
    CORRECTION_OF_DATA,
    CORRECTION_REQUESTED,
  ],
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading && !RIGHT_NAMED.re.test(text)) return [];
    // Under "Your rights" a line naming a right grants it ("Erasure | Ask us to delete your data").
    if (!has(USER_AGENCY, text) && !has(RIGHTS_SECTION, sentence.heading)) return [];
    const exercise = has(EXERCISE_RIGHTS, text);
    if (!exercise && !ANY_RIGHT.test(text)) return [];
    const clean = text.replace(NOT_USER_RIGHT.re, ' ');
    const found = cuesIn(clean, RIGHTS).filter((r) => r !== 'opt-out' || !has(BROWSER_OPT_OUT, text));
    // A list item led by access ("- access the data we hold"), tested on its own: anchored at the start, it costs
    // one try per sentence, where scanned with the other access forms it would cost one per word.
    if (!found.includes('access') && has(ACCESS_ITEM, clean)) found.unshift('access');
    // "If your details are wrong, tell us and we will correct it": the site's correction answers the reader's word,
    // which NOT_USER_RIGHT would have blanked out as the site's own act.
    if (!found.includes('correction') && has(CORRECTION_ASKED, text)) found.splice(found.includes('access') ? 1 : 0, 0, 'correction');
    const how = found.length || exercise ? cuesIn(text, HOW) : [];
    // "To exercise these rights, e-mail us" names no right but says how.
    if (!found.length && !(exercise && how.length)) return [];
    const reason = found.length ? `Says you may ask for: ${listInWords(found)}.` : `Says how to exercise your rights: ${listInWords(how)}.`;
    const hit: RightsHit = {
      verdict: found.length >= 3 ? 'described' : 'limited',
      sentence,
      strength: RIGHT_NAMED.re.test(text) ? BAND.explicit : BAND.qualified,
      reason,
      ...(found.length ? { claim: 'grants', names: found } : { claim: 'how' }),
      rights: found,
      how,
    };
    return [hit];
  },
  combine(hits) {
    const all = hits as RightsHit[];
    const found = RIGHTS.map(([label]) => label).filter((label) => all.some((h) => h.rights.includes(label)));
    const how = HOW.map(([label]) => label).filter((label) => all.some((h) => h.how.includes(label)));
    if (!found.length) {
      return {
        verdict: 'not-mentioned',
        confidence: 0.5,
        summary: 'The policy does not say what you can ask them to do with your data.',
        evidence: [],
        rights: [],
        how: [],
      };
    }
    // Evidence: the sentences that together name the most rights, broadest first. A lead ("you may have the right
    // to:") carries one hit per item read through it: its reach is all of them together.
    // Items of one list ("Under the GDPR you have the right to:" over "- access your data", "- have it erased") are
    // also shown as their lead, which names them all; a lone item is only itself.
    const itemsOf = new Map<Sentence, number>();
    for (const h of all) if (h.sentence.lead && h.rights.length) itemsOf.set(h.sentence.lead, (itemsOf.get(h.sentence.lead) ?? 0) + 1);
    const bySentence = new Map<Sentence, RightsHit>();
    const withLeads = all.flatMap((item) => {
      const lead = item.sentence.lead;
      return lead && item.rights.length && itemsOf.get(lead)! >= 2 ? [item, { ...item, sentence: lead }] : [item];
    });
    for (const h of withLeads) {
      const seen = bySentence.get(h.sentence);
      if (!seen) {
        bySentence.set(h.sentence, h);
        continue;
      }
      const rights = RIGHTS.map(([label]) => label).filter((label) => seen.rights.includes(label) || h.rights.includes(label));
      const how = union([seen.how, h.how]);
      const merged: RightsHit = { ...seen, rights, how, strength: Math.max(seen.strength, h.strength) };
      if (rights.length) Object.assign(merged, { claim: 'grants', names: rights, reason: `Says you may ask for: ${listInWords(rights)}.` });
      bySentence.set(h.sentence, merged);
    }
    const byReach = [...bySentence.values()]
      .filter((h) => h.rights.length || h.how.length)
      .sort((a, b) => b.rights.length - a.rights.length || b.strength - a.strength || a.sentence.start - b.sentence.start);
    const ways = how.length ? ` You can use: ${listInWords(how)}.` : ' It does not say how to exercise them.';
    const verdict: RightsVerdict = found.length >= 3 ? 'described' : 'limited';
    const summary = `${verdict === 'described' ? 'The policy describes your rights' : 'The policy mentions few rights'}: ${listInWords(found)}.${ways}`;
    return {
      verdict,
      confidence: confidenceOf(all.filter((h) => h.rights.length)),
      summary,
      evidence: toEvidence(byReach),
      rights: found,
      how,
    };
  },
};
