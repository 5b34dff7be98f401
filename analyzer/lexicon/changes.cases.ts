import type { ConceptCases } from './cases';

export default {
  CHANGE_WORD: {
    must: ['We may change this policy', 'material modifications', 'the revised version', 'We reserve the right to adapt this declaration'],
    reject: ['We exchange messages with partners', 'The policy applies to all users'],
  },
  NOTICE_TO_USER: {
    must: [
      'We will notify you',
      'we will send you an e-mail',
      'by a notice on the site',
      'we will let you know',
      'you will be asked to accept the revised privacy policy',
      'we will email registered users before they take effect',
      'We will give you at least 30 days notice of any material change',
      'you will receive an email at the address linked to your account',
      'we will announce them with a banner on the homepages',
      'Any update to this notice will be announced in the app',
      'we will email the address on your account',
      'communicated to registered users by electronic mail',
      "we will ask for the school's agreement",
    ],
    reject: [
      'Messages you send us are kept',
      'We will post the new version here',
      'you may be asked to provide your name',
      'you can email us at privacy@example.com',
      'you may receive marketing from us',
      'data communicated to us by partners',
      'comply with a court order',
      'as described in this notice',
    ],
  },
  ADVANCE_NOTICE: {
    must: [
      "the Company shall give you not less than thirty (30) days' notice",
      '30 days notice',
      'reasonable prior notice',
      'in advance notification',
    ],
    reject: ['notice of our practices', 'The notice applies to users', 'send a written request', 'within 30 days of your notice'],
  },
  ANNOUNCED_ON_SITE: {
    must: ["Any revisions will be announced on the Company's website", 'published on this page'],
    reject: ['announced in the app', 'we will announce material changes on our blog'],
  },
  NOTICE_CHANNEL: {
    must: [
      'we will e-mail each school administrator at least 30 days before',
      'communicated to registered users',
      'Registered members will be emailed a summary',
      'you will see an in-app notice',
      'highlighted in a notice on our homepage',
      'a push notification',
    ],
    reject: ['data sent to us by your school', 'the app stores push tokens', 'you can email us at privacy@example.com', 'in this notice'],
  },
  NOTICE_POSTED_FOR_USERS: {
    must: [
      'We will post a notice on our home page',
      'we will inform users',
      'a notice will be sent to members',
      'we will contact you directly',
    ],
    reject: ['Please note that cookies expire', 'We post news on our blog'],
  },
  DIRECT_NOTICE: {
    must: [
      'by e-mail',
      'we will ask for your consent',
      'before the changes take effect',
      'we will ask you to agree to the new terms',
      'at least 30 days before it takes effect',
      'before the amendment takes effect',
      "thirty (30) days' notice",
    ],
    reject: ['We will post the changes on this page', 'opt in to receive texts', 'you will be asked to verify your identity'],
  },
  CHANGES_TOPIC: {
    must: ['We may change this policy', 'you will be asked to accept the new terms', 'Updates will be announced', 'If we do,'],
    reject: ['We collect your name.', 'Cookies help us count visits.'],
  },
  DATE_LINE: {
    must: [
      "We'll update the date at the bottom of this page",
      'See the effective date above',
      'the last updated date at the top',
      'The date at the top of this page shows when it was last revised',
    ],
    reject: [
      'We updated our app',
      'a date of birth',
      'the date shows when your order was shipped',
      'you can change the date of your booking',
    ],
  },
  WITHOUT_NOTICE: {
    must: ['We may change it without prior notice', 'without notifying you', 'without any other notice to you'],
    reject: ['We will give you notice', 'without your consent'],
  },
  NOT_WITHOUT_NOTICE: {
    must: [
      'We will not make a material change without first notifying schools and parents by email',
      'we never change this policy without asking your consent',
      "we won't apply changes without prior notice",
    ],
    reject: ['We may change this policy without notice', 'we will not notify you', 'Do not use the service without an account'],
  },
  POSTED_CHANGES: {
    must: [
      "we'll put the new version on this page",
      'We will post any changes on this page',
      'Please check back periodically',
      'your continued use of the site',
      'The revised version will be effective when it is posted',
      'changes are effective upon posting',
      'Updated versions of this policy will be posted here',
      'Changes take effect on the date they are posted',
      'please review this policy periodically',
      'Changes become effective as soon as they are uploaded to this website',
      'By continuing to access the Services after the revised policy is published',
      'simply by posting such change, update, or modification on the Site',
      'we do so by publishing the revised, updated, and complete text',
    ],
    reject: [
      'We will e-mail you about changes',
      'We post updates to our blog feed',
      'We review this policy regularly and may update it',
      'we regularly review this policy',
      'effective when you sign up',
      'update the date of your appointment',
      'change the page layout',
    ],
  },
  USER_DATA_CHANGE: {
    must: ['You may update or correct your personal information', 'change your e-mail preferences in settings'],
    reject: ['We may update this policy', 'Changes to our practices'],
  },
  PAGE_VERSION: {
    must: [
      'The current version is always available at example.co.uk/privacy',
      'we will revise this Privacy Policy to reflect such changes',
      'we will amend this policy accordingly',
      "we'll modify this privacy statement to reflect those changes",
      "I'll update this page and the date at the bottom",
      'The latest version of this policy will always be on this page',
      'your use of the app after changes are made constitutes your acceptance of them',
      'Continued use after an update means you accept the revised policy',
    ],
    reject: [
      'the cookies we use are listed on this page',
      'your acceptance of cookies',
      'change the page layout',
      'update your profile page',
      'we will update your profile to reflect the changes',
      'we may update this policy to reflect changes in the law',
    ],
  },
  MESSAGE_TOPICS: {
    must: [
      'contact you with important notifications, such as notices with respect to purchases, safety, or changes to our terms',
      'transactional messages from us, like receipts, password resets and updates to our Privacy Policy',
      'administrative notices, including billing problems and amendments to our terms of service',
      'notices regarding your account, billing, or changes to our Terms',
    ],
    reject: [
      'We will send you a notice, for example by e-mail or an in-app message, before changes to this Privacy Policy take effect',
      'we will notify you by e-mail, such as to the address on your account',
      'We will e-mail you about changes to this policy',
    ],
  },
  THIS_POLICY: {
    must: [
      'We update this page from time to time',
      'We may update this Privacy Policy',
      'changes to our privacy practices',
      'the terms of this notice',
      'privacy statement',
      'We may amend this Privacy Code',
      'this Data Protection Declaration',
    ],
    reject: ['we may update your information', 'changes to our services', 'we may update our code', 'a declaration of independence'],
  },
  CHANGE_STEM: {
    must: ['Changes to this Policy', 'Modifications', 'AMENDMENT', 'Policy Updates', 'Revisions'],
    reject: ['Your choices', 'Contact us'],
  },
  BY_POSTING: {
    must: ['by posting the new policy on this page', 'by updating the effective date', 'as described in this privacy notice'],
    reject: ['we will e-mail you', 'by sending you a notice'],
  },
  POLICY_HEADING: {
    must: [
      'Changes to this page',
      '12. Changes to this information',
      '§ 13 Changes to this Data Protection Information',
      'Will you tell me if this FAQ changes?',
      'Changes to this Policy',
      'Updates to our Privacy Statement',
      'Amendments to these Terms',
      'Changes to this Code',
      'Amendment of this Data Protection Declaration',
    ],
    reject: ['Changes to your information', 'Updates'],
  },
  YOUR: {
    must: ['Updating your information', 'Your choices'],
    reject: ['Changes to this policy', 'yours truly'],
  },
  BARE_CHANGE_HEADING: {
    must: ['Changes', '12. AMENDMENT', '3.1 Updates:', 'Revisions'],
    reject: ['Changes to your account', 'Change'],
  },
  PROMINENT_NOTICE: {
    must: ['we will post a prominent notice', 'a notice on our website', 'notice of the change'],
    reject: ['by posting the new policy', 'we will notify you'],
  },
  WE_WILL: {
    must: ['we will post the new policy', 'We shall notify you'],
    reject: ['we may update this policy', 'we willingly comply'],
  },
  HOW_POSTED: {
    must: [
      'put the new version on this page',
      'posted on this page',
      'please check back',
      'review this policy',
      'your continued use',
      'without notice',
    ],
    reject: ['Last updated: March 1, 2024', 'Effective date: 1 May 2023'],
  },
  MAY_CHANGE: {
    must: [
      'we may update this policy',
      'We reserve the right to adapt this Data Protection Declaration',
      'we reserve the right to modify it',
      'from time to time we revise our practices',
      'we can change it',
    ],
    reject: ['we have updated this policy', 'Changes may take effect immediately'],
  },
} satisfies ConceptCases;
