import type { ConceptCases } from './cases';

export default {
  CHANGE_WORD: {
    must: ['We may change this policy', 'material modifications', 'the revised version'],
    reject: ['We exchange messages with partners', 'The policy applies to all users'],
  },
  NOTICE_TO_USER: {
    must: ['We will notify you', 'we will send you an e-mail', 'by a notice on the site', 'we will let you know'],
    reject: ['Messages you send us are kept', 'We will post the new version here'],
  },
  NOTICE_POSTED_FOR_USERS: {
    must: ['We will post a notice on our home page', 'we will inform users', 'a notice will be sent to members'],
    reject: ['Please note that cookies expire', 'We post news on our blog'],
  },
  DIRECT_NOTICE: {
    must: ['by e-mail', 'we will ask for your consent', 'before the changes take effect'],
    reject: ['We will post the changes on this page', 'opt in to receive texts'],
  },
  DATE_LINE: {
    must: ['See the effective date above', 'the last updated date at the top'],
    reject: ['We updated our app', 'a date of birth'],
  },
  WITHOUT_NOTICE: {
    must: ['We may change it without prior notice', 'without notifying you'],
    reject: ['We will give you notice', 'without your consent'],
  },
  POSTED_CHANGES: {
    must: ['We will post any changes on this page', 'Please check back periodically', 'your continued use of the site'],
    reject: ['We will e-mail you about changes', 'We post updates to our blog feed'],
  },
  USER_DATA_CHANGE: {
    must: ['You may update or correct your personal information', 'change your e-mail preferences in settings'],
    reject: ['We may update this policy', 'Changes to our practices'],
  },
} satisfies ConceptCases;
