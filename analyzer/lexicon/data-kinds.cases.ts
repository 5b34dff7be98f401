import type { ConceptCases } from './cases';

export default {
  ANONYMOUS_DATA: {
    must: [
      'a fully de-identified dataset will be placed in the repository',
      'we keep aggregated data indefinitely',
      'Markit Digital retains unidentifiable user-level information for up to 2 years',
      'anonymized or aggregated information',
      'de-identified data',
      'Information that we have aggregated or de-identified may be kept without limit',
      'data which has been pseudonymised',
      'Aggregated reports are stored indefinitely',
    ],
    reject: [
      'We retain your personal data for 2 years.',
      'we anonymize your data after 90 days',
      'information that we collect is aggregated with other data',
    ],
  },
  CRITERIA_LEAD: {
    must: ['The criteria used to determine our retention periods include the following:', 'we consider the following factors'],
    reject: ['We retain personal data for as long as required.', 'Our retention criteria'],
  },
  DATA_PRODUCT: {
    must: ['we have consumer data products we sell to third parties', 'we rent our mailing lists'],
    reject: ['we sell products and gift cards', 'our data protection products'],
  },
} satisfies ConceptCases;
