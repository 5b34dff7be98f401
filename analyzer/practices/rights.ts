import { PRACTICE_META } from '../practice-meta';
import { confidenceOf, toEvidence, type Hit, type Practice } from '../practice';
import type { RightsVerdict } from '../types';
import { anyCue, cuesIn, listInWords, type Cue } from './cues';

type RightsHit = Hit<RightsVerdict> & { rights: string[]; how: string[] };

/** Further verbs of a list between the first verb and the data: "correct[, update and delete] your data". */
const LIST = String.raw`(?:(?:,| and| or|, and|, or| and\/or) (?:\w+ )?\w+){0,3}`;
const DATA = String.raw`(?:(?:your|their|his or her|the|any|such|this|that|all|inaccurate|incorrect|outdated|certain) (?:\w+ )?(?:personal )?(?:information|data|details|profile|account|records?|PII|e-?mail address)|(?:account|contact|registration|profile|member(?:ship)?) (?:information|details)|(?:personal )?(?:information|data|details) (?:that |which )?you(?:'ve| have)? (?:provided|submitted|given))`;
/** Only the user's own data: "access your information", not "access your accounts from these sites". */
const YOUR_DATA = String.raw`(?:your|the) (?:\w+ )?(?:personal )?(?:information|data|details|profile|records?|PII)(?! (?:at|on|from) (?:the|a|other|these|those|third)\b)`;
/** The rights of GDPR art. 15-22 and 77 and the CCPA, in the order a reader expects them. */
const RIGHTS: Cue[] = [
  [
    'access',
    new RegExp(
      String.raw`\b(?:(?:you|users?|parents?|consumers?|residents?) (?:\w+ ){0,4}access${LIST} (?:to )?${YOUR_DATA}|(?:opportunity|ability|way|how|able|choices?(?: you have)?) to (?:\w+ )?access (?:to )?${YOUR_DATA}|access (?:and|or|,) (?:\w+ (?:and|or) )?(?:update|correct|review|amend|modify|delete)|right (?:of|to) access|request (?:access|a copy)|(?:obtain|receive|get) a copy|copy of ${YOUR_DATA}|right to know|(?:you|parents?) (?:\w+ ){0,3}review (?:\w+ )?${YOUR_DATA}|(?:know|find out|learn) (?:what|which) (?:personal )?(?:information|data) (?:we|is))`,
      'gi',
    ),
  ],
  [
    'correction',
    new RegExp(
      String.raw`\b(?:correct(?:ing|ion)?|rectif(?:y|ication)|updat(?:e|ing)|amend(?:ing)?|modify(?:ing)?|edit(?:ing)?|chang(?:e|ing))${LIST} ${DATA}|\bright to (?:rectification|correct)`,
      'gi',
    ),
  ],
  [
    'deletion',
    new RegExp(
      String.raw`\b(?:delet(?:e|ing|ion)|eras(?:e|ing|ure)|remov(?:e|ing|al)|clos(?:e|ing)|cancel(?:l?ing)?|deactivat(?:e|ing))${LIST} (?:of )?${DATA}|\bright (?:to|of) (?:erasure|deletion|delete|be forgotten)|\brequest (?:that we )?(?:delete|deletion|erasure)`,
      'gi',
    ),
  ],
  ['portability', /\bportab\w*|\b(?:structured|machine-readable|portable),? (?:\w+ ){0,3}format/gi],
  [
    'opt-out',
    /\bopt(?:[- ]?out| out)\b|\bunsubscrib\w*|\bdo not sell\b|\bstop receiving\b|\b(?:remove|delete) (?:you|yourself|your (?:name|e-?mail(?: address)?)) from (?:our |the |any )?(?:\w+ )?(?:mailing|e-?mail|marketing|contact) lists?/gi,
  ],
  [
    'objection',
    /\bobject (?:to|at any time)\b|\bright to object\b|\bobjection\b|\brestrict(?:ion (?:of|on)|ing)? (?:the )?(?:our )?(?:processing|use)\b|\bright to (?:restrict|restriction|limit)\b/gi,
  ],
  ['withdraw consent', /\b(?:withdraw|revoke|withdrawal of|revocation of) (?:your |the |such |any )?consent\b/gi],
  [
    'complaint',
    /\b(?:lodge|file|make|submit|bring) a complaint (?:\w+ ){0,3}(?:with|to) (?:a |the |your |an? )?(?:\w+ ){0,3}(?:authority|commissioner|regulator|agency|ombudsman|commission)|\bright to complain\b|\b(?:supervisory|data protection) authority\b|\binformation commissioner\b/gi,
  ],
];
const HOW: Cue[] = [
  [
    'account settings',
    /\b(?:account|privacy|profile|user|e-?mail|notification|communication) (?:settings|preferences|page|dashboard)\b|\b(?:log|sign)(?:ging)? ?(?:in|on)(?:to)? (?:to )?(?:your|the) (?:account|profile|site)\b|\bsettings page\b|\bpreference cent(?:er|re)\b/gi,
  ],
  [
    'unsubscribe link',
    /\bunsubscribe link\b|\blink (?:\w+ ){0,3}(?:at the bottom|in the footer|in (?:any|each|every|the) (?:\w+ )?(?:e-?mail|message|newsletter))|\b(?:follow|click) (?:\w+ ){0,2}(?:instructions|link) (?:\w+ ){0,3}(?:e-?mail|message|newsletter)/gi,
  ],
  ['e-mail', /[\w.+-]@[\w-]+\.[\w.-]*[a-z]|\be-?mail(?:ing)? us\b|\bsend (?:us )?an e-?mail\b|\bby e-?mail\b/gi],
  [
    'web form',
    /\b(?:web|online|contact|request|privacy|data subject (?:access )?request|webform) ?forms?\b|\bsubmit a (?:\w+ )?request (?:online|through|via)\b/gi,
  ],
  ['phone', /\btoll[- ]free\b|\bcall(?:ing)? us\b|\bby (?:tele)?phone\b|\b1?[-(. ]?8[0-9]{2}[-). ]{1,2}\d{3}[-. ]\d{4}\b/gi],
  [
    'postal mail',
    /\bwrit(?:e|ing) to us\b|\bby (?:postal |regular |U\.?S\.? )?mail\b|\b(?:mailing|postal) address\b|\bsend (?:us )?a letter\b/gi,
  ],
];
/** A right is the user's: "you may delete" or "request deletion", not "we delete logs after 30 days". */
const AGENCY =
  /\byou(?:r)? (?:\w+ )?(?:can|may|could|have|are (?:able|entitled)|will be able|might|also|right|rights|request|choice)\b|\b(?:right|rights|request|requests|ask us|contact us|let us know|e-?mail us|write to us|please|choose to|wish to|would like to|want to|if you|should you|when you|once you)\b|\bto (?:access|correct|update|delete|review|opt|unsubscribe|remove)\b|\b(?:users?|individuals?|consumers?|residents?|data subjects?) (?:\w+ )?(?:can|may|have)\b/i;
/** Opting out of cookies in your browser or through industry programmes is not a right the site grants. */
const BROWSER_OPT_OUT =
  /\bcookies?\b|\bbrowsers?\b|\bthese technologies\b|\bhttps?:\/\/|\bwww\.|\bNAI\b|\bNetwork Advertising\b|\baboutads\b|\bDigital Advertising Alliance\b|\badvertising (?:partners|networks|companies)\b|\bthird[- ]part(?:y|ies)(?:'s|’s|') (?:\w+ )?(?:opt|site|website|page)/i;
const ANY_RIGHT = anyCue(RIGHTS);
const EXERCISE = /\bexercis\w* (?:\w+ ){0,3}rights?\b|\b(?:make|submit) (?:a |such a |your )?(?:\w+ )?requests?\b/i;
/** The site's own rights and the user's duties are not user rights. */
const NOT_USER =
  /\bwe reserve the right\b|\bwe (?:\w+ ){0,5}to (?:update|supplement|correct|verify)\b|\b(?:we|company|site) (?:\w+ )?(?:may|will|can) (?:update|change|modify|amend|delete|remove|correct)\b|\byou (?:must|agree|shall)\b/i;

export const rights: Practice<'rights'> = {
  ...PRACTICE_META.rights,
  // Every right cue contains one of these stems ("right to know" has "know", "right of access" has "access").
  candidate:
    /\b(?:access|cop(?:y|ies)\b|correct|rectif|updat|amend|modif|edit|chang|delet|eras|remov|clos(?:e|ing)\b|cancel|deactivat|portab|structured|machine-readable|opt|unsubscrib|do not sell|stop receiving|object|restrict|limit|withdraw|revok|revocation|complain|supervisory|commissioner|know|forgotten|review|exercis)/i,
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading && !/\bright/i.test(text)) return [];
    if (!AGENCY.test(text)) return [];
    const exercise = EXERCISE.test(text);
    if (!exercise && !ANY_RIGHT.test(text)) return [];
    const clean = text.replace(NOT_USER, ' ');
    const found = cuesIn(clean, RIGHTS).filter((r) => r !== 'opt-out' || !BROWSER_OPT_OUT.test(text));
    const how = found.length || exercise ? cuesIn(text, HOW) : [];
    // "To exercise these rights, e-mail us" names no right but says how.
    if (!found.length && !(exercise && how.length)) return [];
    const reason = found.length ? `Says you may ask for: ${listInWords(found)}.` : `Says how to exercise your rights: ${listInWords(how)}.`;
    const hit: RightsHit = {
      verdict: found.length >= 3 ? 'described' : 'limited',
      sentence,
      strength: /\bright/i.test(text) ? 0.9 : 0.75,
      reason,
      ...(found.length ? { names: found } : { claim: 'how' }),
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
    // Evidence: the sentences that together name the most rights, broadest first.
    const byReach = all
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
