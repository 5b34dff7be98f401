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
      stems('contact', 'write to', 'officer', 'representative'),
      tight(words('email', 'e-mail', 'emailing', 'e-mailing', 'call', 'reach'), stems('us', 'the')),
      words('dpo', 'box', 'suite', 'form'),
      tight(words('privacy'), stems('team', 'office', 'department', 'coordinator', 'manager')),
    ),
  ),
);
