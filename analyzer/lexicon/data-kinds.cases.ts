import type { ConceptCases } from './cases';

export default {
  ANONYMOUS_DATA: {
    must: ['we keep aggregated data indefinitely', 'Markit Digital retains unidentifiable user-level information for up to 2 years', 'anonymized or aggregated information', 'de-identified data'],
    reject: ['We retain your personal data for 2 years.', 'we anonymize your data after 90 days'],
  },
} satisfies ConceptCases;
