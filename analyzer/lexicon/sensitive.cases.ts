import type { ConceptCases } from './cases';

export default {
  HEALTH_DATA: {
    must: [
      'It asks about injuries, surgeries, chronic conditions, and whether you are pregnant',
      'a short health questionnaire',
      'We collect health information you enter',
      'information regarding food allergies',
      'details of your medications',
      'medical-related records',
      'Heart rate, cadence and power',
      'if you connect Apple Health',
      'information concerning your health',
    ],
    reject: [
      'our health and safety officer',
      'Read our health and safety guide',
      'We sell healthcare products',
      'the health of our business',
    ],
  },
  BIOMETRIC_DATA: {
    must: [
      'We collect biometric identifiers',
      'a scan of your fingerprints',
      'facial recognition templates',
      'we create face templates from the people your cameras see',
      'With your permission we scan your face',
      'scans of your iris',
    ],
    reject: [
      'We use device fingerprints to detect fraud',
      'choose a voice model for the assistant',
      'browser fingerprinting techniques',
      'we scan your files for malware',
      'scan the QR code with your phone',
    ],
  },
  PRECISE_LOCATION: {
    must: ['We collect your precise geolocation', 'the location of your mobile device', 'your phone’s location'],
    reject: ['the approximate location of your device', 'the city you live in'],
  },
  FINANCIAL_ACCOUNT: {
    must: [
      "your bank's institution number, transit number and account number",
      'the IBAN of your account',
      'your bank account number',
      'we store your credit card',
      'the routing number of your account',
    ],
    reject: [
      'your bank account name when you pay by internet banking',
      'For payments by credit card, the payment data are entered directly with our provider',
      'the last four digits of a payment card',
      'credit card processing is handled by Stripe',
      'a credit card or other payment method',
    ],
  },
  GOVERNMENT_ID: {
    must: [
      'We will ask to see photographic identification, such as a driving licence or passport',
      'the Permanent Account Number (PAN) of the authorised signatory',
      'the last four digits of your Aadhaar',
      'your Social Security number',
      'a copy of your driver’s license',
      'your tax identification number',
    ],
    reject: ['the social security of our staff', 'a national holiday'],
  },
  TAKES_IN_DATA: {
    must: [
      'We collect your name',
      'The Company may acquire the following personal information',
      'Reports may contain special categories of personal data',
      'We also ask whether you have any medical condition',
      'we create face templates from the people your cameras see',
      'we may ask you for your age',
      'information you provide',
      'Where you disclose information',
      'our kits analyse your saliva sample',
      'We use your fingerprint to unlock the app',
      'The app uses your precise GPS location',
      'we scan your face to verify it is you',
    ],
    reject: ['We sell gift cards', 'Our app shows the weather'],
  },
  ANIMAL_SUBJECT: {
    must: ['anything we need to know to groom your dog', "your pet's medical history"],
    reject: ['your health', 'petition', 'the dogsled race'],
  },
  NOT_SITE_COLLECTION: {
    must: [
      'Payments are processed by our third-party processor',
      'Please do not send card numbers by e-mail',
      'We will never ask you for your password by email',
      'Payment card details are processed by Stripe',
      'your card is handled securely by PayPal',
    ],
    reject: ['We collect your card number at checkout', 'We process your payment', 'processed by our billing team'],
  },
  SENSITIVE_TOPIC: {
    must: ['health records', 'your passport', 'the location of your phone'],
    reject: ['We collect your name and e-mail.', 'cookies help us count visits'],
  },
  RACE_OR_ETHNICITY: {
    must: ['your racial or ethnic origin', 'ethnicity', 'race, religion or national origin'],
    reject: ['a charity race you sign up for', 'race results'],
  },
  RELIGIOUS_BELIEFS: {
    must: ['religious or philosophical beliefs', 'your religion'],
    reject: ['religiously updated', 'our philosophy of service'],
  },
  SEXUAL_ORIENTATION: {
    must: ['sexual orientation', 'data about your sex life', 'sexual preferences'],
    reject: ['sexual harassment policy', 'your preferences'],
  },
  GENETIC_DATA: {
    must: ['genetic data', 'your DNA sample'],
    reject: ['Genetic testing kits', 'generic data'],
  },
  POLITICAL_OPINIONS: {
    must: ['political opinions', 'your political affiliation', 'political views'],
    reject: ['political campaigns', 'our political action committee'],
  },
  UNION_MEMBERSHIP: {
    must: ['trade union membership', 'union membership'],
    reject: ['the European Union', 'membership of our loyalty club'],
  },
  ASKS_FOR_DATA: {
    must: [
      'we do not collect your health data',
      'The Company does not acquire the Individual Number',
      'we will never ask you for your religion',
      'we require your ID',
      'we use your location',
      'We do not process any special categories of personal data',
    ],
    reject: ['we will not keep your card number', 'we store it securely'],
  },
  SENSITIVE_IN_GENERAL: {
    must: [
      'We do not collect sensitive personal information',
      'special categories of data',
      'sensitive data',
      'may constitute special care-required personal information',
    ],
    reject: ['sensitive skin products', 'personal information'],
  },
  COLLECTION_HEADING: {
    must: ['Information We Collect', 'What we receive from you', 'Records we hold'],
    reject: ['How we share information', 'Your choices'],
  },
  KNOWINGLY: {
    must: ['we do not knowingly collect', 'Knowingly'],
    reject: ['we know', 'knowledge base'],
  },
  CHILD_OR_UNDER_AGE: {
    must: ['from children', 'a child', 'under the age of 13', 'under 16'],
    reject: ['under 21', 'childcare vouchers'],
  },
  PAN_NUMBER: {
    must: ['we collect your PAN, date of birth, employment type'],
    reject: ['a frying pan', 'pan-European', 'Pan Am'],
  },
} satisfies ConceptCases;
