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
  {
    text: 'Click Do Not Sell My Personal Information to opt out.',
    verdict: 'sells',
    claim: 'opt-out-link',
    confidence: 'low',
    note: 'the rule id: the link name implies selling, nothing states it',
  },
  {
    text: 'We receive payment for your contact details from our marketing partners.',
    verdict: 'sells',
    claim: 'paid',
    note: 'the rule id: compensation for data is a sale whatever the verb',
  },
  { text: 'We may sell or share your personal information with our marketing partners.', verdict: 'sells' },
  {
    text: 'Your personal information may be sold to marketing partners.',
    verdict: 'sells',
    claim: 'sells',
    note: 'the rule id: a sale stated, but not as "we sell" outright',
  },
  {
    text: 'Your contact details are never sold to anyone.',
    verdict: 'does-not-sell',
    claim: 'does-not-sell',
    note: 'the rule id: a plain denial, without exceptions',
  },
  { text: 'We may exchange our customer lists with other reputable companies.', verdict: 'sells' },
  {
    text: "We don't sell e-mail addresses, but we rent our postal mailing list to selected partners.",
    verdict: 'sells',
    note: 'an affirmative outweighs a narrower denial',
  },
  {
    text: 'In the event of a merger or acquisition, your personal information may be transferred or sold as a business asset.',
    verdict: 'not-mentioned',
    note: 'corporate transaction, not a data sale',
  },
  { text: 'If our business is sold, customer information may be among the transferred assets.', verdict: 'not-mentioned' },
  { text: 'We sell products and services through our online store.', verdict: 'not-mentioned' },
  { text: 'Contact the Federal Trade Commission for information about your rights.', verdict: 'not-mentioned' },
  {
    text: 'You agree that you will not copy, reproduce, transfer or sell any information obtained through the site.',
    verdict: 'not-mentioned',
    note: "the user's duty, not the site's practice",
  },
  { text: 'We may sell aggregated information that does not personally identify you.', verdict: 'not-mentioned' },
  { text: 'We take your privacy seriously and protect your personal information.', verdict: 'not-mentioned' },
  { text: 'Do Not Sell or Share My Personal Information', verdict: 'sells', note: 'CCPA link: the site sells or shares data' },
  { text: 'The company never rents or sells emails to third parties.', verdict: 'does-not-sell' },
  {
    text: 'We do not sell your data, except as needed to complete a transaction you request.',
    verdict: 'does-not-sell',
    note: 'a denial with an exception is still a denial',
  },
  { text: 'We will not sell your information without your consent.', verdict: 'does-not-sell' },
  {
    text: 'We not only sell your e-mail address to partners, we also rent your postal address.',
    verdict: 'sells',
    note: '"not only" does not negate',
  },
  { text: 'We do not sell or share your personal information.', verdict: 'does-not-sell', confidence: 'high' },
  {
    text: 'In the past 12 months, we have not "sold" or "shared" personal information, as those terms are defined by the CCPA.',
    verdict: 'does-not-sell',
  },
  { text: 'We have not sold personal information in the preceding 12 months.', verdict: 'does-not-sell' },
  {
    text: 'We may "share" personal information for cross-context behavioral advertising, as that term is defined by the CCPA.',
    verdict: 'sells',
    note: 'CPRA sharing is treated like a sale',
  },
  {
    text: 'We do not sell personal information, but we may share device identifiers with advertising partners for cross-context behavioral advertising.',
    verdict: 'sells',
  },
  { text: 'We do not sell or share personal information for cross-context behavioral advertising.', verdict: 'does-not-sell' },
  {
    text: 'Under the CCPA, our disclosure of device identifiers to ad partners may be considered a "sale" of personal information.',
    verdict: 'sells',
  },
  {
    text: 'You may opt out of the sale of your personal information.',
    verdict: 'sells',
    confidence: 'low',
    note: 'implied by an opt-out right',
  },
  { text: 'Do Not Sell My Personal Information', verdict: 'sells', confidence: 'low', note: 'a link name is indirect evidence' },
  {
    text: 'If we sell all or part of our business, your information may be transferred to the buyer.',
    verdict: 'not-mentioned',
    note: 'corporate transaction',
  },
  { text: 'We do not sell your personal information to anyone, except to a successor in a merger.', verdict: 'does-not-sell' },
  {
    text: 'We sell ad space on the site to advertisers, who do not receive your personal information.',
    verdict: 'not-mentioned',
    note: 'selling a product',
  },
  { text: 'We sell gift cards and subscriptions on our website.', verdict: 'not-mentioned' },
  { text: 'We do not sell your data to third parties; however, we may rent our postal mailing list to charities.', verdict: 'sells' },
  { text: "We don't trade or swap subscriber lists.", verdict: 'does-not-sell' },
  {
    text: 'We may sell, rent, or lease your contact information to other companies for their marketing.',
    verdict: 'sells',
    confidence: 'high',
  },
  { text: 'Neither we nor our affiliates sell your personal data.', verdict: 'does-not-sell' },
  { text: 'No personal information is sold to third parties.', verdict: 'does-not-sell' },
  { text: 'Selling personal information is not something we do.', verdict: 'does-not-sell', note: 'denial after the verb' },
  { text: 'Sale of personal information', verdict: 'not-mentioned', note: 'a heading states nothing' },
  {
    text: 'We may make your contact information available to other companies for a fee.',
    verdict: 'sells',
    note: 'disclosure for money is a sale whatever the verb',
  },
  {
    text: 'We do not disclose your personal information to third parties for money or other valuable consideration.',
    verdict: 'does-not-sell',
  },
  {
    text: 'We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information.',
    verdict: 'does-not-sell',
  },
  { text: 'We do not and will not sell personal information.', verdict: 'does-not-sell' },
  {
    text: 'Your personal information will not be sold, exchanged, or given to any other company without your consent.',
    verdict: 'does-not-sell',
  },
  { text: 'Do we sell member information?', verdict: 'not-mentioned', note: 'a question heading states nothing' },
  { text: 'Do we sell your data?\nNo. We do not sell personal information to anyone.', verdict: 'does-not-sell' },
  {
    text: 'We do not "sell" personal information as defined by the CCPA, but we allow advertising partners to collect information through cookies, which may be considered "sharing."',
    verdict: 'sells',
    note: 'its own disclosures classed as sharing',
  },
  {
    text: 'We do not sell your personal information for monetary value. However, we may share it with partners in ways that could be considered a "sale" under California law.',
    verdict: 'sells',
  },
  {
    text: 'We disclose the following categories of personal information for a business purpose: identifiers and internet activity.',
    verdict: 'not-mentioned',
    note: 'a business-purpose disclosure is not a sale',
  },
  { text: 'We may sell your personal information to data brokers and marketing companies.', verdict: 'sells', confidence: 'high' },
  {
    text: 'Letting ad partners collect device identifiers through cookies may be considered "sharing" under the CPRA.',
    verdict: 'sells',
    note: 'no sale verb: the quoted "sharing" alone',
  },
  // Frames: rights lists, definitions, citations and other senses of "sale" and "trade" are not admissions.
  {
    text: 'You have the right to know the categories of personal information we have collected, sold or disclosed.',
    verdict: 'not-mentioned',
    note: 'a rights description',
  },
  {
    text: '"Sell" means renting, releasing or disclosing personal information to a third party for monetary or other valuable consideration.',
    verdict: 'not-mentioned',
    note: 'a definition',
  },
  {
    text: 'A business must not sell the personal information of a consumer who has opted out.',
    verdict: 'not-mentioned',
    note: 'a citation of the law',
  },
  { text: 'Our sales team sells tickets and season passes.', verdict: 'not-mentioned' },
  { text: 'Profession, trade, or line of business.', verdict: 'not-mentioned', note: 'a data category, not a trade of data' },
  { text: 'We support free trade agreements and comply with trade sanctions.', verdict: 'not-mentioned' },
  { text: 'We may be compensated for this information.', verdict: 'sells', note: 'paid for data, no sale verb' },
  {
    text: 'Disclosure of Sale of Personal Information: We have disclosed but not sold any personal information to third parties.',
    verdict: 'does-not-sell',
    note: 'a run-in title names the topic only',
  },
  {
    text: 'When you rent out one of our theatres, you will provide us with your e-mail address.',
    verdict: 'not-mentioned',
    note: 'the user rents',
  },
  { text: '- Rent equipment or vehicles or request a quote', verdict: 'not-mentioned', note: 'rent, another sense' },
  {
    text: 'We sell or share your information as follows:',
    verdict: 'sells',
    note: 'a clause ending in a colon is a statement, not a title',
  },
  // Data sold as a product is a data sale; products alone are commerce.
  {
    text: 'Separate from the personal information we collect on this website, we have consumer data products we sell to third parties.',
    verdict: 'sells',
  },
  { text: 'We sell products and gift cards to customers in our stores.', verdict: 'not-mentioned' },
]);
