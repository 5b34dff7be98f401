import { defineCases } from '../practice';
import type { SellingVerdict } from '../types';

/** Sentences and the verdict each must give, like an ESLint rule's valid/invalid table. */
export default defineCases<SellingVerdict>([
  { text: 'We do not sell your personal information.', verdict: 'does-not-sell' },
  { text: 'Your personal data will never be sold to third parties.', verdict: 'does-not-sell' },
  { text: 'We do not rent or sell your e-mail address to anyone.', verdict: 'does-not-sell' },
  { text: "We don't sell, rent, or trade the information you give us.", verdict: 'does-not-sell' },
  { text: 'Except as described in this policy, we will not sell your personal information.', verdict: 'does-not-sell' },
  { text: 'We may rent our mailing list to other organizations.', verdict: 'sells' },
  { text: 'We may sell or share your personal information with our marketing partners.', verdict: 'sells' },
  { text: 'We may exchange our customer lists with other reputable companies.', verdict: 'sells' },
  { text: "We don't sell e-mail addresses, but we rent our postal mailing list to selected partners.", verdict: 'sells', note: 'an affirmative outweighs a narrower denial' },
  { text: 'In the event of a merger or acquisition, your personal information may be transferred or sold as a business asset.', verdict: 'not-mentioned', note: 'corporate transaction, not a data sale' },
  { text: 'If our business is sold, customer information may be among the transferred assets.', verdict: 'not-mentioned' },
  { text: 'We sell products and services through our online store.', verdict: 'not-mentioned' },
  { text: 'Contact the Federal Trade Commission for information about your rights.', verdict: 'not-mentioned' },
  { text: 'You agree that you will not copy, reproduce, transfer or sell any information obtained through the site.', verdict: 'not-mentioned', note: "the user's duty, not the site's practice" },
  { text: 'We may sell aggregated information that does not personally identify you.', verdict: 'not-mentioned' },
  { text: 'We take your privacy seriously and protect your personal information.', verdict: 'not-mentioned' },
  { text: 'Do Not Sell or Share My Personal Information', verdict: 'sells', note: 'CCPA link: the site sells or shares data' },
  { text: 'The company never rents or sells emails to third parties.', verdict: 'does-not-sell' },
]);
