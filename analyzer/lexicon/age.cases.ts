import type { ConceptCases } from './cases';

export default {
  CHILD_CONTEXT: {
    must: [
      'We do not collect data from children',
      'Users must be 16 or older',
      'if you are under 13',
      'This service is intended for adults',
      'must have reached their thirteenth birthday',
      'If you are below sixteen, ask a parent',
      'Users in the EU must be at least 16',
      "We don't allow under-13s on the platform",
      'Individuals who are 18 or more may sign up',
      'The service is for people 16 or more',
    ],
    reject: [
      'We keep logs for 30 days',
      'Visitors from 20 countries use our site',
      'an average of 5 pages per visit',
      'passwords must be at least eight characters long',
      'Passwords need 8 or more characters',
      'Log in from 3 or more devices',
      'one or more of our partners',
    ],
  },
  AGE_OF_A_PERSON: {
    must: ['you confirm you are at least eighteen', 'If you have not yet turned 16', 'once you reach 13', 'If you are not yet 18'],
    reject: [
      'you are at the right place',
      'the file turned out to be at least 8 MB',
      'until you reach the checkout',
      'you are not yet signed in',
    ],
  },
  AGE_GATE: {
    must: [
      'offered exclusively to persons who have reached eighteen years of age',
      'made available solely to individuals who have attained the age of eighteen',
      'may open a Wavelet account',
      "We don't let students under 13 create their own accounts",
      'By creating an account you confirm you are at least eighteen',
      'We delete any profile we discover belongs to a child under 13',
      'Membership is open to anyone aged 16 and above',
      'Our bank does not offer online accounts to people younger than sixteen',
    ],
    reject: ['We keep logs for 30 days', 'Our team of 18 engineers is based in Berlin', 'children under 13 in our research panel'],
  },
  AGE_OF_A_RIGHT: {
    must: [
      "the separate written consent of a parent and, for pupils aged 12 or over, the pupil's own agreement as well",
      'A child who is mature enough to understand their rights (generally from around 12 years of age) can make their own request',
      'A consumer who is 16 years of age or older may opt out of the sale of their data',
      'users 13 and over have the right to request a copy',
    ],
    reject: ['You must be 18 or older to use the app', 'Players 13 and older may register with consent of a parent'],
  },
  ADULTS_ONLY: {
    must: ['Only adults may open an account', 'The app is for adults only', 'intended solely for grown-ups', 'open only to adults'],
    reject: ['parents or other adults responsible for a child', 'adults and children alike enjoy our parks', 'adult users may opt out'],
  },
  COUNTED_UNIT: {
    must: [' characters', ' %', '-percent', ' MB', 'px', ' devices', ' accounts', ' times', ' months'],
    reject: [' years old', ' or older', ' and over', ', you may', ' year-olds'],
  },
  MADE_FOR_CHILDREN: {
    must: [
      'Puddle is directed to children under 13',
      'designed for kids under 12',
      'intended for young children under 8',
      'For services used by students under 13',
    ],
    reject: ['not directed to anyone under 18', 'designed for adults', 'directed to parents of children under 13'],
  },
  AGE_GROUP_NAME: {
    must: ['tournaments have age categories (Under-8, Under-10, Under-12)', 'our U12 team trains on Fridays', 'the under-16s squad'],
    reject: [
      'children under 16 may not register',
      'You must be 13 or over',
      'U2 concert tickets',
      "We don't allow under-13s on the platform",
    ],
  },
  AGE_PRICED: {
    must: [
      'children under 6 travel free of charge and do not need a ticket',
      'Child fares apply to primary school pupils (generally from 6 years to 12 years of age)',
      'kids under 12 eat free on Sundays',
      'Admission to the permanent collections is free for visitors under 18 years of age',
      'a discount for students under 26',
    ],
    reject: ['You must be 16 to register', 'our services are free of charge', 'children under 13 may not use the app'],
  },
  AGE_OF_MAJORITY: {
    must: ['you must have reached the age of majority', 'the legal age in your jurisdiction', 'only legal adults may register'],
    reject: ['you must be 18 or older', 'the legal basis for processing'],
  },
  OF_LEGAL_AGE: { must: ['Users must be of legal age', 'persons of full age'], reject: ['the legal age of consent', 'of any age'] },
  SITE_AIMS_AT_MINORS: {
    must: ['we collect information from users under 16', 'our service is directed to teens', 'minors who use the service'],
    reject: ['we will not sell or use the personal information of minors under 16', 'if we collect data from minors'],
  },
  CHILD_NAMED: {
    must: ['We do not knowingly collect data from children', 'minors', 'COPPA'],
    reject: ['childhood', 'teenagers', 'users under 13'],
  },
  CHILD_OR_UNDER: { must: ['children under 13', 'users under 16', 'minority'], reject: ['users must be 18 or older', 'understand'] },
  DEFINES_CHILDREN: {
    must: ['"Child" means a natural person under the age of 13', 'minor refers to anyone under 18'],
    reject: ['"Personal data" means any information', 'children. Personal data means'],
  },
  DURATION_BEFORE_NUMBER: {
    must: ['we keep it for at least ', 'we respond within ', 'stored '],
    reject: ['users must be at least ', 'children under '],
  },
  LAW_LETS_PEOPLE: {
    must: ['French road rules allow a motorised personal transport device to be ridden from the age of 14'],
    reject: ['Where the law permits, children under 13 may use the app with consent', 'the law requires us to verify your age'],
  },
} satisfies ConceptCases;
