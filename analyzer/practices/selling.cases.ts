import { defineCases } from '../practice';
import type { SellingVerdict } from '../types';

/** Sentences and the verdict each must give, like an ESLint rule's valid/invalid table. */
export default defineCases<SellingVerdict>([
  { text: 'We are a data broker registered in California and Vermont.', verdict: 'sells', claim: 'data-broker' },
  { text: 'We are not a data broker.', verdict: 'not-mentioned', note: 'not being a broker denies no sale' },
  { text: "We don't make money from your data.", verdict: 'does-not-sell', note: 'money from data denied (NOT_FOR_SALE)' },
  { text: 'Selling your information is not how we earn money.', verdict: 'does-not-sell', note: 'the sale named first, denied after it' },
  {
    text: 'We may receive compensation when we share your contact details with lenders.',
    verdict: 'sells',
    note: 'paid when sharing (PAID_BY_OTHERS_FOR_DATA)',
  },
  { text: 'We receive a commission from partners when you buy through our links.', verdict: 'not-mentioned', note: 'affiliate commission' },
  { text: 'We do not sell your personal information.', verdict: 'does-not-sell' },
  { text: 'Your personal data will never be sold to third parties.', verdict: 'does-not-sell' },
  { text: 'We do not rent or sell your e-mail address to anyone.', verdict: 'does-not-sell' },
  { text: "We don't sell, rent, or trade the information you give us.", verdict: 'does-not-sell' },
  { text: 'Except as described in this policy, we will not sell your personal information.', verdict: 'does-not-sell' },
  { text: 'We may rent our mailing list to other organizations.', verdict: 'sells' },
  {
    text: 'Your personal information is not for sale.',
    verdict: 'does-not-sell',
    claim: 'does-not-sell',
    note: 'a denial without a sale verb',
  },
  { text: 'Tickets for the festival are not for sale yet.', verdict: 'not-mentioned', note: 'products, not data' },
  {
    text: 'Our company may be sold to another company, in which case your data transfers with it.',
    verdict: 'not-mentioned',
    note: 'the company changes hands (a modal before the verb), not a data sale',
  },
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
    text: 'We are paid by advertisers for the personal information we provide.',
    verdict: 'sells',
    claim: 'paid',
    note: 'payment for data with the payer named between "paid" and "for" is a sale',
  },
  { text: 'Advertisers pay us for the personal information we provide to them.', verdict: 'sells', claim: 'paid' },
  { text: 'Our partners do not pay us for your information.', verdict: 'does-not-sell', claim: 'not-paid' },
  {
    text: 'We are paid by advertisers for ad space on our site.',
    verdict: 'not-mentioned',
    note: 'paid for a product (ad space), not for data',
  },
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
  // Wider wording (blind-written policies and probes).
  {
    text: 'Meridian receives monetary compensation from its Clients for access to the Data Products, and accordingly Meridian sells Personal Information, as the term "sell" is defined under the CCPA.',
    verdict: 'sells',
    note: '"as the term is defined" qualifies the admission, it is no definition; the company names itself',
  },
  {
    text: 'The term "sale" includes renting personal information to another business for value.',
    verdict: 'not-mentioned',
    note: 'must not catch: a real definition states nothing about the site',
  },
  {
    text: 'We will not exchange your health information for money or any other benefit.',
    verdict: 'does-not-sell',
    claim: 'not-paid',
    note: 'exchange for money, denied',
  },
  { text: 'Customer information is not something we trade for money.', verdict: 'does-not-sell', claim: 'not-paid' },
  {
    text: 'You can exchange a product you bought for money back or store credit within 30 days.',
    verdict: 'not-mentioned',
    note: 'must not catch: exchanging goods is no data sale',
  },
  {
    text: 'Your personal information is not, and never will be, a product that we offer for sale.',
    verdict: 'does-not-sell',
    note: 'data denied as merchandise',
  },
  {
    text: 'Our clients pay us for access to the marketing lists we compile.',
    verdict: 'sells',
    claim: 'paid',
    note: 'paid for lists by clients',
  },
  {
    text: 'Customers pay us for access to premium articles and the e-edition.',
    verdict: 'not-mentioned',
    note: 'must not catch: paying for content is no sale of data',
  },
  {
    text: 'We may transfer your data to the purchaser if we sell our newsletter business.',
    verdict: 'not-mentioned',
    note: 'must not catch: selling a business unit is a corporate transaction',
  },
  {
    text: 'We sell our mailing list of customer names and addresses to other retailers.',
    verdict: 'sells',
    note: 'a list of data sold is still a sale (not a business unit)',
  },
  {
    text: 'Your information may be disclosed to third parties in exchange for monetary or other valuable consideration.',
    verdict: 'sells',
    claim: 'paid',
    note: "the CCPA wording of a sale, in the site's own statement",
  },
  {
    text: 'We do not disclose personal information to third parties for monetary or other valuable consideration.',
    verdict: 'does-not-sell',
    note: 'must not catch as a sale: the same words denied',
  },
  // Other writers' wording (issue 10): licensing, payment from the recipients, a denial after the verb, a debt sold.
  {
    text: 'We license consumer profiles compiled from public records to marketers and insurers.',
    verdict: 'sells',
    claim: 'paid',
    note: 'licensing data out is a sale by another name',
  },
  {
    text: 'We license data from third parties to improve the accuracy of our records.',
    verdict: 'not-mentioned',
    note: 'must not catch: data licensed in, not out',
  },
  {
    text: 'By posting content you grant us a license to use the information you post.',
    verdict: 'not-mentioned',
    note: 'must not catch: a licence the user grants',
  },
  {
    text: 'We receive compensation from partners to whom we provide your contact details for their own marketing.',
    verdict: 'sells',
    claim: 'paid',
  },
  {
    text: 'Selling your data would go against everything we stand for, and we never do it.',
    verdict: 'does-not-sell',
    claim: 'does-not-sell',
    note: 'the denial follows the sale verb',
  },
  {
    text: 'The lender may assign, transfer or sell its rights under a loan agreement to a third party, and the personal data relating to the loan will pass to the buyer.',
    verdict: 'not-mentioned',
    note: 'must not catch: a debt changes hands, the data follows it; nobody pays for the data',
  },
  {
    text: 'We may sell your personal information to lenders.',
    verdict: 'sells',
    note: 'must still catch: lenders as buyers of data',
  },
  {
    text: 'We may make your name and postal address available to carefully selected charities for a fee.',
    verdict: 'sells',
    claim: 'paid',
    note: 'a postal address for a fee, five words between "make" and "available"',
  },
  {
    text: 'We sell gift cards, and the receipt is sent to your email address.',
    verdict: 'not-mentioned',
    note: 'must not catch: products sold, the address only receives the receipt',
  },
  {
    text: 'Our revenue comes from licensing datasets to insurers and lenders.',
    verdict: 'sells',
    note: 'licensing data, said as a noun, is a sale by another name',
  },
  {
    text: 'We never engage in licensing of personal information to third parties.',
    verdict: 'does-not-sell',
    note: 'the noun form denied',
  },
  {
    text: 'Revenue from licensing our software pays for the free tier.',
    verdict: 'not-mentioned',
    note: 'licensing software, not data, is no sale of data',
  },
  {
    text: 'We may share personal information with partners in exchange for promotional services.',
    verdict: 'sells',
    note: 'data given for value other than money is a sale',
  },
  { text: 'We do not exchange your personal data for any benefit.', verdict: 'does-not-sell', note: 'denied for any benefit' },
  { text: 'We will never monetise your information.', verdict: 'does-not-sell', note: 'British spelling of monetize' },
  {
    text: 'We share data with our partners for the benefit of our members.',
    verdict: 'not-mentioned',
    note: '"for the benefit of" names who gains, not a payment',
  },
  // Holdout end: a right named in a leading condition ("Unless you have used your right to opt out, we sell ...") is
  // no right description: the main clause is the site's own statement.
  {
    text: 'Unless you have used your right to opt out, we may sell your contact details to our partners.',
    verdict: 'sells',
    first: 'we may sell your contact details',
    confidence: 'high',
    note: '"Unless you have used your right to opt out, we may sell"',
  },
  {
    text: 'If you have not exercised the right to opt out, we sell your purchase history to data brokers.',
    verdict: 'sells',
    confidence: 'high',
    note: '"If you have not exercised the right to opt out, we sell"',
  },
  {
    text: 'Until you exercise your right to opt-out, we rent your mailing address to other companies.',
    verdict: 'sells',
    confidence: 'high',
    note: '"Until you exercise your right to opt-out, we rent"',
  },
  {
    text: 'If you wish to exercise your right to opt out of the sale of your data, please e-mail us.',
    verdict: 'sells',
    claim: 'opt-out',
    confidence: 'low',
    note: 'must not catch: a condition followed by a request to the reader still describes the right',
  },
  {
    text: 'You have the right to opt out of the sale of your personal information, and we will honour it.',
    verdict: 'sells',
    claim: 'opt-out',
    confidence: 'low',
    note: 'must not catch: a right stated outright',
  },
  // Holdout end: "sale" as the sale of a house, car or other property (a noun of a transaction), not of data.
  {
    text: 'We publish information that becomes part of the public record of a house sale.',
    verdict: 'not-mentioned',
    note: '"a house sale"',
  },
  {
    text: 'We keep information about your home purchase or sale transaction.',
    verdict: 'not-mentioned',
    note: '"home purchase or sale transaction" beside "information"',
  },
  {
    text: 'Our partners help us process your car sale transaction and the information it needs.',
    verdict: 'not-mentioned',
    note: '"car sale transaction"',
  },
  {
    text: 'We show the sale price of nearby homes and the data of their listings on our maps.',
    verdict: 'not-mentioned',
    note: '"the sale price"',
  },
  {
    text: 'Property sale records are public information that we display.',
    verdict: 'not-mentioned',
    note: '"property sale records"',
  },
  {
    text: 'We do not take part in the sale of your personal information.',
    verdict: 'does-not-sell',
    note: 'must not catch: the sale of personal information',
  },
  {
    text: 'We may sell your contact details to home builders.',
    verdict: 'sells',
    note: 'must not catch: "home" near a sale verb whose object is data',
  },
  // Holdout end: a law defining "sale" ("The CCPA defines 'sale' broadly as ...") is a definition, not an admission.
  {
    text: 'The CCPA defines “sale” broadly to include disclosing personal information to others for anything of value.',
    verdict: 'not-mentioned',
    note: '"The CCPA defines “sale” broadly"',
  },
  {
    text: "California law defines 'selling' as making personal information available to a third party for monetary consideration.",
    verdict: 'not-mentioned',
    note: '"California law defines \'selling\' as"',
  },
  {
    text: 'State privacy laws broadly define the terms “sale” and “share” to include the use of advertising cookies and personal information.',
    verdict: 'not-mentioned',
    note: '"State privacy laws broadly define the terms"',
  },
  {
    text: 'The CPRA defines “sharing” as disclosing personal information for cross-context behavioral advertising.',
    verdict: 'not-mentioned',
    note: '"The CPRA defines “sharing” as"',
  },
  {
    text: "We sell personal information to data brokers, as the CCPA defines 'sale'.",
    verdict: 'sells',
    note: "must not catch: the site's own admission qualified by the definition",
  },
  // Holdout end: the reader's data "to be sold" in the passive: the reader is the one whose data is sold, not the seller.
  {
    text: 'Users agree that their contact details may be sold to marketing partners.',
    verdict: 'sells',
    note: '"their contact details may be sold"',
  },
  {
    text: 'You acknowledge that your personal information may be sold to our affiliates.',
    verdict: 'sells',
    note: '"your personal information may be sold"',
  },
  {
    text: 'Individuals have consented to their data being sold to nonprofit organizations.',
    verdict: 'sells',
    note: '"their data being sold"',
  },
  {
    text: 'Customers understand that their purchase records will be sold to partners.',
    verdict: 'sells',
    note: '"will be sold"',
  },
  {
    text: 'You may not sell content you obtain from the service.',
    verdict: 'not-mentioned',
    note: 'must not catch: the user as the seller',
  },
  {
    text: 'You must not sell any personal information you obtain through the service.',
    verdict: 'not-mentioned',
    note: 'must not catch: a duty of the user, active voice',
  },
  {
    text: 'When a sale goes through, we give the buyer and seller the details needed to complete it, such as the delivery address.',
    verdict: 'not-mentioned',
    note: 'must not: a sale between a marketplace’s users is no sale of data',
  },
  {
    text: 'We may disclose personal information to:\n\n- a buyer of our business, or a prospective buyer, if Secondlife is sold or restructured.',
    verdict: 'not-mentioned',
    note: 'must not: the company sold, its buyer named as the business’s',
  },
  {
    text: 'Your rights\n\nDepending on where you live, you may have the right to:\n- confirm whether we collect, share or sell your consumer health data, and see a list of every third party we have shared it with;\n- delete your data.',
    verdict: 'not-mentioned',
    note: 'must not: a right to confirm whether we sell is no admission of selling',
  },
  {
    text: 'Countwise runs on servers we own, in a rented rack at a data centre in Ballerup, Denmark.',
    verdict: 'not-mentioned',
    note: 'must not: "a rented rack" is an adjective (and a data centre is no data)',
  },
  {
    text: 'Your information may be rented to third parties.',
    verdict: 'sells',
    note: 'renting in the passive, its data named before the verb',
  },
  {
    text: 'Under the My Health My Data Act, selling consumer health data requires a separate, signed authorization from you.',
    verdict: 'not-mentioned',
    note: 'must not: what a law requires before any sale is no admission of selling',
  },
  { text: 'We sell consumer health data only with your signed authorization.', verdict: 'sells', note: 'the site selling, with consent' },
  {
    text: 'Article 10. Sale of data\n\nWe do not sell your personal information, and we do not use your health data for advertising.',
    verdict: 'does-not-sell',
    note: 'a numbered title ("Article 10. Sale of data") names the topic, it sells nothing',
  },
  {
    text: 'We use Gift Aid information to claim tax back from HMRC on the sale of your goods.',
    verdict: 'not-mentioned',
    note: 'must not: the sale of donated goods',
  },
  {
    text: 'Authorized dealers who sell and install SentryNest systems receive your contact details.',
    verdict: 'not-mentioned',
    note: 'must not: dealers selling the product (a brand name before it)',
  },
  {
    text: 'Partner brokers pay CoverCompass a fee for each quote request we send them.',
    verdict: 'sells',
    note: 'a fee per lead passed on is a sale of it',
  },
  {
    text: 'For example, if you are buying or selling a property, the estate agent will send us your contact details together with the memorandum of sale.',
    verdict: 'not-mentioned',
    note: 'must not: the user selling a house',
  },
  {
    text: 'We collect your income details, such as payment summaries, rental statements and share sale details.',
    verdict: 'not-mentioned',
    note: 'must not: a sale of shares named as data',
  },
  {
    text: 'We make the data in our database available to our customers against payment, as a subscription or a one-off delivery.',
    verdict: 'sells',
    note: 'data made available for payment',
  },
  {
    text: 'Our systems protect against payment fraud.',
    verdict: 'not-mentioned',
    note: 'must not: "against payment" of another kind',
  },
  {
    text: 'With your consent, we share your name with these partners. The company receives remuneration from these partners for the commercial leads generated.',
    verdict: 'sells',
    note: 'paid for the leads it passes on',
  },
  {
    text: 'We may recover overdue storage fees and conduct a sale or disposal of goods left in default.',
    verdict: 'not-mentioned',
    note: 'must not: a sale of goods',
  },
  {
    text: 'Who do you share my data with?\n\nOur sister company is a separate company authorised by the central bank to sell foreign currency and travel cards.',
    verdict: 'not-mentioned',
    note: 'currency and cards sold are wares, even under a heading about data',
  },
  {
    text: 'We sell your data to advertisers, and you have the right to opt out of that sale.',
    verdict: 'sells',
    note: "a right named after a clause of the site's own leaves the clause a statement",
  },
  {
    text: 'Your name, email address, farm or trading name and postal address.',
    verdict: 'not-mentioned',
    note: 'a trading name is a business name, not data traded',
  },
  {
    text: 'TrailNest Plus is sold through the Apple App Store and Google Play.',
    verdict: 'not-mentioned',
    note: 'an app sold in stores is commerce, even under a heading about data',
  },
  {
    text: 'Elvekort AS sells fishing permits on behalf of landowners and fishing associations.',
    verdict: 'not-mentioned',
    note: 'permits sold are wares',
  },
  {
    text: 'If you use an account, your groups and expenses are stored on servers we rent in a data centre in Tokyo.',
    verdict: 'not-mentioned',
    note: 'rented hosting: "data centre" is a place, not the data rented',
  },
  {
    text: "Sale results published on our website give the vendor's name and district, the lot and the price per head.",
    verdict: 'not-mentioned',
    note: "an auction's sale results publish data but sell none",
  },
  {
    text: 'We rent our customer list to other wine clubs.',
    verdict: 'sells',
    note: 'must still catch: a list rented out',
  },
  {
    text: 'Unless you switch it off, we disclose location and device information to selected data and advertising partners, and we may receive payment for this.',
    verdict: 'sells',
    note: 'paid for the disclosure just named ("for this")',
  },
  {
    text: 'Premium costs $5 a month and we receive payment for this service through the app store.',
    verdict: 'not-mentioned',
    note: 'must not: payment for a service',
  },
]);
