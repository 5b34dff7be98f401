import type { ConceptCases } from './cases';

export default {
  PEOPLE_UNDER_AGE: {
    must: [
      'We do not knowingly collect personal information from individuals under 18',
      'not for anyone younger than 16',
      'persons under the age of 13',
      "We don't let students under 13 create their own accounts",
      'pupils younger than 13 use the app only with school consent',
      'online accounts for people younger than sixteen',
      'Our services are for people over 13',
      'Nobody under sixteen is allowed to create a profile',
      'no one below 18 may apply',
      "We don't collect data from anyone we know to be under 13",
    ],
    reject: [
      'nobody under our care is charged',
      'no one knows',
      'individuals under 18 months',
      'users under our control',
      'customers under 30 days of age of the account',
      'students under our care',
      'people younger than their parents',
      'users over the past 12 months',
    ],
  },
} satisfies ConceptCases;
