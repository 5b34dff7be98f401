import { defineCases } from '../practice';
import type { RightsVerdict } from '../types';

export default defineCases<RightsVerdict>([
  { text: 'You have the right to access, correct and delete the personal data we hold about you.', verdict: 'described' },
  {
    text: 'You may request a copy of your data in a machine-readable format, object to its processing, or withdraw your consent at any time.',
    verdict: 'described',
  },
  {
    text: 'You may access, correct or delete your personal information at any time from your account settings.',
    verdict: 'described',
    note: 'a list of verbs before one object',
  },
  { text: 'You can update your account information at any time from your account settings.', verdict: 'limited' },
  { text: 'You can unsubscribe from our newsletter using the link at the bottom of each e-mail.', verdict: 'limited' },
  { text: 'You have the right to lodge a complaint with your local data protection authority.', verdict: 'limited' },
  { text: 'To delete your account, e-mail privacy@example.org.', verdict: 'limited', claim: 'grants' },
  {
    text: 'You may opt out of accepting cookies by changing the settings in your browser.',
    verdict: 'not-mentioned',
    note: 'a browser setting, not a right the site grants',
  },
  {
    text: 'To opt out of these technologies, go to the ad network’s page at https://ads.example.com/optout.',
    verdict: 'not-mentioned',
    note: "a third party's opt-out",
  },
  {
    text: 'We acquire data from other sources to update or supplement the information you provided.',
    verdict: 'not-mentioned',
    note: 'the site updates, not the user',
  },
  { text: 'We delete server logs after thirty days.', verdict: 'not-mentioned', note: 'retention, not a request by the user' },
  { text: 'We reserve the right to update this policy.', verdict: 'not-mentioned' },
  {
    text: 'If you access your accounts from partner sites, review their privacy practices.',
    verdict: 'not-mentioned',
    note: 'accessing an account is not the right of access',
  },
  { text: 'Our service providers have access to your personal information only to perform their work.', verdict: 'not-mentioned' },
  // Issue 10, blind probes: rights in plain words, legal lists, other holders.
  {
    text: 'You can ask us for a copy of what we hold about you, get mistakes fixed, or have your records wiped.',
    verdict: 'described',
    note: 'access, correction and deletion with no legal word',
  },
  {
    text: 'Subject to the Data Protection Legislation, you have the right to: (a) request access to your Personal Data; (b) request rectification of inaccurate Personal Data; (c) request erasure of your Personal Data.',
    verdict: 'described',
    note: '"rectification of inaccurate Personal Data": correction with "of"',
  },
  {
    text: "Parents can review their child's records, ask for corrections, or ask us to delete them.",
    verdict: 'described',
    note: "a child's records; correction and deletion asked for",
  },
  {
    text: 'Residents of certain states may confirm whether we process their data, obtain a copy of it, correct inaccuracies and have it removed.',
    verdict: 'described',
    note: 'holders named with words between them and "may"',
  },
  {
    text: "We'll show you what we have on file, fix anything that's wrong, and erase it if you want.",
    verdict: 'described',
  },
  {
    text: 'Users may inspect, amend or purge the information in their profile, and may take it with them in a machine-readable format.',
    verdict: 'described',
  },
  {
    text: 'Stop marketing e-mails: use the unsubscribe link in any of them.',
    verdict: 'limited',
    note: 'an imperative is the user acting',
  },
  { text: 'Teachers can change or delete their account information in Settings at any time.', verdict: 'limited' },
  {
    text: 'Schools can export all their data at any time from the district dashboard, in a common spreadsheet format.',
    verdict: 'limited',
    note: 'exporting the data is portability',
  },
  {
    text: 'If you no longer wish to receive our newsletter, reply STOP or click "manage preferences".',
    verdict: 'limited',
    note: 'an opt-out said as "no longer wish to receive"',
  },
  { text: 'You may lodge a complaint with the ICO.', verdict: 'limited', note: "the regulator's acronym" },
  {
    text: "Our right to access your device's camera is requested only when you scan a card.",
    verdict: 'not-mentioned',
    note: "the site's own right (NOT_USER_RIGHT)",
  },
  {
    text: 'You can download the report in a standard PDF format.',
    verdict: 'not-mentioned',
    note: 'a format of a report, not of your data',
  },
  {
    text: "We fix bugs every week and show you what's new in the release notes.",
    verdict: 'not-mentioned',
    note: '"fix" and "show you what" about the product',
  },
  {
    text: 'Our support staff may view the information in their queue only to answer tickets.',
    verdict: 'not-mentioned',
    note: 'staff viewing data is no right of access',
  },
  {
    text: 'Our payment processor has the right to access transaction records for fraud checks.',
    verdict: 'not-mentioned',
    note: "must not catch: a third party's right to access is not the reader's right",
  },
  {
    text: 'Regulators may have a right to access your records, and you have the right to access, correct and delete your data.',
    verdict: 'described',
    note: "the reader's rights in the same sentence still count",
  },
  {
    text: 'To see, change or remove your details, go to Settings > Privacy.',
    verdict: 'described',
    note: 'an instruction names the rights as what to do, not as "you may"',
  },
  {
    text: 'Californians may request that we disclose what we collected about them, ask us to delete it, and opt out of its sale.',
    verdict: 'described',
    note: 'the right to know, asked as "request that we disclose what we collected"',
  },
  {
    text: 'Our employees have the right to access the building after hours.',
    verdict: 'not-mentioned',
    note: "staff's rights are not the reader's",
  },
  {
    text: 'To see our latest offers, visit the shop.',
    verdict: 'not-mentioned',
    note: 'an instruction about something other than your data',
  },
  {
    text: 'This policy tells you how you can access or correct it or make a complaint to the OAIC.',
    verdict: 'described',
    note: 'correcting "it", the data named just before',
  },
  {
    text: "You're welcome to ask me what information I have about you. If you want me to delete it, I will. You can also contact the Office of the Privacy Commissioner of Canada.",
    verdict: 'described',
    note: "a sole trader's first person: asking what is held, deleting on request, the regulator as a contact",
  },
  {
    text: 'Ask us what products we have in stock, or contact the office of our CEO.',
    verdict: 'not-mentioned',
    note: 'asking about stock and contacting an office are no rights',
  },
  {
    text: 'Your rights\n\n| Right | What it means |\n| Access | Get a copy of your data |\n| Erasure | Ask us to delete your data |\n| Objection | Object to processing |',
    verdict: 'described',
    note: 'a table of rights under a rights heading, with no "you may"',
  },
  {
    text: 'Our history\n\n| Year | Event |\n| 2019 | We deleted the old app |',
    verdict: 'not-mentioned',
    note: 'a table outside a rights section grants nothing',
  },
  {
    text: 'Your rights\n\nYou have the right to:\n\n- access the personal information we hold about you;\n- ask us to correct it;\n- ask us to delete it;\n- object to direct marketing.',
    verdict: 'described',
    note: 'list items that complete "You have the right to:"',
  },
  {
    text: "Parents may review their child's information, ask us to delete it, and refuse further collection.",
    verdict: 'described',
    note: 'COPPA: refusing further collection is an objection',
  },
  {
    text: 'You may look at your own patron record at any service desk, with your card and ID, or online through your account.',
    verdict: 'limited',
    note: 'access said as looking at one’s own record',
  },
  {
    text: 'If any of your information is wrong, tell us and we will correct it.',
    verdict: 'limited',
    note: 'correction: the site corrects what the reader reports',
  },
  { text: 'We will correct our records when we learn of errors.', verdict: 'not-mentioned', note: 'must not: the site’s own upkeep' },
  {
    text: 'You also have the right to lodge a complaint with the regulator.\n\nUnder the GDPR you have the right to:\n\n- access your personal data;\n- have your data erased;\n- data portability.',
    verdict: 'described',
    first: 'Under the GDPR you have the right to:',
    note: 'evidence: a list’s lead, which names all its items’ rights, before any one item or sentence',
  },
  {
    text: 'You have the right to lodge a complaint with the regulator.\n\nYou may:\n\n- access your personal data.',
    verdict: 'limited',
    first: 'You have the right to lodge a complaint',
    note: 'must not: a lead over a lone item is not shown for it',
  },
  {
    text: 'You have the right to ask for a copy of the information the study holds about you and to ask for it to be corrected.',
    verdict: 'limited',
    note: 'correction asked as "ask for it to be corrected"',
  },
  {
    text: 'Data subjects may exercise their rights of access, rectification, erasure, objection, restriction of processing and portability.',
    verdict: 'described',
    note: 'rights named in a row after "rights of"',
  },
  {
    text: 'Subject to certain exceptions, residents of California and several other states have the right to:\n\n- know what personal information we have collected about them and obtain a copy;\n- correct inaccurate personal information;\n- delete personal information;',
    verdict: 'described',
    note: 'a lead whose subject is the people a law entitles ("residents of California ... have the right to:")',
  },
  {
    text: 'With respect to your PHI you have the right to:\n\n- inspect and obtain a copy of your records;\n- request an amendment if you believe information is incorrect;\n- request restrictions on certain uses and disclosures.',
    verdict: 'described',
    note: 'HIPAA’s rights: an amendment asked, restrictions requested',
  },
  {
    text: 'You can ask us for access to, correction of, or deletion of your personal information by calling 1-888-555-0144.',
    verdict: 'described',
    note: 'rights as nouns, each with its preposition, over one object',
  },
  {
    text: 'You may:\n\n- request access to the personal data we hold about you;\n- request that we correct an error or omission;\n- request that we port your data to another organisation.',
    verdict: 'described',
    note: 'correcting "an error or omission"; porting one’s data',
  },
  {
    text: 'We limit access to your personal information to staff who need it.',
    verdict: 'not-mentioned',
    note: 'must not: access controls, no right',
  },
  {
    text: 'When the User requests notification of the purposes of use, disclosure, correction, addition or deletion of content, suspension of use, or erasure of retained personal data, the Company will respond without delay.',
    verdict: 'described',
    note: 'rights requested in a row, as translated policies list them',
  },
  {
    text: 'The person concerned may request the Company to notify the purposes of use of, disclose, correct, add to or delete, suspend the use of, or erase retained personal data.',
    verdict: 'described',
    note: 'rights requested as verbs in a row',
  },
  {
    text: "If you change your phone number, e-mail or address, let us know the next time you call or come in, and we'll update your file.",
    verdict: 'limited',
    note: 'only updating contact details',
  },
  {
    text: '1. A person may request the Company to notify the purposes of use of retained personal data about them, to disclose such retained personal data, to correct, add to or delete the content of such data, and to suspend the use of, erase or suspend the provision to third parties of such data, in accordance with the Act.',
    verdict: 'described',
    note: 'APPI\'s rights, the reader named "a person"',
  },
  {
    text: '1. A person may request the Company to notify the purposes of use of retained personal data about them, to disclose such retained personal data (including disclosure by electronic means) and records of provision to third parties, to correct, add to or delete the content of such data, in accordance with the Act.',
    verdict: 'described',
    note: 'a long item (124 characters) in the row of requests',
  },
  {
    text: 'You may ask to see the personal information we hold about you, and ask us to correct anything that is wrong. You can also complain to the Information Commissioner.',
    verdict: 'described',
    note: 'access asked as "ask to see the information we hold", with correction and a complaint',
  },
  {
    text: 'We may ask to see the records we keep on your vehicle before we quote.',
    verdict: 'not-mentioned',
    note: 'must not: the site asking to see something grants no right',
  },
  {
    text: 'Under art. 18 of the LGPD, the data subject has the right to obtain from the Controller, at any time and upon request:\nI – confirmation of the existence of processing;\nII – access to the data;\nIII – correction of incomplete, inaccurate or outdated data;\nIV – anonymisation, blocking or elimination of unnecessary or excessive data;',
    verdict: 'described',
    note: "LGPD art. 18's items, marked with Roman numerals and a dash",
  },
  {
    text: 'Subject to the DPDP Act, you have the right to:\n- obtain a summary of the personal data we process about you;\n- have your personal data corrected, completed, updated or erased;',
    verdict: 'described',
    note: 'correction and erasure asked as "have your data corrected ... or erased"',
  },
]);
