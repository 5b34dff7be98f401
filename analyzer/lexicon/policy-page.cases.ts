import type { ConceptCases } from './cases';

export default {
  SHARING_TOPIC: {
    must: ['We may share your information', 'we do not sell data', 'disclosure of personal information'],
    reject: ['They share photos with friends', 'Sharing is caring'],
  },
  CHOICES_TOPIC: {
    must: ['Your privacy rights', 'You can opt-out at any time', 'the right to erasure', 'access, correct or delete'],
    reject: ['Human rights are universal', 'We have the right to refuse service'],
  },
  OWN_VOICE: {
    must: ['We collect your name', 'our website uses cookies', 'this site may also log visits'],
    reject: ['The company collected data', 'Users collect badges'],
  },
  NAMED_VOICE: {
    must: ['Acme Inc. collects your name', 'Example Media Group may share data', 'Acme does not sell'],
    reject: ['the company collects data', 'ACME, founded in 1990, collects'],
  },
  OTHER_PAGE_TITLE: {
    must: ['Terms of Use', 'End-User License Agreement', 'Cookie Policy', 'We value your privacy'],
    reject: ['Privacy Policy', 'Our terms are simple'],
  },
} satisfies ConceptCases;
