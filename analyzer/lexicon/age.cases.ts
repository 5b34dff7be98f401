import type { ConceptCases } from './cases';

export default {
  CHILD_CONTEXT: {
    must: [
      'We do not collect data from children',
      'Users must be 16 or older',
      'if you are under 13',
      'This service is intended for adults',
    ],
    reject: ['We keep logs for 30 days', 'Visitors from 20 countries use our site', 'an average of 5 pages per visit'],
  },
} satisfies ConceptCases;
