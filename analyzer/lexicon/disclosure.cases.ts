import type { ConceptCases } from './cases';

export default {
  SHARED_DATA: {
    must: ['your contact information', 'a list of subscribers', 'we may share it with partners', 'e-mail addresses'],
    reject: ['content you create or provide, such as photos', 'we respond to your messages'],
  },
  UNIDENTIFIED_DATA: {
    must: ['aggregated statistics', 'de-identified records', 'information that does not personally identify you', 'not traceable to you'],
    reject: ['your personal information', 'identify fraud'],
  },
  SHARING_RIGHT_NOTICE: {
    must: [
      'California Civil Code Section 1798.83',
      'you may request a list of the third parties to whom we disclosed',
      'California residents have the right to ask',
    ],
    reject: ['we share your data with third parties', 'you may request a copy of your data'],
  },
  RECIPIENT_LIMITS: {
    must: ['they are prohibited from using it for any other purpose', 'these vendors may not use it', 'who will not sell it'],
    reject: ['we may share it with vendors', 'you may not be able to use the service'],
  },
  BUSINESS_CHANGES_HANDS: {
    must: ['in connection with a merger', 'a sale of all or a portion of our assets', 'to a successor entity'],
    reject: ['we sell ad space', 'the sale of your information'],
  },
  RECIPIENT_HINT: {
    must: ['third-party', 'counterparty', 'our affiliates', 'as required by law', 'service providers'],
    reject: ['we keep it', 'your browser settings'],
  },
  PROVIDER_HINT: {
    must: ['service providers', 'on our behalf', 'required by law', 'a subpoena'],
    reject: ['our partners', 'advertisers'],
  },
  MARKETING_HINT: {
    must: ['advertising networks', 'for their own purposes', 'so that they can contact you', 'data brokers'],
    reject: ['our service providers', 'as required by law'],
  },
  SHARING_WORDS: {
    must: ['we share data', 'disclosure to third parties', 'we make it available', 'passed it on', 'we sold'],
    reject: ['we collect data', 'we keep records'],
  },
} satisfies ConceptCases;
