import type { ConceptCases } from './cases';

export default {
  ACCESS_OWN_DATA: {
    must: [
      'You can access and update your account information at any time',
      'Parents may review the personal information of their child',
      'We will send you a copy of your data',
    ],
    reject: [
      'Our staff access your records only when needed',
      'You may access our website from any device',
      'You can access your data from other sites',
    ],
  },
  INSPECT_OWN_DATA: {
    must: [
      'Users may inspect, amend or purge the information in their profile',
      "Parents can review their child's records",
      "you may view your children's information",
      'To see, change or remove your details, go to Settings',
      'You can see or edit your profile at any time',
      'You may look at your own patron record at any service desk',
    ],
    reject: [
      'Our support staff may view the information in their queue',
      'Parents can review our safety tips',
      'To see our latest offers, visit the shop',
      'you can see the details of our offer',
      'you may look at our list of partners',
      'As you can see, protecting your personal information is important to us',
    ],
  },
  ACCESS_REQUEST: {
    must: [
      "You're welcome to ask me what information I have about you",
      'Residents may confirm whether we process their data',
      "We'll show you what we have on file",
      'You can ask us for a copy of what we hold about you',
      'Members may request a copy of the data we hold about them',
      'You have the right to know what personal information we collect',
      'Access and correction',
      'Californians may request that we disclose what we collected',
      'ask us to disclose the categories of personal information we have collected about you',
      'You can ask what we know about you',
      'find out what we hold on you',
      'request details of the personal information we hold about you',
      'obtain a summary of your data',
    ],
    reject: [
      'ask us what products we have in stock',
      'We control access to our offices',
      'Let us know if you have questions',
      'We disclose the information we collect to our service providers',
      'you may request that we disclose it to another company',
      'ask what we know about cookies',
      'request details of our offers',
    ],
  },
  ASK_TO_SEE_HELD_DATA: {
    must: [
      'You may ask to see the personal information we hold about you',
      'You can ask to see the information we hold about you at any time',
      'clients may request to view the records we keep',
    ],
    reject: ['we may ask to see photographic identification', 'ask to see the menu we have today', 'ask to see your receipt'],
  },
  CORRECTING_FAULTY_DATA: {
    must: ['correction of incomplete, inaccurate or outdated data', 'rectify inaccurate information'],
    reject: ['correction of our spelling', 'inaccurate data may lead to errors'],
  },
  ERASING_FAULTY_DATA: {
    must: ['anonymisation, blocking or elimination of unnecessary or excessive data', 'delete outdated information'],
    reject: ['elimination of waste', 'excessive data use on mobile networks'],
  },
  CONFIRM_PROCESSING: {
    must: ['I – confirmation of the existence of processing;', 'confirm the existence of the processing of your data'],
    reject: ['we confirm the existence of your booking', 'confirmation of your order'],
  },
  CORRECT_IT: {
    must: [
      'have your personal data corrected, completed, updated or erased',
      'you have the right to ask for a copy and to ask for it to be corrected',
      'You have the right to ask for your data to be corrected',
      'how you can access or correct it',
      'to ask us to correct it if it is inaccurate',
      'you may review and amend them',
      'ask what we know about you, have it fixed, or have it removed',
      'challenge its accuracy and have it amended',
    ],
    reject: [
      'have your order updated',
      'you can correct us if we get your name wrong',
      'you can fix it yourself by restarting the app',
      'we may correct it',
    ],
  },
  RIGHT_TO_CORRECT: {
    must: [
      'request that we correct an error or omission',
      'You may correct or update your personal information',
      'You have the right to rectification of inaccurate data',
      'request rectification of inaccurate Personal Data',
      'get mistakes fixed',
      "fix anything that's wrong",
      'correct inaccuracies',
      'ask us to rectify any inaccuracies',
      'correct or delete personal information about you',
    ],
    reject: [
      'correction of our spelling',
      'We may update this policy from time to time',
      'Changes to the services are announced on our blog',
      'We fix bugs every week',
    ],
  },
  CORRECTION_ASKED: {
    must: [
      "If you change your phone number, e-mail or address, let us know the next time you call or come in, or e-mail the office, and we'll update your file",
      'You may challenge the accuracy of your personal information',
      'If any of your details are wrong, let us know and we will fix them',
      "If your data is inaccurate, tell us and we'll correct it",
    ],
    reject: [
      'If the address you gave is wrong, your order may not arrive, and we cannot fix that',
      'We question the accuracy of third-party reports',
      'If the page looks wrong, we will fix it soon',
    ],
  },
  RIGHT_TO_DELETE: {
    must: [
      'elimination of personal data processed with the consent of the data subject',
      'You may delete your account in the settings',
      'You have the right to be forgotten',
      'You can request that we delete it',
    ],
    reject: ['elimination of waste in our kitchens', 'We delete server logs after 30 days', 'Close the window to return to the shop'],
  },
  DELETE_ON_REQUEST: {
    must: [
      'have your personal data corrected, completed, updated or erased',
      'have your records wiped',
      'ask us to delete them',
      'erase it if you want',
      'correct inaccuracies and have it removed',
      'If you want me to delete it, I will',
      'You can have your account and all associated data wiped at any time',
    ],
    reject: ['we delete it after 30 days', 'have it shipped to you', 'remove it from the oven'],
  },
  OPT_OUT_RIGHT: {
    must: [
      'You can opt-out at any time',
      'Click unsubscribe in any newsletter',
      'Ask us to remove your e-mail address from our marketing list',
      'If you no longer wish to receive our newsletter, reply STOP',
    ],
    reject: ['You may opt in to our rewards programme', 'Remove the battery before recycling the device'],
  },
  RIGHT_TO_OBJECT: {
    must: [
      'request restrictions on certain uses and disclosures',
      'ask us to delete it, and refuse further collection',
      'refuse to permit further use of their child’s information',
      'You may object to processing based on our legitimate interests',
      'You have the right to restrict our processing of your data',
      'You may request that we limit the use of your sensitive personal information',
      'the right to restrict how we process your information',
      'You can tell us to stop using your data for marketing',
      'You may ask us not to process your data for direct marketing purposes',
      'You can request that we stop sharing your information',
      'the right not to be subject to a decision based solely on automated processing',
    ],
    reject: [
      'we may refuse service',
      'Objects in the mirror are closer than they appear',
      'Access to the building is restricted',
      'You may limit the use of cookies in your browser settings',
      'Please ask us not to call you at work',
      'We stop using cookies when you leave the site',
      'You may not use the Service to make a decision about employment',
    ],
  },
  COMPLAINT_TO_AUTHORITY: {
    must: [
      'You can also contact the Office of the Privacy Commissioner of Canada',
      'complain to the regulator',
      'You may lodge a complaint with your local supervisory authority',
      'You can file a complaint with the Information Commissioner',
      'You may lodge a complaint with the ICO',
    ],
    reject: [
      'contact the office of our CEO',
      'write to our customer service team',
      'You may send a complaint to our customer service team',
      'We answer every complaint within ten days',
    ],
  },
  ACCOUNT_SETTINGS: {
    must: ['Change this in your account settings', 'Log in to your account to edit it', 'Visit our preference center'],
    reject: ['Your account is protected by a password', 'These settings apply to all devices'],
  },
  UNSUBSCRIBE_LINK: {
    must: [
      'Use the unsubscribe link in our e-mails',
      'Click the link at the bottom of any newsletter',
      'follow the instructions in each message',
    ],
    reject: ['We link to other websites', 'Follow us on social media'],
  },
  ACCESS_ITEM: {
    must: [
      'II – access to the data;',
      '- access the personal information we hold about you;',
      'obtain a copy of your data',
      '• see your details',
    ],
    reject: ['- access our website from any device', 'We see your details only when needed'],
  },
  RIGHTS_SECTION: {
    must: [
      'your rights',
      'your privacy choices',
      'what are my rights?',
      'rights under popia',
      'consumer rights',
      "parents' rights",
      'you have the right to:',
      'depending on where you live, you can:',
    ],
    reject: ['copyright', 'all rights reserved', 'the right products for you', 'human rights at our suppliers'],
  },
  USER_AGENCY: {
    must: [
      "You're welcome to ask",
      'You may ask us for a copy',
      'Please contact us to delete it',
      'Residents of California can request this',
      'Residents of certain states may confirm',
      'use the unsubscribe link',
      'Teachers can change their details',
    ],
    reject: ['We keep logs for a year.', 'Our partners process data on our behalf.'],
  },
  BROWSER_OPT_OUT: {
    must: ['Opt out of cookies in your browser', 'Visit the Digital Advertising Alliance to opt out', 'Opt out at www.example.com'],
    reject: ['Opt out of our newsletter by e-mail', 'You may opt out of the sale of your data'],
  },
  NOT_USER_RIGHT: {
    must: [
      'We reserve the right to delete accounts',
      'We may update this policy',
      'You must keep your password secret',
      "Our right to access your device's camera",
      'We have the right to suspend accounts',
      'Our payment processor has the right to access transaction records',
      'Regulators and our auditors may have a right to access your records',
      'Our employees have the right to access the building',
    ],
    reject: [
      'You may update your profile',
      'You have the right to delete your data',
      'Parents have the right to access their child’s records',
      'you have the right to ask third parties we share with for a copy',
    ],
  },
  RIGHTS_TOPIC: {
    must: [
      'You may withdraw your consent',
      'Ask for a copy',
      'You can object',
      'You can find out what we hold on you',
      'you can change your mind',
      'You may challenge the accuracy',
      'Tell us to stop',
    ],
    reject: ['We use cookies for analytics.', 'Our offices are in Paris.'],
  },
  EXERCISE_RIGHTS: {
    must: ['To exercise any of these rights, e-mail us', 'You may submit a verifiable request'],
    reject: ['Exercise caution when sharing your password', 'We answer requests within a month'],
  },
  PORTABILITY: {
    must: [
      'request that we port your data to another organisation',
      'the right to data portability',
      'in a structured, commonly used and machine-readable format',
      'Schools can export all their data',
      'in a common spreadsheet format',
      'Download my data',
    ],
    reject: ['Download the report in a standard PDF format', 'Download our app', 'we export goods to Canada'],
  },
  WITHDRAW_CONSENT: {
    must: [
      'You may withdraw your consent at any time',
      'revocation of consent',
      'Where we rely on your consent, you can change your mind at any time',
    ],
    reject: ['If you change your mind about a purchase, you can return it', 'we ask for your consent first', 'withdraw money'],
  },
  BY_EMAIL: {
    must: ['write to privacy@example.com', 'e-mail us', 'Emailing us is fastest', 'send us an email', 'by e-mail'],
    reject: ['your email address', 'we email you a receipt', 'the email we send'],
  },
  WEB_FORM: {
    must: ['use our web form', 'the data subject access request form', 'submit a request online', 'our webform'],
    reject: ['in the form of a cookie', 'any form of payment', 'fill in the registration'],
  },
  BY_PHONE: {
    must: ['call us', 'our toll-free number', 'by telephone', '1-800-555-0100', '(888) 555-0100'],
    reject: ['a phone number you give us', 'calls you make to us', 'order 12345678901'],
  },
  BY_POST: {
    must: ['write to us at', 'by postal mail', 'by U.S. mail', 'our mailing address', 'send us a letter'],
    reject: ['we mail you a catalogue', 'your e-mail address', 'address the letter to'],
  },
  CORRECTION_IN_A_ROW: {
    must: [
      'may request the Company to notify the purposes of use of, disclose, correct, add to or delete, suspend the use of, erase',
      'their rights of access, rectification, erasure, objection',
      'rights of access, and rectification',
      'When the User requests notification of the purposes of use, disclosure, correction, addition or deletion of content',
    ],
    reject: ['rights of access, erasure and portability', 'the correction of errors in our invoices', 'requests for deletion'],
  },
  ERASURE_IN_A_ROW: {
    must: [
      'may request the Company to notify the purposes of use of, disclose, correct, add to or delete, suspend the use of, erase',
      'their rights of access, rectification, erasure, objection',
      'the rights to access, correction, and deletion',
      'When the User requests notification of the purposes of use, disclosure, correction, addition or deletion of content',
    ],
    reject: ['rights of access, rectification and portability', 'erasure of the whiteboard', 'we answer requests within 30 days'],
  },
  ACCESS_IN_A_ROW: {
    must: [
      'may request the Company to notify the purposes of use of retained data, to disclose such retained personal data',
      'may request the Company to notify the purposes of use of, disclose, correct, add to or delete, suspend the use of, erase',
      'requests notification of the purposes of use of retained personal data, disclosure (including disclosure of records), correction',
      'their rights of access, rectification, erasure',
      'the rights to rectification, access',
      'When the User requests notification of the purposes of use, disclosure, correction, addition or deletion of content',
    ],
    reject: ['rights of rectification and erasure', 'access to our offices', 'requests correction or deletion'],
  },
  CORRECTION_OF_DATA: {
    must: ['You can ask us for access to, correction of, or deletion of your personal information', 'correction of your details'],
    reject: ['correction of errors in our invoices', 'the correction of spelling in the form field'],
  },
  ACCESS_TO_DATA: {
    must: ['You can ask us for access to, correction of, or deletion of your personal information', 'request access to your records'],
    reject: ['We limit access to your personal information to staff', 'for access to our offices'],
  },
  CORRECTION_REQUESTED: {
    must: ['request an amendment if you believe information is incorrect', 'you may ask for corrections'],
    reject: ['request a refund', 'an amendment to this policy'],
  },
  RIGHT_NAMED: {
    must: ['You have the right to request access', 'Your rights under the GDPR', 'rightly'],
    reject: ['you may request a copy of your data', 'copyright', 'bright'],
  },
} satisfies ConceptCases;
