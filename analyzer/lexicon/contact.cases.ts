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
} satisfies ConceptCases;
