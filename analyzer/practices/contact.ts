import { PRACTICE_META } from '../practice-meta';
import { CONTACT_AS_DATA, CONTACT_INVITE, CONTACT_TOPIC, has, POSTAL_ADDRESS, PRIVACY_CONTACT_ROLE } from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { ContactVerdict } from '../types';
import { union } from './cues';

type ContactHit = Hit<ContactVerdict> & { contacts: string[] };

/** An e-mail address's parts; " [at] " and " (dot) " are the obfuscated forms. */
const LOCAL_PART = String.raw`(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]*[A-Za-z0-9])?`;
const AT = String.raw`(?:@|\s?[[(]at[\])]\s?| at )`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?`;
const DOT = String.raw`(?:\.|\s?[[(]dot[\])]\s?| dot )`;
/**
 * Local part, @ (or an obfuscated " [at] " / " at "), a domain with a dot: "privacy@example.com", "dpo (at)
 * example.org", "privacy at example dot org". A bare " at " needs a spelled " dot " (SPELLED_ADDRESS) to count.
 */
const EMAIL = new RegExp(`${LOCAL_PART}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}[A-Za-z]{2,24}\\b`, 'g');
/** "privacy at example dot org": an address spelled out in words. */
const SPELLED_ADDRESS = /\b at [\w-]+ dot [a-z]/;
const PHONE =
  /(?<!\d)(?:\+?1[-. ]?)?\(?[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)|\+\d{1,3}(?:[-. ]\d{1,4}){2,5}(?!\d)|(?<![\d-])0\d{3,4} \d{3} ?\d{3,4}(?![\d-])/g;
const FORM = /\b(?:contact|web|online|feedback|request|privacy|inquiry|support) ?form\b|\bwebform\b/i;
const CONTACT_HEADING = /\bcontact|\bquestions|\bhow to reach|\bget in touch|\bcomments/i;

/** Regulators' addresses (an attorney general, the FTC) are where to complain, not the site's contact. */
const REGULATOR =
  /\battorney general\b|\bbureau of\b|\bfederal trade commission\b|\bombudsman\b|\bsupervisory authority\b|\bcommissioner\b/i;
const PRIVACY_TOPIC = /privacy|data protection|personal (?:information|data)|\bDPO\b/i;
/** An address, plain or obfuscated, is in the text. */
const AT_SIGN = /@|[[(]at[\])]|\b at [\w-]+ dot [a-z]/i;
/** The same, case-sensitive: how the judge has always asked. */
const AT_SIGN_EXACT = /@|[[(]at[\])]|\b at [\w-]+ dot [a-z]/;
const OBFUSCATED_AT = /\s?[[(]at[\])]\s?| at /;
const OBFUSCATED_DOT = /\s?[[(]dot[\])]\s?| dot /g;
/** A phone number, tested once (PHONE scans). */
const PHONE_ONCE = new RegExp(PHONE.source);
/** A street number, postcode or phone number: an "Attn: Privacy Manager" line has none. */
const HAS_DIGIT = /\d/;
/** A phone number needs three digits in a row. */
const THREE_DIGITS = /\d{3}/;
const DPO_ROLE = /\bDPO\b|data protection/i;
const CONTACT_US = /\bcontact us\b/i;
const EMAIL_WORD = /e-?mail/i;
const FIRST_LETTER = /^\w/;
/** A bare invitation: "please e-mail us" (a link on the page) or "contact the Web Administrator". */
const BARE_INVITE = /\b(?:contact(?:ing)?|e-?mail(?:ing)?|write to|call|reach) (?:us|our|the)\b/i;

function contactsIn(text: string): string[] {
  const found: string[] = [];
  // The address and phone patterns are the costly ones: run them only where an "@" or digits appear.
  if (AT_SIGN.test(text))
    for (const m of text.matchAll(EMAIL)) {
      // " at " without a spelled " dot " is a word ("located at example.com"), not an address.
      if (m[0].includes(' at ') && !SPELLED_ADDRESS.test(m[0])) continue;
      found.push(m[0].replace(OBFUSCATED_AT, '@').replace(OBFUSCATED_DOT, '.').toLowerCase());
    }
  if (THREE_DIGITS.test(text)) for (const m of text.matchAll(PHONE)) found.push(`phone ${m[0].trim()}`);
  const officer = PRIVACY_CONTACT_ROLE.re.exec(text);
  if (officer) found.push(DPO_ROLE.test(officer[0]) ? 'Data Protection Officer' : officer[0].replace(FIRST_LETTER, (c) => c.toUpperCase()));
  if (has(POSTAL_ADDRESS, text)) found.push('postal address');
  if (FORM.test(text)) found.push('web form');
  return found;
}

export const contact: Practice<'contact'> = {
  ...PRACTICE_META.contact,
  candidate: CONTACT_TOPIC.re,
  judge(sentence) {
    const text = sentence.text;
    const hasAddress = AT_SIGN_EXACT.test(text);
    // Naming the privacy office or DPO beside a street address or number invites contact: "Write to Privacy Officer,
    // Level 3, 120 Flinders Street…"; the role alone ("Privacy Contact", "Attn: Privacy Manager") is a heading.
    const roleWithChannel = () =>
      !sentence.isHeading &&
      HAS_DIGIT.test(text) &&
      has(PRIVACY_CONTACT_ROLE, text) &&
      (has(POSTAL_ADDRESS, text) || (THREE_DIGITS.test(text) && PHONE_ONCE.test(text)));
    const invited = (has(CONTACT_INVITE, text) || roleWithChannel()) && !(has(CONTACT_AS_DATA, text) && !CONTACT_US.test(text));
    const underHeading = CONTACT_HEADING.test(sentence.heading);
    // Without an address, only an invitation or a contact section makes a channel a privacy contact.
    if ((!hasAddress && !invited && !underHeading) || REGULATOR.test(text)) return [];
    const contacts = contactsIn(text);
    const emails = contacts.filter((c) => c.includes('@'));
    if (emails.length) {
      return [
        {
          verdict: 'provided',
          sentence,
          strength: invited || underHeading ? BAND.explicit : BAND.hedged,
          reason: 'Gives an e-mail address to write to.',
          claim: 'address',
          names: emails,
          contacts,
        },
      ];
    }
    if (contacts.length && (invited || underHeading)) {
      return [
        {
          verdict: 'provided',
          sentence,
          strength: BAND.qualified,
          reason: 'Says how to reach them about privacy.',
          claim: 'channel',
          contacts,
        },
      ];
    }
    const bare = BARE_INVITE.exec(text);
    if (!sentence.isHeading && bare && !has(CONTACT_AS_DATA, text) && has(CONTACT_INVITE, text.replace(bare[0], ''))) {
      const how = EMAIL_WORD.test(bare[0]) ? 'e-mail link' : 'contact page';
      return [
        {
          verdict: 'provided',
          sentence,
          strength: BAND.weak,
          reason: 'Invites questions without giving an address in the text.',
          claim: 'invite',
          contacts: [how],
        },
      ];
    }
    return [];
  },
  combine(hits) {
    const all = hits as ContactHit[];
    const found = strongest(all, 'provided');
    if (!found.length) {
      return {
        verdict: 'not-mentioned',
        confidence: 0.5,
        summary: 'The policy gives no way to contact them about privacy.',
        evidence: [],
        contacts: [],
      };
    }
    // Privacy-specific channels first: a policy often lists support or press addresses too.
    const privacyFirst = (h: ContactHit) => (PRIVACY_TOPIC.test(h.sentence.text) || h.contacts.some((c) => PRIVACY_TOPIC.test(c)) ? 1 : 0);
    found.sort((a, b) => privacyFirst(b) - privacyFirst(a) || b.strength - a.strength || a.sentence.start - b.sentence.start);
    const firm = found.filter((h) => h.strength >= BAND.hedged);
    const contacts = union((firm.length ? firm : found).map((h) => h.contacts)).slice(0, 8);
    const summary = firm.length
      ? `The policy gives a contact for privacy questions: ${contacts.slice(0, 3).join(', ')}${contacts.length > 3 ? ' and more' : ''}.`
      : 'The policy invites questions (a “contact us” page or e-mail link) without giving an address in the text.';
    return { verdict: 'provided', confidence: confidenceOf(found), summary, evidence: toEvidence(found), contacts };
  },
};
