import { PRACTICE_META } from '../practice-meta';
import { confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { ContactVerdict } from '../types';
import { union } from './cues';

type ContactHit = Hit<ContactVerdict> & { contacts: string[] };

/** Local part, @ (or an obfuscated " [at] "), a domain with a dot: "privacy@example.com", "dpo (at) example.org". */
const EMAIL =
  /(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]*[A-Za-z0-9])?(?:@|\s?[[(]at[\])]\s?)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:(?:\.|\s?[[(]dot[\])]\s?)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?:\.|\s?[[(]dot[\])]\s?)[A-Za-z]{2,24}\b/g;
const PHONE = /(?<!\d)(?:\+?1[-. ]?)?\(?[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)|\+\d{1,3}(?:[-. ]\d{1,4}){2,5}(?!\d)/g;
const OFFICER =
  /\b(?:data protection officer|DPO|(?:chief )?privacy (?:officer|office|team|department|coordinator|manager|contact)|privacy compliance (?:officer|team)|EU representative|representative in the (?:EU|European Union|UK))\b/i;
const POSTAL =
  /\b(?:P\.? ?O\.? Box|Suite|Ste\.|Floor|Attn:?|Attention:|(?:\d{1,6} [A-Z][\w.]* (?:[A-Z][\w.]* )*(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way|Place|Plaza|Parkway|Court|Circle|Highway)))\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\b(?:mailing|postal) address\b|\bwrite to us\b|\b(?:by|via) (?:postal |regular )?mail\b/;
const FORM = /\b(?:contact|web|online|feedback|request|privacy|inquiry|support) ?form\b|\bwebform\b/i;
/** Sentences that invite privacy questions, so a bare channel ("e-mail us") counts. */
const INVITE =
  /\bcontact(?:ing)? (?:us|our|the)\b|\bquestions?\b|\bconcerns?\b|\bcomments?\b|\bcomplaints?\b|\brequests?\b|\breach us\b|\bwrite to us\b|\be-?mail us\b|\bcall us\b|\bget in touch\b/i;
const CONTACT_HEADING = /\bcontact|\bquestions|\bhow to reach|\bget in touch|\bcomments/i;
/** "Contact information such as your name" is data they collect, not a way to reach them. */
const CONTACT_AS_DATA =
  /\bcontact (?:information|info|details|data|lists?)\b|\bcontact you\b|\b(?:provide|send|submit|give)s? (?:us )?(?:\w+ ){0,3}information (?:\w+ ){0,4}(?:via|by|through)\b/i;

/** Regulators' addresses (an attorney general, the FTC) are where to complain, not the site's contact. */
const REGULATOR =
  /\battorney general\b|\bbureau of\b|\bfederal trade commission\b|\bombudsman\b|\bsupervisory authority\b|\bcommissioner\b/i;
const PRIVACY_TOPIC = /privacy|data protection|personal (?:information|data)|\bDPO\b/i;
/** A bare invitation: "please e-mail us" (a link on the page) or "contact the Web Administrator". */
const BARE_INVITE = /\b(?:contact(?:ing)?|e-?mail(?:ing)?|write to|call|reach) (?:us|our|the)\b/i;

function contactsIn(text: string): string[] {
  const found: string[] = [];
  // The address and phone patterns are the costly ones: run them only where an "@" or digits appear.
  if (/@|[[(]at[\])]/i.test(text))
    for (const m of text.matchAll(EMAIL))
      found.push(
        m[0]
          .replace(/\s?[[(]at[\])]\s?/, '@')
          .replace(/\s?[[(]dot[\])]\s?/g, '.')
          .toLowerCase(),
      );
  if (/\d{3}/.test(text)) for (const m of text.matchAll(PHONE)) found.push(`phone ${m[0].trim()}`);
  const officer = OFFICER.exec(text);
  if (officer)
    found.push(/\bDPO\b|data protection/i.test(officer[0]) ? 'Data Protection Officer' : officer[0].replace(/^\w/, (c) => c.toUpperCase()));
  if (POSTAL.test(text)) found.push('postal address');
  if (FORM.test(text)) found.push('web form');
  return found;
}

export const contact: Practice<'contact'> = {
  ...PRACTICE_META.contact,
  // What a contact needs: an address, a number, an office, a form, or an invitation to get in touch.
  candidate:
    /@|[[(]at[\])]|\d{3}[-. )]\d{3}|\b\d{5}\b|\b(?:contact|write to|e-?mail(?:ing)? (?:us|the)|call (?:us|the)|reach (?:us|the)|officer|dpo\b|privacy (?:team|office|department|coordinator|manager)|representative|box\b|suite\b|form\b)/i,
  judge(sentence) {
    const text = sentence.text;
    const hasAddress = /@|[[(]at[\])]/.test(text);
    const invited = INVITE.test(text) && !(CONTACT_AS_DATA.test(text) && !/\bcontact us\b/i.test(text));
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
          strength: invited || underHeading ? 0.9 : 0.7,
          reason: 'Gives an e-mail address to write to.',
          names: emails,
          contacts,
        },
      ];
    }
    if (contacts.length && (invited || underHeading)) {
      return [
        { verdict: 'provided', sentence, strength: 0.75, reason: 'Says how to reach them about privacy.', claim: 'channel', contacts },
      ];
    }
    const bare = BARE_INVITE.exec(text);
    if (!sentence.isHeading && bare && !CONTACT_AS_DATA.test(text) && INVITE.test(text.replace(bare[0], ''))) {
      const how = /e-?mail/i.test(bare[0]) ? 'e-mail link' : 'contact page';
      return [
        {
          verdict: 'provided',
          sentence,
          strength: 0.5,
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
    const firm = found.filter((h) => h.strength >= 0.7);
    const contacts = union((firm.length ? firm : found).map((h) => h.contacts)).slice(0, 8);
    const summary = firm.length
      ? `The policy gives a contact for privacy questions: ${contacts.slice(0, 3).join(', ')}${contacts.length > 3 ? ' and more' : ''}.`
      : 'The policy invites questions (a “contact us” page or e-mail link) without giving an address in the text.';
    return { verdict: 'provided', confidence: confidenceOf(found), summary, evidence: toEvidence(found), contacts };
  },
};
