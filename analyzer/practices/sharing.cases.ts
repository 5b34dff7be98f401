import { defineCases } from '../practice';
import type { SharingVerdict } from '../types';

export default defineCases<SharingVerdict>([
  {
    text: 'Who gets your information?\n\n- Cloud hosting providers and our e-mail delivery service.\n- Payment processors Apple, Google and Stripe, who handle your card details.',
    verdict: 'service-providers-only',
    claim: 'service-providers-only',
    note: 'a list item under a recipients heading names a recipient with neither a verb nor the word "data"',
  },
  {
    text: 'Who else sees it\n\n- Our affiliates in Canada and the United States.',
    verdict: 'third-parties',
    note: 'recipients heading in other words ("who else sees it")',
  },
  {
    text: 'Your choices\n\n- Offers from our partners can be switched off in your settings.',
    verdict: 'not-mentioned',
    note: 'must not: a list item under a heading that is not about recipients',
  },
  {
    text: 'Who do you share it with, then?\n\n- Friends and followers you approve see the workouts you make visible to them.',
    verdict: 'not-mentioned',
    note: 'must not: an item naming no recipient company (the user sharing with friends)',
  },
  {
    text: 'We do not share your personal information with anyone.',
    verdict: 'no-sharing',
    claim: 'no-sharing',
    note: 'the rule id: a plain denial, no recipient needed',
  },
  {
    text: 'We share your information with our affiliates and business partners.',
    verdict: 'third-parties',
    claim: 'third-parties',
    note: 'the rule id: other companies named as recipients',
  },
  { text: 'We may share your e-mail address with our marketing partners so that they can send you offers.', verdict: 'advertising' },
  { text: 'We provide your contact details to selected companies for their own direct marketing purposes.', verdict: 'advertising' },
  { text: 'Your profile information may be shared with advertisers to show you relevant ads.', verdict: 'advertising' },
  {
    text: 'You can opt out of having your personal information shared with partners for marketing purposes.',
    verdict: 'advertising',
    note: 'an opt-out implies the sharing happens',
  },
  { text: 'We may share information about you with our affiliates and business partners.', verdict: 'third-parties' },
  {
    text: 'We share personal data with service providers who host our servers and send e-mail on our behalf.',
    verdict: 'service-providers-only',
  },
  { text: 'We may disclose your information if required by law or in response to a court order.', verdict: 'service-providers-only' },
  {
    text: 'We share your details with third-party service providers that process payments for us.',
    verdict: 'service-providers-only',
    note: '"third-party" inside a providers phrase',
  },
  {
    text: 'We do not share your personal information with third parties, except with service providers acting for us.',
    verdict: 'service-providers-only',
  },
  { text: 'We never share or disclose your personal information.', verdict: 'no-sharing' },
  { text: 'We will not share your data with other companies for their marketing.', verdict: 'no-sharing' },
  {
    text: 'Our vendors are prohibited from using your data for their own marketing purposes.',
    verdict: 'not-mentioned',
    note: 'a limit on providers, not a purpose; no sharing verb',
  },
  {
    text: 'California residents may request a list of third parties to which we disclosed personal information for their direct marketing purposes.',
    verdict: 'not-mentioned',
    note: 'a legal notice of a right',
  },
  { text: 'You may share articles with your friends on social networks.', verdict: 'not-mentioned', note: 'the user shares' },
  {
    text: 'We may share aggregated statistics that do not identify you with advertisers.',
    verdict: 'not-mentioned',
    note: 'not personal data',
  },
  { text: 'A cookie is a small file that a site transfers to your computer through your browser.', verdict: 'not-mentioned' },
  {
    text: 'If we are involved in a merger or acquisition, your information may be transferred to the acquirer.',
    verdict: 'not-mentioned',
    note: 'corporate transaction',
  },
  {
    text: 'We do not sell, rent or trade your personal information to third parties.',
    verdict: 'not-mentioned',
    note: 'a sale denial belongs to the selling practice',
  },
  {
    text: 'We provide these links as a convenience and to allow advertisers to promote their own products.',
    verdict: 'not-mentioned',
    note: 'links, not data',
  },
  { text: 'This page links to third-party sites that have their own privacy policies.', verdict: 'not-mentioned' },
  {
    text: 'We pass your details to the courier so they can deliver your order.',
    verdict: 'service-providers-only',
    note: '"pass ... to", and a courier carries out the order for the site',
  },
  {
    text: 'Your information is shared with the restaurant that prepares your meal.',
    verdict: 'third-parties',
    note: 'a recipient named by its role',
  },
  {
    text: 'We share hashed email addresses with advertising platforms to show you relevant ads.',
    verdict: 'advertising',
    note: 'advertising platforms are advertisers',
  },
  {
    text: 'Your data may be made available to researchers at partner universities.',
    verdict: 'third-parties',
    note: '"made available to", researchers and universities',
  },
  {
    text: 'We let partners see your profile when you apply for a job.',
    verdict: 'third-parties',
    note: 'letting others see the data shares it',
  },
  {
    text: 'Information is not disclosed to anyone outside our company.',
    verdict: 'no-sharing',
    note: '"anyone outside our company" denied',
  },
  {
    text: 'We allow you to access your data at any time.',
    verdict: 'not-mentioned',
    note: 'letting the user see their own data shares nothing',
  },
  {
    text: 'You can share your profile with employers.',
    verdict: 'not-mentioned',
    note: "the user's own sharing",
  },
  {
    text: 'With advertisers.',
    verdict: 'advertising',
    note: 'a run-in title naming recipients',
  },
  {
    text: 'With your consent.',
    verdict: 'not-mentioned',
    note: 'a run-in title that names no recipient',
  },

  {
    text: 'About students, provided by the school or teacher: first name, grade and reading level.',
    verdict: 'not-mentioned',
    note: '"provided by" names where the data came from, not a recipient',
  },
  {
    text: 'If you join the rewards programme, we share your name, policy number and whether your cameras were armed with your participating insurance company.',
    verdict: 'third-parties',
    note: 'an insurance company or health plan named as recipient',
  },
  {
    text: 'If you subscribe to monitoring, live video and your address are shared with our monitoring partner, Sentry Watch Services, LLC.',
    verdict: 'third-parties',
    note: 'an address and a video named as what is shared',
  },
  {
    text: 'Paycadence B.V. provides cloud software for payroll administration and HR records to employers in the European Union.',
    verdict: 'not-mentioned',
    note: 'must not: a verb of giving whose object is the company’s product',
  },
  { text: 'Please address your request to the insurance company.', verdict: 'not-mentioned', note: 'must not: "address" as a verb' },
  {
    text: 'Your rights\n\nDepending on where you live, you may have the right to:\n- confirm whether we collect, share or sell your consumer health data, and see a list of every third party and affiliate we have shared it with;\n- delete your data.',
    verdict: 'not-mentioned',
    note: 'must not: a right to see the list of recipients says nothing of whom this site shares with',
  },
  {
    text: 'Coded data (without your name, address or NHI number) will be shared with our co-investigators at the Baker Institute in Melbourne, who carry out part of the analysis.',
    verdict: 'third-parties',
    note: 'research collaborators as recipients of coded (still personal) data',
  },
  {
    text: 'We engage contractors and agents who process data on our behalf.',
    verdict: 'service-providers-only',
    note: 'providers bound to the site in a relative clause',
  },
  {
    text: 'We use third-party service providers, such as Stripe and AWS, to process payments and host data.',
    verdict: 'service-providers-only',
    note: 'the providers the site uses, named with no verb of giving',
  },
  {
    text: 'We disclose your email address to Facebook and Google so that they can show you ads.',
    verdict: 'advertising',
    note: 'ad platforms by name, with the purpose of showing ads',
  },
  {
    text: 'We share hashed email addresses with social media platforms to show you relevant advertising.',
    verdict: 'advertising',
    note: 'hashed addresses are still personal data; social media platforms as recipients',
  },
  { text: 'At your direction, we share your data with apps you connect.', verdict: 'third-parties', note: 'connected apps as recipients' },
  {
    text: 'We share personal information with our franchisees.',
    verdict: 'third-parties',
    note: 'franchisees, dealers, resellers as recipients',
  },
  {
    text: 'We use Google Analytics to understand how visitors use the site.',
    verdict: 'not-mentioned',
    note: 'must not: a tool used, no data given to anyone',
  },
  { text: 'You can share posts to Facebook and Twitter.', verdict: 'not-mentioned', note: 'must not: the user sharing' },
  {
    text: '4. Recipients\n\nPersonal data may be communicated to the following recipients, to the extent necessary for each purpose:\n\n- airport operators and ground handling agents;\n- other airlines operating flights under codeshare agreements.',
    verdict: 'third-parties',
    note: '"communicated to" in a translated policy; a role named in an item read through its lead',
  },
  {
    text: 'If you tick the box, we will pass your name, email address, phone number and moving plans to our mortgage and removals partners so that they can contact you about their own products.',
    verdict: 'advertising',
    note: 'a long list of data between "pass" and "to"',
  },
  {
    text: 'We communicate with you by email to confirm your order.',
    verdict: 'not-mentioned',
    note: 'must not: communicating with the user',
  },
  {
    text: 'Our newsletter is sent by a mailing service that acts on our instructions.',
    verdict: 'service-providers-only',
    note: 'a provider bound to the site, named with no data',
  },
  {
    text: 'We use a scheduling software company and a website host to run the online form.',
    verdict: 'service-providers-only',
    note: 'providers named by what they are',
  },
  { text: 'We use cookies to run the online form.', verdict: 'not-mentioned', note: 'must not: a tool, no provider' },
  {
    text: 'With your consent, advertising partners such as Google and LinkedIn set cookies on our site to show you our ads on other websites.',
    verdict: 'advertising',
    claim: 'ad-partners-collect',
    note: 'ad companies the site lets collect on its pages: a disclosure to them',
  },
  {
    text: 'We do not allow ad networks to place pixels on our pages.',
    verdict: 'not-mentioned',
    note: 'must not: ad companies kept off the site',
  },
  {
    text: 'Advertisers use cookies on other websites to measure their campaigns.',
    verdict: 'not-mentioned',
    note: 'must not: ad companies collecting elsewhere',
  },
  {
    text: 'Disclosure of data\n\nStaylens passes data to:\n\n- travel agencies whose deal you click;\n- advertising partners, which receive cookie identifiers and your browsing activity for their own advertising purposes.',
    verdict: 'advertising',
    note: 'a lead whose subject is the site by its name, read into its items',
  },
  {
    text: 'Advertising partners receive cookie identifiers and your browsing activity for their own advertising purposes.',
    verdict: 'advertising',
    note: 'the recipient as the subject of a present-tense "receive"',
  },
  {
    text: 'We disclose personal information to:\n\n- Consumer goods brands, who receive hashed email addresses so they can reach you with their own advertising',
    verdict: 'advertising',
    note: 'recipients reaching the user with their own advertising',
  },
  {
    text: 'Members receive a discount on every order.',
    verdict: 'not-mentioned',
    note: 'must not: "receive" with no data',
  },
  {
    text: 'We send advertising platforms such as Meta and Google an encrypted version of your e-mail address so they can show you our ads.',
    verdict: 'advertising',
    note: 'the recipient before the data ("send them your address")',
  },
  {
    text: 'When you submit a request, we send your details to up to four partner brokerages.',
    verdict: 'third-parties',
    note: "the user's data sent on, named",
  },
  {
    text: 'We also share information with organisations that use it for their own purposes.',
    verdict: 'third-parties',
    note: 'recipients that use the data for themselves',
  },
  {
    text: 'We share data with service providers who may not use it for their own purposes.',
    verdict: 'service-providers-only',
    note: 'must not: providers barred from their own purposes',
  },
  {
    text: 'Who we share it with\n\nThe only outside organisations that handle your information are the ones that help us run the business, and they only act on our instructions.',
    verdict: 'service-providers-only',
    note: "organisations bound to act on the site's instructions are its providers",
  },
  {
    text: 'Who we share it with\n\nWe use a handful of other companies to run Tallyfox, and they only get what they need to do that job for us:\n\nAmazon Web Services | hosts our servers and database | Sydney, Australia',
    verdict: 'service-providers-only',
    note: 'companies the site uses to run its service, four words after the verb',
  },
  {
    text: 'The Club discloses personal information to the following parties:\n\n1. the national golf union, for the calculation of handicaps. These bodies process the information as responsible parties in their own right;',
    verdict: 'third-parties',
    note: 'POPIA\'s "responsible party" is an independent controller',
  },
  {
    text: 'Our site links to other websites. They process the information you give them under their own privacy policies.',
    verdict: 'not-mentioned',
    note: 'recipients acting for themselves with no disclosure before them: linked sites, given nothing',
  },
  {
    text: 'Article 8 (Requests for Disclosure and Other Requests)\n\n1. When a customer requests disclosure, correction, suspension of use, or suspension of provision to third parties of retained personal data, the Company will respond without delay.',
    verdict: 'not-mentioned',
    note: "a heading of the reader's requests is no list of recipients",
  },
  {
    text: '5.2 The Club discloses personal information to the following parties:\n\n5.2.1 the national golf union, for handicaps. These bodies process the information as responsible parties in their own right;',
    verdict: 'third-parties',
    note: 'the disclosure two sentences back, its list item between',
  },
  {
    text: 'If you accept marketing cookies, we share a hashed version of your email address and information about the bookings you make with Meta Platforms and Google so that they can show you Tablewell adverts.',
    verdict: 'advertising',
    note: '"adverts" in British English; a hashed e-mail still identifies you to the platform',
  },
  {
    text: 'We share your email address with Meta so that it can show you our adverts.',
    verdict: 'advertising',
    note: 'Meta by its short name',
  },
  {
    text: '- With your agreement, we share your name, date of birth and household details with the other emergency relief providers in the Geelong Emergency Relief Network.',
    verdict: 'third-parties',
    note: 'peers named "other … providers" are not the site\'s vendors',
  },
  {
    text: 'We share your personal information with other charities.',
    verdict: 'third-parties',
  },
  {
    text: 'We share your payment details with our card processor and other service providers who act for us.',
    verdict: 'service-providers-only',
    note: '"other service providers" are the site\'s vendors',
  },
  {
    text: 'We do not send your information overseas.',
    verdict: 'not-mentioned',
    note: 'a denied move abroad is about transfers, not a denial of sharing',
  },
  {
    text: 'To determine your eligibility, we disclose applicant information to participating mortgage lenders.',
    verdict: 'third-parties',
    note: 'a role with its kind before it',
  },
  {
    text: "Who we give your details to\n\nWe don't pass your details on to anyone else. We don't swap guest lists with other accommodation providers, we don't use booking agents, and we don't use your information for advertising.",
    verdict: 'no-sharing',
    note: 'recipients denied with no verb of giving, under a recipients heading',
  },
  {
    text: 'Article 6 (Joint Use)\n\nThe Company jointly uses personal data as follows:\n\n- Items of personal data jointly used: name, company name and e-mail address.',
    verdict: 'third-parties',
    note: 'APPI joint use: the group companies use the data for their own part',
  },
  {
    text: '6.2 We share your personal information only where this is necessary to deal with your matter, namely:\n\n6.2.1 with courts and the other parties to your matter;\n\n6.2.2 with our IT service provider, which hosts our case management system on our behalf;',
    verdict: 'service-providers-only',
    note: 'a numbered lead ("6.2") over sub-clause items ("6.2.1")',
  },
  {
    text: 'Outside companies receive data only where they work for us under a data processing agreement or are necessary to deliver the device.',
    verdict: 'service-providers-only',
    note: 'recipients bound to work for the site, whatever they are called',
  },
  {
    text: "We also upload a hashed (scrambled) list of Wash Club members' email addresses to Meta and Google so that we can show ads to similar people.",
    verdict: 'advertising',
    note: 'uploading a list to ad platforms gives it to them',
  },
  {
    text: 'For advertising, we upload the e-mail addresses and telephone numbers of people who have contacted us, in hashed form, to Meta and Google, so that these platforms can show our ads to people similar to our past clients.',
    verdict: 'advertising',
  },
  {
    text: 'We exchange our club list with the other estates of the wine circle: they receive your name and email address so that they can invite you to their own releases and events.',
    verdict: 'advertising',
    note: 'a list swapped with peers for their own invitations',
  },
  {
    text: 'We sometimes exchange mailing lists with other non-profit arts organizations so that each of us can invite the other audience to an event.',
    verdict: 'third-parties',
    note: 'peers named with modifiers ("other non-profit arts organizations")',
  },
  {
    text: 'When you buy a permit, your details are passed to the right holder that issued it. Each right holder is an independent controller for the data it receives.',
    verdict: 'third-parties',
    note: 'recipients said to be independent controllers, right after a disclosure',
  },
  {
    text: 'The certificate is issued in your name, but we do not send your other details to those organisations.',
    verdict: 'not-mentioned',
    note: 'must not read "other details to those organisations" as other organisations (third parties)',
  },
  {
    text: 'We only disclose personal information outside the association where you have authorised it, or where we are required to by law.',
    verdict: 'no-sharing',
    note: 'consent and the law the only ways out, no recipient named',
  },
]);
