import type { ConceptCases } from './cases';

export default {
  STANDARD_CLAUSES: {
    must: [
      'we rely on the Standard Contractual Clauses',
      'model contract clauses approved by the Commission',
      'EU-approved transfer contracts',
      'the International Data Transfer Agreement issued by the Information Commissioner',
      'the Swiss-approved data transfer contracts',
    ],
    reject: ['our standard terms and conditions', 'clauses of this agreement', 'an approved transfer of your subscription'],
  },
  ADEQUACY: {
    must: [
      'countries subject to an adequacy decision',
      'deemed by the Commission to provide an adequate level of data protection',
      'our parent company in Japan, which the EU considers to provide adequate protection',
      'only to countries that ensure an adequate level of data protection',
    ],
    reject: [
      'adequate lighting in our stores',
      'we found the answer',
      'we take steps to provide adequate protection for your data',
      'adequate protection against unauthorised access',
    ],
  },
  ABROAD: {
    must: [
      'processed outside your country of residence',
      'transferred to other countries',
      'stored in a cross-border data centre',
      'where our service providers are located',
      'we may transfer your information across borders',
      'data sent across national borders',
    ],
    reject: ['stored on servers in your country', 'We operate a support line', 'a border around the page'],
  },
  TO_COUNTRY: {
    must: ['transferred to the United States', 'servers located in India', 'stored in the UK'],
    reject: ['send it to us', 'in us we trust'],
  },
  TRANSFER_TOPIC: {
    must: ['We transfer data', 'outside the EEA', 'the Privacy Shield', 'Our servers are in Canada', 'stored in Germany'],
    reject: ['We use cookies.', 'Your password is secret.'],
  },
  SAFE_HARBOR: {
    must: ['We comply with the EU-U.S. Safe Harbor framework', 'the Safe Harbor Privacy Principles'],
    reject: ['an approved COPPA safe harbor', 'a safe harbour for boats'],
  },
  MOVES_DATA: {
    must: ['data is transferred to our servers', 'stored in Ireland', 'information is hosted by our provider'],
    reject: ['We collect your name', 'You may delete your account'],
  },
  EQUIVALENT_PROTECTION: {
    must: [
      'the recipient handles it consistently with the Australian Privacy Principles',
      'a comparable level of protection',
      'substantially similar protection',
    ],
    reject: ['We comply with the Australian Privacy Principles', 'protection of your data'],
  },
  MONEY_TRANSFER: {
    must: ['Bank transfers from abroad may take five days', 'transfer funds between accounts', 'a wire transfer'],
    reject: ['data transfers to the US', 'the transfer of your personal information'],
  },
  STAFF_ABROAD: {
    must: ['our team in the Philippines', 'support agents based in India'],
    reject: ['our team in the office', 'offices in the region'],
  },
} satisfies ConceptCases;
