import type { ConceptCases } from './cases';

export default {
  RECIPIENT_TITLE: {
    must: ['With advertisers.', 'To our service providers:', '- With affiliates', 'With third parties & third-party integrations'],
    reject: ['With your consent, we share data with advertisers for marketing purposes.', 'To contact us, write to the address below.'],
  },

  ADVERTISERS: {
    must: [
      'disclosed to marketing clients and advertising agencies',
      'advertising and social media partners',
      'advertising platforms',
      'ad networks',
      'data brokers',
      'our marketing partners',
      'advertising distribution companies',
      'ad tech partners',
    ],
    reject: ['our advertising policy', 'network providers', 'advertising cookie settings'],
  },
  THIRD_PARTY_HINT: {
    must: ['our affiliates', 'third parties', 'anyone outside', 'the restaurant', 'prospective employers'],
    reject: ['we collect your name', 'cookies help us count visits'],
  },
  NAMED_RECIPIENTS: {
    must: [
      'we disclose applicant information to participating mortgage lenders',
      'with our franchisees',
      'with social media platforms',
      'with apps you connect',
      'shared with the restaurant that prepares your meal',
      'to the seller so they can arrange delivery',
      'available to researchers at partner universities',
      'sent to your doctor or pharmacy',
      'to prospective employers',
      'to credit reference agencies and fraud prevention agencies',
      'with insurance brokers',
      'with your participating insurance company',
      'with your health plan',
      'shared with our co-investigators at the institute',
    ],
    reject: [
      'come to our store hours before closing',
      'the best seller of the month',
      'provided by the school or teacher',
      'we will tell the school first',
      'talk with your school holidays in mind',
    ],
  },

  RECIPIENTS_HEADING: {
    must: [
      'When Information May Be Released',
      'how we share information',
      'disclosures to third parties',
      'who gets your information?',
      'who receives information',
      'who else sees it',
      'recipients of your data',
      'who we give your details to',
    ],
    reject: ['third-party links', 'your choices', 'who we are', 'information you give us', 'who can use our services'],
  },
  RECIPIENTS_INCLUDE: {
    must: ['Recipients may include your usual GP', 'The recipients are:', 'recipients of your personal data include'],
    reject: ['recipients of our newsletter can unsubscribe', 'we include a link'],
  },
  ONLY_FOR_US: {
    must: [
      'Outside companies receive data only where they work for us under a data processing agreement',
      'the ones that help us run the business, and they only act on our instructions',
      'They can only use your information to do their job for us',
      'a mailing service that acts on our instructions',
      'contractors and agents who process data on our behalf',
      'these providers may only use your data to do work for us',
      'they process it only on our instructions',
      'may only use the information on our behalf',
    ],
    reject: [
      'partners who process data for their own purposes',
      'we only use your data for the purposes above',
      'you may only use the app for personal purposes',
    ],
  },
  PEOPLES_DATA: {
    must: ['personal information', 'your contact data', 'student information', 'customer data', 'patient records'],
    reject: ['aggregate statistics', 'information about our products'],
  },
  PROVIDER_NOUN: {
    must: ['these providers', 'our processors', 'vendors', 'sub-processors are listed', 'subprocessors'],
    reject: ['we provide the service', 'processing of your data'],
  },
  GIVES_A_PRODUCT: {
    must: ['provides cloud software for payroll administration', 'provide our services to businesses', 'offers HR tools to employers'],
    reject: ['provide your information to our service providers', 'provide it to employers', 'provides data to partners'],
  },
  SHARED_DATA: {
    must: [
      'your contact information',
      'a list of subscribers',
      'we may share it with partners',
      'e-mail addresses',
      'live video and your address',
      'cookie identifiers and your browsing activity',
    ],
    reject: ['content you create or provide, such as photos', 'we respond to your messages', 'please address your request to us'],
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
  SHARE_VERB: {
    must: [
      'we will pass your name, email address, phone number and moving plans to our partners',
      'information may be disclosed by us to third parties',
      'We pass your details to the courier',
      'may be made available to researchers',
      'We let partners see your profile',
      'we may disclose your data',
      'we provide it to partners',
      'we make it available',
      'we pass it on to',
      'We never hand your data over to outsiders',
      'Your order details go to the restaurant',
      'we may let selected third parties send you offers',
    ],
    reject: [
      'information provided by the school',
      'content shared by other users',
      'pass the salt',
      'we allow cookies',
      'we provide you with the service',
      'we provide support to users',
      'we give you choices',
      'Go to Settings to change it',
      'you may receive our newsletter',
    ],
  },
  MARKETING_PURPOSE: {
    must: [
      'so that they can show you ads',
      'to show you relevant advertising',
      'for marketing purposes',
      'for their marketing and promotional uses',
      'offers that may be of interest to you',
      'opt out of having your details shared',
      'to anyone for the purpose of direct marketing',
      'for targeted advertising',
    ],
    reject: ['to show you your order history', 'for security purposes', 'we do not send marketing e-mails'],
  },
  RECIPIENTS_OWN_MARKETING: {
    must: [
      'for their own direct marketing',
      'so that they can send you offers',
      'partners who may wish to send you special promotions',
      'to promote their own products',
      'we may let selected third parties send you information about products you may like',
      'so they can reach you with their own advertising',
    ],
    reject: [
      'to send you our newsletter',
      'for our internal analytics',
      'we allow our service providers to contact you about your order',
      'their own advertising cookies are governed by their policies',
    ],
  },
  SERVICE_PROVIDERS: {
    must: [
      'the courier',
      'our delivery partners',
      'shipping carriers',
      'third-party service providers',
      'our vendors',
      'companies that process payments on our behalf',
      'firms we hire to deliver orders',
      'analytics providers',
      'our hosting company',
      'our professional advisers, such as lawyers and auditors',
    ],
    reject: ['our affiliates', 'advertising partners', 'companies that sell data', 'content providers'],
  },
  LEGAL_DEMAND: {
    must: ['as required by applicable law', 'in response to a subpoena', 'to comply with legal obligations', 'under public records laws'],
    reject: ['as long as required', 'our team reviews contracts'],
  },
  OTHER_COMPANIES: {
    must: [
      'anyone outside our company',
      'anybody else',
      'third parties',
      'other companies',
      'unaffiliated marketing companies',
      'outside organizations',
      'outsiders',
      'the other emergency relief providers in the network',
      'other charities',
    ],
    reject: [
      'anyone can join',
      'third-party websites',
      'third party cookies',
      'other users',
      'our hosting company and other service providers',
      'other payment providers',
    ],
  },
  OWN_PURPOSE_RECIPIENTS: {
    must: [
      'These bodies process the information as responsible parties in their own right',
      'organisations that use it for their own purposes',
      'the transport companies, which process the data as independent controllers',
      'and they use your information under their own privacy policies',
    ],
    reject: ['They can only use your information to do their job for us, not for their own purposes', 'processors that act on our behalf'],
  },
  AD_PARTNERS_COLLECT: {
    must: [
      'advertising partners such as Google and LinkedIn set cookies on our site to show you our ads on other websites',
      'Ad networks may place pixels on our pages',
      'advertisers may collect information about your browsing when you visit our site',
    ],
    reject: [
      'we set cookies on our site to remember your cart',
      'advertisers use cookies on other websites',
      'our analytics providers set cookies on our site',
      'you can opt out of advertising cookies on our site',
    ],
  },
  RECIPIENT_FIRST_VERB: {
    must: [
      'Insurance brokers and reinsurers may receive your claim details',
      'Hotels in our group can see your booking history',
      'Sponsors can see your enrollment, progress and completion',
      'Advertising partners receive cookie identifiers and your browsing activity',
      'The university that created a course receives your name and grades',
      'Partners may receive information from us',
    ],
    reject: [
      'Members receive a discount on every order',
      'by opting in to receive information from a third party',
      'Partners may receive information from other sources',
      'to receive newsletters from us',
      'Your order details go to the restaurant',
      'you will receive an e-mail',
      'we may see a spike in traffic',
      'so that nobody else can get at your data',
    ],
  },
  SITE_AS_SUBJECT: {
    must: ['We ', 'From time to time we also ', 'we and our affiliates '],
    reject: ['Hotels in our group ', 'We said so. Brokers '],
  },
  RECIPIENT_ROLE: {
    must: ['Insurance brokers and reinsurers', 'credit bureaus', 'the hotels'],
    reject: ['our staff', 'a broker-dealer license'],
  },
  AFFILIATES: {
    must: [
      'our affiliates',
      'the parent company',
      'companies in our group',
      'Hotels in our group',
      'with our corporate group',
      'our family of companies',
    ],
    reject: ['a group of users', 'focus groups', 'our partners'],
  },
  PARTNERS: {
    must: ['our business partners', 'trusted partners', 'co-branded services', 'event sponsors', 'a joint venture'],
    reject: ['partnership law', 'our affiliates'],
  },
  PROVIDERS_ENGAGED: {
    must: [
      'We use a scheduling software company and a website host',
      'We use third-party service providers, such as Stripe and AWS',
      'we engage contractors',
      'We work with vendors who host our data',
      'We work with a few other companies to run the shop',
      'we use other businesses that help us operate the service',
      'We use a handful of other companies to run Pingtail',
    ],
    reject: [
      'We use cookies',
      'providers of the apps you use',
      'they use their own service providers',
      'We work with other companies to offer you joint promotions',
    ],
  },
  SHARE_VERB_FORMAL: {
    must: [
      "we upload a hashed (scrambled) list of Wash Club members' email addresses to Meta and Google",
      'We send advertising platforms such as Meta and Google an encrypted version of your e-mail address',
      'we send your details to up to four partner brokerages',
      'Personal data may be communicated to the following recipients',
      'we forward your booking to the hotel',
      'details are sent to the courier',
    ],
    reject: [
      'we send you your receipt',
      'we send you a newsletter',
      'we communicate with you by email',
      'please forward your questions',
      'we sent you a link',
    ],
  },
  RECIPIENTS_AHEAD: {
    must: ['communicated to the following recipients', 'with these categories of third parties'],
    reject: ['the following information', 'these cookies'],
  },
  AD_PLATFORM_FOR_ADS: {
    must: [
      'to Facebook and Google so that they can show you ads',
      'with social media platforms to show you relevant advertising',
      'with Meta so that it can show you our adverts',
    ],
    reject: [
      'Payment processors Apple, Google and Stripe, who handle your card details',
      'sign in with Google',
      'metadata about your adverts',
    ],
  },
  ROLE_ITEM: {
    must: ['- other airlines operating flights under codeshare agreements', ' participating insurers', '- mortgage brokers'],
    reject: ['- our cloud hosting provider, which stores the data in data centers', '- payment processors'],
  },
  USER_GIVES_BEFORE: {
    must: ['you may ', 'Information that you choose to ', 'Members can ', 'data you give to us'],
    reject: ['we may ', 'our partners may ', 'your data is '],
  },
  SALE_VERB_OPENS: { must: ['sell', 'rented', 'Sold'], reject: ['share', 'disclose', 'we sell'] },
  TO_USER_DEVICE: {
    must: ['we may send a cookie to your browser', "small files transferred to your computer's hard drive", 'sent to your mobile device'],
    reject: ['we send your data to our partners', 'sent to you by email'],
  },
  NEGATION_HINT: {
    must: ['We do not share your information', 'we don’t give it to anyone', 'never disclosed'],
    reject: ['We share your information with partners', 'we dont share it', 'nothing'],
  },
  LEADS_INTO_LIST: {
    must: ['We may share your data with the following third parties', 'in the circumstances described below', 'We share data with:'],
    reject: ['We share your data with our payment processor.', 'as listed on our website'],
  },
  DISCLOSURE_REQUEST_HEADING: {
    must: ['Article 8 (Requests for Disclosure and Other Requests)', 'Disclosure requests', 'Your right to disclosure'],
    reject: ['Disclosures to third parties', 'How we share information', 'Requests from law enforcement'],
  },
  ROLE_BEFORE_VERB: {
    must: ['under the Fair Work Act 2009 employers must ', 'your bank may '],
    reject: ['we must ', 'employers and their staff use the app to ', 'we send it to your employer, and we '],
  },
  JOINT_USE: {
    must: ['The Company jointly uses personal data as follows', 'the joint users set out in Article 6', 'for joint use under Article 6'],
    reject: ['a joint account', 'we use it to join your accounts', 'jointly controlled entities'],
  },
} satisfies ConceptCases;
