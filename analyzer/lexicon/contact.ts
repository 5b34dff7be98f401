import { anyOf, concept, opt, stems, words } from './build';
import { caseSensitive, tight, wordGap } from './strict';

/** Who answers privacy questions: "our Data Protection Officer", "the Chief Privacy Officer", "EU representative". */
export const PRIVACY_CONTACT_ROLE = concept(
  'PRIVACY_CONTACT_ROLE',
  anyOf(
    words('data protection officer', 'DPO'),
    tight(opt(words('chief')), words('privacy'), words('officer', 'office', 'team', 'department', 'coordinator', 'manager', 'contact')),
    tight(words('privacy compliance'), words('officer', 'team')),
    words('EU representative'),
    tight(words('representative in the'), words('EU', 'European Union', 'UK')),
  ),
);

/** A street line: a number, capitalised words, then the kind of street ("1600 Amphitheatre Parkway"). */
const STREET = String.raw`\d{1,6} [A-Z][\w.]* (?:[A-Z][\w.]* )*`;
const STREET_KIND = anyOf(
  'Street',
  'St\\.?',
  'Avenue',
  'Ave\\.?',
  'Road',
  'Rd\\.?',
  'Boulevard',
  'Blvd\\.?',
  'Drive',
  'Dr\\.?',
  'Lane',
  'Way',
);
const STREET_KIND_MORE = anyOf('Place', 'Plaza', 'Parkway', 'Court', 'Circle', 'Highway', 'Square', 'Terrace', 'Crescent');
const ADDRESS_LINE = anyOf(
  String.raw`P\.? ?O\.? Box`,
  'Suite',
  'Ste\\.',
  'Floor',
  'Attn:?',
  'Attention:',
  STREET + anyOf(STREET_KIND, STREET_KIND_MORE),
);
/** A US state and ZIP code: "CA 94105", "NY 10001-1234". */
const STATE_ZIP = String.raw`\b[A-Z]{2} \d{5}(?:-\d{4})?\b`;
/** Postcodes elsewhere: UK "BS1 4QA", Canada "N1H 6N1", an Australian state and postcode "VIC 3000". */
const POSTCODE = anyOf(
  String.raw`\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b`,
  String.raw`\b[A-Z]\d[A-Z] \d[A-Z]\d\b`,
  String.raw`\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}\b`,
);

/** A postal address, or an offer to take letters: "P.O. Box 123", "Suite 400", "write to us", "by postal mail". */
export const POSTAL_ADDRESS = caseSensitive(
  'POSTAL_ADDRESS',
  anyOf(
    `\\b${ADDRESS_LINE}\\b`,
    STATE_ZIP,
    POSTCODE,
    tight(words('mailing', 'postal'), words('address')),
    words('write to us'),
    tight(words('by', 'via'), opt(words('postal', 'regular')), words('mail')),
  ),
);

/** An invitation to get in touch: "contact us", "questions", "comments", "e-mail us", "get in touch". */
export const CONTACT_INVITE = concept(
  'CONTACT_INVITE',
  anyOf(
    tight(words('contact', 'contacting'), words('us', 'our', 'the')),
    words('question', 'questions', 'concern', 'concerns', 'comment', 'comments', 'complaint', 'complaints', 'request', 'requests'),
    words('query', 'queries', 'enquiry', 'enquiries', 'inquiry', 'inquiries'),
    words('reach us', 'write to us', 'email us', 'e-mail us', 'call us', 'get in touch', 'ring us', 'phone us', 'text us'),
    // A contact line's label: "Phone: (608) 555-0147", "E-mail: privacy@example.com".
    words('phone', 'telephone', 'tel', 'toll-free', 'email', 'e-mail', 'fax') + '\\s?:',
  ),
);

/** "Contact information such as your name" is data they collect, not a way to reach them. */
export const CONTACT_AS_DATA = concept(
  'CONTACT_AS_DATA',
  anyOf(
    tight(words('contact'), words('information', 'info', 'details', 'data', 'list', 'lists', 'you')),
    tight(
      words('provide', 'provides', 'send', 'sends', 'submit', 'submits', 'give', 'gives'),
      opt(words('us')),
      wordGap(3),
      words('information'),
      wordGap(4),
      words('via', 'by', 'through'),
    ),
  ),
);

/** What a contact needs: an address, a number, an office, a form, or an invitation. A cheap pre-test. */
export const CONTACT_TOPIC = concept(
  'CONTACT_TOPIC',
  anyOf(
    String.raw`@|[[(]at[\])]|\d{3}[-. )]\d{3}|\d{3}\) \d{3}|\b\d{5}\b|\sdot\s`,
    // The words in a group of their own, so their one word boundary is tested once per position.
    anyOf(
      stems('contact', 'write to', 'officer', 'representative', 'webform', 'onlineform', 'quer', 'in touch'),
      tight(words('email', 'e-mail', 'emailing', 'e-mailing', 'call', 'reach'), stems('us', 'the')),
      words('dpo', 'box', 'suite', 'form'),
      tight(words('privacy'), stems('team', 'office', 'department', 'coordinator', 'manager')),
    ),
  ),
);

/** An e-mail address's parts; " [at] " and " (dot) " are the obfuscated forms. */
const LOCAL_PART = String.raw`(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]*[A-Za-z0-9])?`;
const AT = String.raw`(?:@|\s?[[(]at[\])]\s?| at )`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?`;
const DOT = String.raw`(?:\.|\s?[[(]dot[\])]\s?| dot )`;

/**
 * An e-mail address: local part, @ (or an obfuscated " [at] " / " at "), a domain with a dot: "privacy@example.com",
 * "dpo (at) example.org", "privacy at example dot org". A bare " at " needs a spelled " dot " (SPELLED_ADDRESS) to count.
 */
export const EMAIL_ADDRESS = caseSensitive('EMAIL_ADDRESS', `${LOCAL_PART}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}[A-Za-z]{2,24}\\b`);

/** "privacy at example dot org": an address spelled out in words. */
export const SPELLED_ADDRESS = caseSensitive('SPELLED_ADDRESS', String.raw`\b at [\w-]+ dot [a-z]`);

/** The "at" of an address written to fool harvesters: " [at] ", "(at)", " at ". Read back as "@". */
export const OBFUSCATED_AT = caseSensitive('OBFUSCATED_AT', String.raw`\s?[[(]at[\])]\s?| at `);

/** The "dot" of an address written to fool harvesters: " [dot] ", "(dot)", " dot ". Read back as ".". */
export const OBFUSCATED_DOT = caseSensitive('OBFUSCATED_DOT', String.raw`\s?[[(]dot[\])]\s?| dot `);

/** Where an address may be: an "@", an obfuscated "[at]", or one spelled in words. A cheap test before EMAIL_ADDRESS. */
const ADDRESS_SIGN_SOURCE = String.raw`@|[[(]at[\])]|\b at [\w-]+ dot [a-z]`;

/** An address sign, as the judge has always asked: case-sensitive ("privacy at example dot org", not "AT ... DOT"). */
export const ADDRESS_SIGN = caseSensitive('ADDRESS_SIGN', ADDRESS_SIGN_SOURCE);

/** An address sign in any case ("[AT]"): the pre-test before the address scan. */
export const ADDRESS_SIGN_ANY_CASE = concept('ADDRESS_SIGN_ANY_CASE', ADDRESS_SIGN_SOURCE);

/**
 * A phone number: North American "(608) 555-0147", "+1 800.555.0199"; international "+44 20 7946 0958"; a
 * national "0161 496 0000", or hyphenated "0120-517-230", "03-1234-5678". Not longer digit runs (an order number).
 */
export const PHONE_NUMBER = caseSensitive(
  'PHONE_NUMBER',
  String.raw`(?<!\d)(?:\+?1[-. ]?)?\(?[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)|\+\d{1,3}(?:[-. ]\d{1,4}){2,5}(?!\d)|(?<![\d-])0\d{3,4} \d{3} ?\d{3,4}(?![\d-])|(?<![\d-])0\d{1,4}-\d{2,4}-\d{3,4}(?![\d-])`,
);

/** A form to write through: "contact form", "web form", "privacy request form", "webform". */
export const CONTACT_FORM = concept(
  'CONTACT_FORM',
  String.raw`\b(?:contact|web|online|feedback|request|privacy|inquiry|support) ?form\b|\bwebform\b`,
);

/** A section heading about reaching the site: "Contact us", "Questions", "How to reach us", "Get in touch", "Comments". */
export const CONTACT_HEADING = concept('CONTACT_HEADING', String.raw`\bcontact|\bquestions|\bhow to reach|\bget in touch|\bcomments`);

/** A regulator, whose address is where to complain, not the site's contact: "the Attorney General", "the FTC", "the ICO's Commissioner". */
export const REGULATOR = concept(
  'REGULATOR',
  String.raw`\battorney general\b|\bbureau of\b|\bfederal trade commission\b|\bombudsman\b|\bsupervisory authority\b|\bcommissioner\b`,
);

/** About privacy in particular: "privacy", "data protection", "personal information", "DPO". Such contacts are listed first. */
export const PRIVACY_TOPIC = concept('PRIVACY_TOPIC', String.raw`privacy|data protection|personal (?:information|data)|\bDPO\b`);

/** The role named is the Data Protection Officer: "DPO", "data protection officer". */
export const DPO_NAMED = concept('DPO_NAMED', String.raw`\bDPO\b|data protection`);

/** The words "contact us": an invitation even beside "contact information". */
export const CONTACT_US = concept('CONTACT_US', String.raw`\bcontact us\b`);

/** E-mail as a word: "email", "e-mail". A bare invitation by e-mail points to an e-mail link. */
export const EMAIL_WORD = concept('EMAIL_WORD', String.raw`e-?mail`);

/** A bare invitation: "please e-mail us" (a link on the page) or "contact the Web Administrator". */
export const BARE_INVITE = concept('BARE_INVITE', String.raw`\b(?:contact(?:ing)?|e-?mail(?:ing)?|write to|call|reach) (?:us|our|the)\b`);
