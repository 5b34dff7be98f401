import type { ConceptCases } from './cases';

export default {
  PRIVACY_CONTACT_ROLE: {
    must: ['write to our Data Protection Officer', 'contact the Chief Privacy Officer', 'our representative in the EU'],
    reject: ['our customer service team', 'the privacy of our users'],
  },
  POSTAL_ADDRESS: {
    must: [
      '100 Main Street, Springfield',
      'P.O. Box 1234',
      'San Francisco, CA 94105',
      'You may write to us',
      '12 Quayside Chambers, Bristol BS1 4QA',
      'Guelph, ON N1H 6N1',
      'Melbourne VIC 3000',
      '5 Merrion Square, Dublin 2',
    ],
    reject: ['we keep your postal code', 'the main street of our town', 'ca 94105', 'ISO 27001', 'a COVID 19 test'],
  },
  CONTACT_INVITE: {
    must: [
      'If you have questions, e-mail us',
      'Please contact us',
      'Get in touch with our team',
      'Any query regarding this Notice',
      'Ring us on 0800 123 4567',
      'Phone: (608) 555-0147',
    ],
    reject: ['We collect your name.', 'Cookies help us count visits.'],
  },
  CONTACT_AS_DATA: {
    must: [
      'We collect contact information such as your name',
      'We may contact you about your order',
      'you provide us information by phone',
    ],
    reject: ['Please contact us with any questions', 'Write to our privacy office'],
  },
  CONTACT_TOPIC: {
    must: ['privacy@example.org', 'Contact us', 'our privacy team', 'call us', 'Phone: (608) 555-0147', 'privacy at example dot org'],
    reject: ['We use cookies.', 'Your data is stored safely.'],
  },
  EMAIL_ADDRESS: {
    must: ['write to privacy@example.com', 'dpo (at) example.org', 'privacy at example dot org', 'dpo[at]example[dot]co.uk'],
    reject: ['@example on Twitter', 'our office at the corner', 'email us via the form'],
  },
  SPELLED_ADDRESS: {
    must: ['privacy at example dot org', 'write to dpo at my-shop dot co'],
    reject: ['located at example.com', 'privacy at example.org'],
  },
  OBFUSCATED_AT: {
    must: ['dpo [at] example.org', 'dpo(at)example.org', 'privacy at example'],
    reject: ['privacy@example.org', 'attention'],
  },
  OBFUSCATED_DOT: {
    must: ['example [dot] org', 'example(dot)org', 'example dot org'],
    reject: ['example.org', 'dotted lines'],
  },
  ADDRESS_SIGN: {
    must: ['privacy@example.com', 'dpo [at] example.org', 'privacy at example dot org'],
    reject: ['contact us at the office', 'dpo [AT] example.org'],
  },
  ADDRESS_SIGN_ANY_CASE: {
    must: ['dpo [AT] example.org', 'privacy@example.com', 'privacy AT example DOT org'],
    reject: ['contact us at the office', 'at your request'],
  },
  PHONE_NUMBER: {
    must: [
      'Telephone: 0120-517-230 (toll-free)',
      '03-1234-5678',
      'call (608) 555-0147',
      'toll-free 1-800-555-0199',
      '+44 20 7946 0958',
      'ring 0161 496 0000',
    ],
    reject: ['on 2024-01-15', 'order 0123-4567-89012', 'order number 123456789012', 'since 2018', 'call 555-0147'],
  },
  CONTACT_FORM: {
    must: ['use our contact form', 'submit the privacy request form', 'through our webform', 'the onlineform'],
    reject: ['in any form', 'information you submit through forms on the site'],
  },
  CONTACT_HEADING: {
    must: ['Contact Us', 'Questions?', 'How to reach us', 'Get in touch', 'Comments and feedback'],
    reject: ['Your rights', 'Security'],
  },
  REGULATOR: {
    must: [
      'contact the California Attorney General',
      'the Federal Trade Commission',
      'your local supervisory authority',
      'the Information Commissioner',
    ],
    reject: ['contact our privacy team', 'the Attorney at law who represents us'],
  },
  PRIVACY_TOPIC: {
    must: ['privacy@example.com', 'our data protection officer', 'questions about your personal information', 'our DPO'],
    reject: ['support@example.com', 'questions about your order'],
  },
  DPO_NAMED: {
    must: ['Data Protection Officer', 'our DPO'],
    reject: ['Privacy Officer', 'the privacy team'],
  },
  CONTACT_US: {
    must: ['please contact us', 'Contact Us'],
    reject: ['contact information', 'contacting us'],
  },
  EMAIL_WORD: {
    must: ['e-mail us', 'email us'],
    reject: ['contact us', 'call us'],
  },
  BARE_INVITE: {
    must: ['please e-mail us', 'contact the Web Administrator', 'write to our office', 'reach us'],
    reject: ['we may contact you', 'emails we send'],
  },
} satisfies ConceptCases;
