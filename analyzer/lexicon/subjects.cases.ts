import type { ConceptCases } from './cases';

export default {
  MINOR_SALE_RULE: {
    must: [
      'We do not sell the personal information of minors under 16 years of age without affirmative authorization.',
      'we will not share data of consumers under 16',
      'We do not sell or share the personal information of consumers we actually know are under 16 years of age.',
      'If we collect data from a child under 16, we will not sell it unless we receive affirmative permission to do so.',
      'Minors between 13 and 16 must opt in before we sell their personal information.',
      'teens must first opt-in to the sale of their data',
    ],
    reject: [
      'We do not knowingly collect personal information from children under 13.',
      'We do not sell your personal information.',
      'You can opt in to our newsletter; children under 13 may not use the app.',
    ],
  },
  AGE_LIMIT_VERB: {
    must: [
      'not directed to children',
      'we do not knowingly collect',
      'you must be at least 18',
      'with parental consent',
      'PawPals is for adults 18+',
      'Our games are for players 13 and older',
      'No one under the age of thirteen may provide any information',
      'We require users to be at least 16 years of age',
      'No person under 18 may buy alcohol through our app',
      'open to people aged 16 or above',
      'open to anyone 18 or more',
      "You can join if you're 16",
    ],
    reject: ['a 15-year-old', 'minors aged 14', 'children aged 7 to 12'],
  },
  MINOR_REMOVAL_RIGHT: {
    must: ['California minors under 18 may request removal of content they posted', 'users under 18 can remove information they posted'],
    reject: ['we do not collect data of minors under 18'],
  },
  CORPORATE_TRANSACTION: {
    must: [
      'in the event of a merger',
      'if our business is sold',
      'sell all or part of our business',
      'as part of the assets transferred',
      'acquisition by another company',
      'if we are acquired by another company',
      'if our company is acquired',
    ],
    reject: [
      'we sell your personal information',
      'a sale of tickets',
      'your Personal Information acquired before the change',
      'data acquired under the old version',
    ],
  },
  RENTED_HOSTING: {
    must: [
      'stored on servers we rent in a data centre in Tokyo',
      'hosted on rented servers in Frankfurt',
      'we lease rack space from a provider',
    ],
    reject: ['we rent your data to marketers', 'we rent mailing lists from data brokers', 'the data centre holds your data'],
  },
  SALE_AS_EVENT: {
    must: [
      'livestock agents acting for the vendor or the buyer in a sale',
      'When a sale goes through, we give the buyer and seller the details',
      'selling consumer health data requires a separate, signed authorization from you',
      'if the sale is closed, the price may be a matter of public record',
      'once the sale closes we send you a survey',
      'at the close of sale',
    ],
    reject: [
      'your data is part of the sale to buyers',
      'we sell your personal information',
      'selling your data requires no effort on our part',
      'a sale of tickets',
    ],
  },
  NOT_A_DATA_SALE: {
    must: [
      'trade secrets',
      'free trade agreements',
      'a sale of tickets',
      'point of sale',
      'Profession, trade or line of business',
      'exchange rates',
      'bank statements and trading information',
      'Detailed trade and business credit information',
      'the public record of a home sale or purchase',
      'your home purchase or sale transaction',
      'the sale price of nearby homes',
      'farm or trading name, postal address',
      'Vendors: name, trading name, ABN, postal address',
      'your business trading names and ABN',
      'Kauri Holdings Ltd, trading as Kauri Farms',
      'Sale results published on our website give the lot and price',
      'the sale catalogue lists each lot',
    ],
    reject: [
      'we trade your e-mail address',
      'sale of personal information',
      'we may sell your contact details to home builders',
      'the sale of your personal information is closed to no one',
      'we closed our sales of data in 2020',
      'we are trading names and addresses with other clubs',
      'the sale of your data to advertisers',
    ],
  },
  OPT_OUT_OF_SALE: {
    must: [
      'To opt out of targeted advertising and the sale or sharing of personal information, visit',
      'you may opt-out of the sale of your data',
      'the number of data sale/share opt out requests',
    ],
    reject: ['we sell data. You may opt out of e-mails.', 'opt out of marketing e-mails'],
  },
  PAID_FOR_DATA: {
    must: [
      'we disclose location data to advertising partners, and we may receive payment for this.',
      'We may be compensated for this information.',
      'we receive payment for your contact details',
    ],
    reject: [
      'we receive payment for this service',
      'we are paid for it by the month, via our billing partner',
      'we may be compensated for our services',
      'you are paid for referrals',
    ],
  },
  USER_DUTY: {
    must: ['you may not sell any content', 'you agree not to redistribute', 'users shall not'],
    reject: ['we may sell', 'you may opt out'],
  },
  NOT_PERSONAL_DATA: {
    must: ['aggregated information', 'de-identified data', 'anonymous and aggregate statistics', 'non-personal information'],
    reject: ['personal information', 'data about you'],
  },
  SIGNAL_AS_OPT_OUT: {
    must: [
      'residents may also set the SIGNAL to opt out of the sale',
      'we treat a SIGNAL as a valid request',
      'a SIGNAL will be treated as a request to opt out',
      'where your browser transmits a SIGNAL signal, Acme will process that signal as a valid request to opt out',
      'we honor such signals as opt-out requests',
    ],
    reject: [
      'we do not respond to SIGNAL signals',
      'some browsers offer a SIGNAL setting',
      'we process the request as soon as we can',
      'we process the signal as part of the page request',
    ],
  },
} satisfies ConceptCases;
