import type { ConceptCases } from './cases';

export default {
  HEDGE_BEFORE: {
    must: ['In some cases, we may also ', 'We may ', '(and, where appropriate, ', 'we might choose to '],
    reject: ['We will ', 'If we make material changes, we ', 'unless we ', 'we may change this policy; if we do, we will '],
  },
  NOTICE_BY_POSTING: {
    must: [
      'We will notify you about any changes by updating the “Last updated” date',
      'we will let you know by changing the date',
      'through posting the revised policy',
    ],
    reject: ['We will notify you by e-mail.', 'When posting content you agree to our terms.'],
  },
} satisfies ConceptCases;
