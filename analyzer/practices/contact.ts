import { PRACTICE_META } from '../practice-meta';
import {
  ADDRESS_SIGN,
  ADDRESS_SIGN_ANY_CASE,
  BARE_INVITE,
  CONTACT_AS_DATA,
  CONTACT_FORM,
  CONTACT_HEADING,
  CONTACT_INVITE,
  CONTACT_TOPIC,
  CONTACT_US,
  DPO_NAMED,
  EMAIL_ADDRESS,
  EMAIL_WORD,
  has,
  OBFUSCATED_AT,
  OBFUSCATED_DOT,
  PHONE_NUMBER,
  POSTAL_ADDRESS,
  PRIVACY_CONTACT_ROLE,
  PRIVACY_TOPIC,
  REGULATOR,
  SPELLED_ADDRESS,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { ContactVerdict } from '../types';
import { union } from './cues';

type ContactHit = Hit<ContactVerdict> & { contacts: string[] };

/** A street number, postcode or phone number: an "Attn: Privacy Manager" line has none (a character test, not vocabulary). */
const HAS_DIGIT = /\d/;
/** A phone number needs three digits in a row (a character test, not vocabulary). */
const THREE_DIGITS = /\d{3}/;
/** The first character of an officer's title, to capitalise it (a character test, not vocabulary). */
const FIRST_LETTER = /^\w/;

function contactsIn(text: string): string[] {
  const found: string[] = [];
  // The address and phone patterns are the costly ones: run them only where an "@" or digits appear.
  if (has(ADDRESS_SIGN_ANY_CASE, text))
    for (const m of text.matchAll(EMAIL_ADDRESS.all)) {
      // " at " without a spelled " dot " is a word ("located at example.com"), not an address.
      if (m[0].includes(' at ') && !has(SPELLED_ADDRESS, m[0])) continue;
      found.push(m[0].replace(OBFUSCATED_AT.re, '@').replace(OBFUSCATED_DOT.all, '.').toLowerCase());
    }
  if (THREE_DIGITS.test(text)) for (const m of text.matchAll(PHONE_NUMBER.all)) found.push(`phone ${m[0].trim()}`);
  const officer = PRIVACY_CONTACT_ROLE.re.exec(text);
  if (officer)
    found.push(has(DPO_NAMED, officer[0]) ? 'Data Protection Officer' : officer[0].replace(FIRST_LETTER, (c) => c.toUpperCase()));
  if (has(POSTAL_ADDRESS, text)) found.push('postal address');
  if (has(CONTACT_FORM, text)) found.push('web form');
  return found;
}

export const contact: Practice<'contact'> = {
  ...PRACTICE_META.contact,
  candidate: CONTACT_TOPIC.re,
  triggers: [CONTACT_INVITE, EMAIL_ADDRESS, PHONE_NUMBER, ADDRESS_SIGN, CONTACT_FORM, DPO_NAMED, PRIVACY_CONTACT_ROLE],
  judge(sentence) {
    const text = sentence.text;
    const hasAddress = has(ADDRESS_SIGN, text);
    // Naming the privacy office or DPO beside a street address or number invites contact: "Write to Privacy Officer,
    // Level 3, 120 Flinders Street…"; the role alone ("Privacy Contact", "Attn: Privacy Manager") is a heading.
    const roleWithChannel = () =>
      !sentence.isHeading &&
      HAS_DIGIT.test(text) &&
      has(PRIVACY_CONTACT_ROLE, text) &&
      (has(POSTAL_ADDRESS, text) || (THREE_DIGITS.test(text) && has(PHONE_NUMBER, text)));
    const invited = (has(CONTACT_INVITE, text) || roleWithChannel()) && !(has(CONTACT_AS_DATA, text) && !has(CONTACT_US, text));
    const underHeading = has(CONTACT_HEADING, sentence.heading);
    // Without an address, only an invitation or a contact section makes a channel a privacy contact.
    if ((!hasAddress && !invited && !underHeading) || has(REGULATOR, text)) return [];
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
    const bare = BARE_INVITE.re.exec(text);
    if (!sentence.isHeading && bare && !has(CONTACT_AS_DATA, text) && has(CONTACT_INVITE, text.replace(bare[0], ''))) {
      const how = has(EMAIL_WORD, bare[0]) ? 'e-mail link' : 'contact page';
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
    const privacyFirst = (h: ContactHit) => (has(PRIVACY_TOPIC, h.sentence.text) || h.contacts.some((c) => has(PRIVACY_TOPIC, c)) ? 1 : 0);
    found.sort((a, b) => privacyFirst(b) - privacyFirst(a) || b.strength - a.strength || a.sentence.start - b.sentence.start);
    const firm = found.filter((h) => h.strength >= BAND.hedged);
    const contacts = union((firm.length ? firm : found).map((h) => h.contacts)).slice(0, 8);
    const summary = firm.length
      ? `The policy gives a contact for privacy questions: ${contacts.slice(0, 3).join(', ')}${contacts.length > 3 ? ' and more' : ''}.`
      : 'The policy invites questions (a “contact us” page or e-mail link) without giving an address in the text.';
    return { verdict: 'provided', confidence: confidenceOf(found), summary, evidence: toEvidence(found), contacts };
  },
};
