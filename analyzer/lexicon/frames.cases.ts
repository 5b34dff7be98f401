import type { ConceptCases } from './cases';

export default {
  HEDGED_VERB: {
    must: ['We may ', 'Your information might also be ', 'we could ', 'Lumen can sometimes '],
    reject: ['We ', 'We do not ', 'You may opt out at any time, and we ', 'We maybe '],
  },
  RIGHT_DESCRIPTION: {
    must: [
      'A customer may request the Company to notify the purposes of use of, disclose, correct, add to or delete',
      'A person may request the Company to notify the purposes of use of retained personal data about them, to disclose',
      'you may have the right to confirm whether we collect, share or sell your consumer health data',
      'You have the right to know the categories of personal information we have collected, sold or disclosed.',
      'Right to Delete: you may request that we delete your data.',
      'You may request to know, delete and opt out.',
      'the right of access to your data',
      'You can ask us to delete the information we hold.',
    ],
    reject: [
      'We delete your data after 30 days.',
      'We do not sell your personal information.',
      'We reserve the right to change this policy.',
    ],
  },
  DEFINITION: {
    must: [
      'The CCPA defines “sale” broadly as “disclosing or making available Personal Information”',
      'State privacy laws broadly define the terms “sale” and “share”',
      '"Sell" means selling, renting or disclosing personal information for value.',
      '- "Personal Data" refers to any information about you.',
      'The term "sale" includes renting.',
      'Under the CCPA, a business “sells” personal information when it discloses it for a benefit.',
      'biometric data and information of minors under 14 may be considered as sensitive personal information',
    ],
    reject: [
      "We sell personal information to data brokers, as the CCPA defines 'sale'.",
      'We sell personal information to advertisers.',
      'This means we keep it for 30 days.',
      'Continued use after an update means you accept the revised policy.',
      'Accordingly, the company sells personal information, as the term "sell" is defined under the CCPA.',
    ],
  },
  LEGAL_CITATION: {
    must: [
      'California law requires us to tell you how we respond to Do Not Track signals.',
      'A business cannot sell the personal information of minors under 16.',
      'Under Cal. Civ. Code 1798.83 you may ask.',
      'COPPA applies to operators of websites directed to children under 13.',
    ],
    reject: [
      'We comply with applicable law.',
      'We do not sell the personal information of minors.',
      'This policy applies to our websites and apps.',
    ],
  },
  QUESTION_LINE: {
    must: ['How long do we keep your data?', '7. How We Respond to Do Not Track Signals', 'What information do we collect'],
    reject: ['We keep your data for 30 days.', 'How we use cookies is explained below: we use them for analytics.'],
  },
  DISCLOSURE_ITEM: {
    must: [
      '- Categories of personal information that we sold or disclosed for a business purpose;',
      'The business or commercial purpose for collecting or selling your personal information.',
      '- If we sold or disclosed your personal information for a business purpose, two separate lists',
    ],
    reject: ['We sold the following categories of personal information.', 'We do not sell your data for any purpose.'],
  },
  POLICY_SCOPE: {
    must: ['This Privacy Policy (“Policy”) describes our practices regarding the collection, use, disclosure and sale of personal data'],
    reject: ['We may change this policy at any time.', 'We sell personal data.'],
  },
  PURPOSE_ITEM: {
    must: [
      '- Notifying you about changes to this Privacy Statement',
      '| Communications to notify you of changes',
      '- To process your order',
    ],
    reject: [
      'We will notify you of changes.',
      'Continuing to use the site means you accept the changes.',
      'According to this definition, we have sold data.',
      'Providing data to service providers is not a sale.',
    ],
  },
  PURPOSE_FRAGMENT: {
    must: [
      'Notifying you about changes to this Privacy Statement, the Terms of Use or our programs',
      'Communications to notify you of any aspect related to our contract with you, such as changes in terms',
      'Updating you regarding shipping or rebates',
    ],
    reject: [
      'We will notify you of changes.',
      'Continuing to use the site means you accept the changes.',
      'Providing data to service providers is not a sale.',
      'Changes will be communicated to you by e-mail.',
    ],
  },
  CONDITION_THEN_WE: {
    must: [
      'Unless you have exercised your Right to Opt Out, we have sold or may sell in the future, Identifiers',
      'If you have not used the right to delete, we keep your data',
    ],
    reject: [
      'If you wish to exercise your right to opt out, please e-mail us.',
      'You have the right to opt out, and we will honour it.',
      'If you opt out. We then stop.',
    ],
  },
  CONTINUATION: {
    must: [
      'If we do, we will post an amended version on this webpage.',
      'When we do, we will tell you.',
      'If the changes are significant, we will provide notice.',
      'Should any such amendments affect you, we will tell you.',
    ],
    reject: ['We do not sell data.', 'If you do not agree, stop using the site.', 'If changes to your account are needed, call us.'],
  },
  TABLE_ROW: { must: ['Logs | 90 days', 'Cookies\t13 months'], reject: ['Logs are kept for 90 days.'] },
  EXAMPLE_LEAD: {
    must: [
      'For example, a 15-year-old may post.',
      '- e.g. a user aged 12',
      'For example, if you visit our site, a cookie is set.',
      'For example, a partner might use a cookie.',
    ],
    reject: [
      'We use cookies, for example to count visits.',
      'For example, we use Cookies from Google, and other similar companies.',
      'For instance we share data with advertisers.',
      'For example, Google uses DART cookies to deliver ads to you.',
      'For instance, the ad network places cookies on our pages.',
    ],
  },
  WE: { must: ['we sell', 'sold by us', 'the Company collects'], reject: ['website owners', 'a user'] },
  THIRD_PARTY: {
    must: ['third parties', 'our advertising partners', 'Third-Party vendors', 'Google'],
    reject: ['we', 'our own servers', 'the party'],
  },
  THE_USER: { must: ['you may not sell', 'users must be 13'], reject: ['we sell', 'your data'] },
  A_BUSINESS: { must: ['a business cannot sell', 'businesses must'], reject: ['our business', 'business days'] },
  LAW_AS_REASON: {
    must: [
      "You need to be 18 or older to sign up, because it's a contract for a monthly service and the law requires us to verify you",
      'We keep invoices for seven years because tax law requires it',
    ],
    reject: ['California law requires us to tell you about your rights', 'because we need it to deliver your order'],
  },
} satisfies ConceptCases;
