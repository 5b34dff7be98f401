import type { ConceptCases } from './cases';

export default {
  SALE_VERB: {
    must: ['we never sell it', 'we may rent our list', 'lists are exchanged with partners', 'the sale of your data'],
    reject: ['we resell nothing', 'salesforce hosts our CRM', 'we share it with vendors'],
  },
  SOLD_DATA: {
    must: ['your e-mail address', 'our mailing list', 'personally identifiable', 'contact details', 'PII', 'your name and postal address'],
    reject: ['our products and services', 'the company and its assets', 'the address of our office'],
  },
  CORPORATE_SALE: {
    must: [
      'in the event of a merger',
      'if our business or any part of it is sold',
      'a buyer of our business, or a prospective buyer',
      'a sale of all or a portion of our assets',
      'if we sell all or part of our business',
      'upon a change of control',
      'our company may be sold to another company',
      'if we sell our newsletter business',
      'should we sell the business',
      'The Company may assign, transfer or sell its rights under a Credit Agreement to a third party',
      'we may sell your loan to another lender',
    ],
    reject: [
      'we do not sell your personal information',
      'we sell our newsletter list to partners',
      'your data may be sold',
      'we sell our products to business customers',
    ],
  },
  PRODUCT_SALE: {
    must: [
      'rental statements, share sale details and distributions',
      'together with the memorandum of sale',
      'to claim tax back on the sale of your goods',
      'Authorized dealers who sell and install SentryNest systems',
      'we sell products online',
      'tickets we have sold',
      'please contact our sales team',
      'sales tax is added at checkout',
      'which determines the sales taxes we charge',
      'books sold through our store',
    ],
    reject: ['we sell your personal information', 'products, we sold nothing', 'the sale of customer lists'],
  },
  SELLS_PRODUCT: {
    must: [
      'selling a property',
      'sell ad space to advertisers',
      'selling digital gift cards',
      'sold our memberships',
      'sell and deliver your tickets',
      'sell you books',
      'sell you.',
    ],
    reject: [
      'sell your data to advertisers',
      'we sell ad space',
      'sell the personal details of our members',
      'sell and share your personal information',
      'sell your personal information to you',
    ],
  },
  SALE_IN_LIST: {
    must: ['sell, rent or trade', 'we do not share, sell, or lease', 'rent or sell', 'rents or sells'],
    reject: ['rent a car from us', 'share the costs of a lease'],
  },
  SALE_TOPIC: {
    must: [
      'We are a data broker',
      'we do not sell data',
      'for a fee',
      'cross-context behavioral advertising',
      'this may be a “sharing” under the law',
      'compensation',
    ],
    reject: ['we share data with vendors', 'we collect your e-mail address'],
  },
  NOT_FOR_SALE: {
    must: [
      'Your information is not something we trade.',
      "We don't make money from your data.",
      'Your personal information is not for sale.',
      'we will never put your data up for sale',
      'customer data is never for sale',
      'Your personal information is not, and never will be, a product that we offer for sale',
      'your data is not our product',
    ],
    reject: [
      'We make money from ads.',
      'Your information is not something we keep.',
      'tickets are not for sale yet',
      'we may put your data up for sale',
      'this item is for sale',
      'product information is shown on each page',
      'information about a product is not always accurate',
    ],
  },
  SALE_DENIED_AFTER: {
    must: [
      'is not how we earn money',
      'is not something we do',
      'would go against everything we stand for, and we never do it',
      'is contrary to our values',
      'we never do that',
    ],
    reject: ['is something we may do', 'goes to our partners', 'we do it only with your consent', 'is not the only thing'],
  },
  DATA_LICENSED_OUT: {
    must: [
      'We license consumer profiles compiled from public records to marketers and insurers',
      'we may license your data to third parties',
      'We never license your personal information to advertisers',
      'Our revenue comes from licensing datasets to insurers',
      'we earn money by licensing the data we collect',
      'the licensing of customer records to two partner companies',
      'we may license your data to research partners',
    ],
    reject: [
      'licensing of software to businesses',
      'revenue from licensing our patents',
      'We are licensed by the state to hold client money',
      'licensing data from other providers to enrich our records',
      'We license data from third parties to improve our records',
      'you grant us a license to use the information you post',
      'we license our software to businesses',
      'We license content to publishers',
    ],
  },
  PAID_PER_LEAD: {
    must: ['Partner brokers pay CoverCompass a fee for each quote request we send them', 'lenders pay us a referral fee per application'],
    reject: ['you pay a fee for each request after the first two', 'customers pay a fee for each delivery'],
  },
  PAID_BY_OTHERS_FOR_DATA: {
    must: [
      'We receive compensation from partners to whom we provide your contact details for their own marketing',
      'We are paid by advertisers for the personal information we provide',
      'advertisers pay us for information about our readers',
      'we are not compensated by partners for your data',
      'We receive money from data brokers in exchange for your personal information.',
      'we never receive payments for your data',
      'Our clients pay us for access to the marketing lists we compile',
    ],
    reject: [
      'we are paid by advertisers for ad space',
      'you pay us for the subscription',
      'customers pay us for access to premium articles',
      'we receive payments from customers and provide them with order details',
      'we pay vendors for data hosting services',
      'we receive payments for our services',
      'we receive fees for processing your data',
    ],
  },
  MONEY_FOR_DATA: {
    must: [
      'We do not exchange your personal data for any benefit',
      'with partners in exchange for promotional services',
      'we make your contact details available for a fee',
      'disclosed for monetary consideration',
      'in exchange for payment',
      'disclosed to third parties in exchange for monetary or other valuable consideration',
    ],
    reject: [
      'for the benefit of our members',
      'in exchange for your feedback we send a voucher',
      'for your convenience',
      'in exchange for your feedback',
      'free of charge',
      'for other purposes',
    ],
  },
  SELF_DECLARED_BROKER: {
    must: ['We are a data broker registered in California and Vermont', "we're a registered data broker"],
    reject: ['We share data with data brokers', 'data brokers may sell information about you'],
  },
  PAID_WHEN_SHARING: {
    must: ['We may receive compensation when we share your contact details with lenders', 'we get a fee if we refer your details'],
    reject: ['We receive a commission from partners when you buy through our links', 'we share your details with lenders'],
  },
  DATA_SAID_NO_ONES: {
    must: ['We may sell aggregated information to partners', 'de-identified data', 'non-personally identifiable information'],
    reject: ['We sell your personal information', 'aggregated. Data'],
  },
  DOES_NOT_IDENTIFY_YOU: {
    must: ['information that does not personally identify you', 'data that will not identify you', 'non-personally identifiable'],
    reject: ['information that identifies you', 'we do not sell your data'],
  },
  DO_NOT_SELL_LINK: {
    must: ['Do Not Sell My Personal Information', 'click the "Do Not Sell or Share My Personal Information" link', 'Do Not Sell My Info'],
    reject: ['We do not sell your personal information', 'do not sell their data'],
  },
  CCPA_SHARING: {
    must: [
      'We "share" personal information for cross-context behavioral advertising',
      'we may share identifiers with partners for cross-context behavioural advertising',
    ],
    reject: ['we share data with our service providers', 'We share data. Cross-context behavioral advertising is defined below'],
  },
  DISCLOSE_FOR_MONEY_VERB: {
    must: ['we make your contact details available to partners for a fee', 'we may exchange it for money', 'given'],
    reject: ['we receive payment', 'a disclosure', 'released'],
  },
  CLASSED_AS_SALE: {
    must: ['this may be considered a "sale" under California law', 'which could be deemed a sale', 'may qualify as sharing'],
    reject: ['we consider your privacy', 'considered sensitive'],
  },
  TERMS_OF_USE_DUTY: {
    must: ['you will not sell or redistribute any content', 'You agree not to resell the Service', 'create derivative works'],
    reject: ['we will not sell your data', 'you may opt out of the sale'],
  },
  AMBIGUOUS_SALE_VERB: { must: ['rent', 'leased', 'exchanged'], reject: ['sell', 'rent out', 'sold'] },
  WE_DO_NOT_SELL: {
    must: ['We do not sell your personal information', 'we will not sell it'],
    reject: ["we don't sell your data", 'we do not share or sell'],
  },
  MONEY_WORD: {
    must: ['we may be compensated', 'we are not paid for this information', 'referral fees'],
    reject: ['we share your information', 'free of charge'],
  },
  LICENSE_WORD: { must: ['we license your data', 'licence', 'sublicensed'], reject: ['we lease it', 'lines'] },
  PERSONAL_DATA_NAMED: {
    must: ['your personal information', 'personal data', 'your data'],
    reject: ['personal details', 'your account information'],
  },
  EXCHANGE_WORD: { must: ['exchange', 'exchanged'], reject: ['trade', 'interchange'] },
  EXCHANGED_LIST: {
    must: ['we may exchange mailing lists with other organizations', 'exchange names and addresses'],
    reject: ['you may exchange a product', 'exchange rate', 'enlisted'],
  },
  PASSIVE_BEFORE: { must: ['your data may be ', 'their data being '], reject: ['we may ', 'your data may be rented to '] },
  ARTICLE_BEFORE: { must: ['servers in a ', 'connected by an '], reject: ['we may ', 'a rented rack'] },
  OPENS_WITH_EXCEPT: {
    must: ['Except as described below, we do not sell your data', '  except where required by law'],
    reject: ['We do not sell your data except to affiliates', 'exceptional cases'],
  },
  SALE_DENIED_IN_CLAUSE: {
    must: ['Selling your data is not something we do.', 'selling it would go against everything we stand for, and we never do it'],
    reject: ['sell your data. It is not something we do', 'sell products; that is not something we do'],
  },
} satisfies ConceptCases;
