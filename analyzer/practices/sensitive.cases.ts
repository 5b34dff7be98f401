import { defineCases } from '../practice';
import type { SensitiveVerdict } from '../types';

export default defineCases<SensitiveVerdict>([
  { text: 'With your permission, we collect the precise location of your device using GPS.', verdict: 'collected' },
  { text: 'The app records health information such as your heart rate and medications.', verdict: 'collected' },
  { text: 'To verify your identity we ask for your Social Security number.', verdict: 'collected', claim: 'collects' },
  { text: 'We may collect your fingerprint or face scan to unlock the app.', verdict: 'collected' },
  { text: 'Our survey asks for your ethnic background and religion.', verdict: 'collected' },
  { text: 'We do not collect sensitive personal information.', verdict: 'not-collected', claim: 'none-at-all' },
  { text: 'We never ask for your bank account details.', verdict: 'not-collected', claim: 'denies' },
  {
    text: 'We infer your approximate location from your IP address.',
    verdict: 'not-mentioned',
    note: 'approximate location is not precise location',
  },
  { text: 'We use device fingerprinting to prevent fraud.', verdict: 'not-mentioned', note: 'a tracking technique, not biometrics' },
  { text: 'Our vendors provide credit card processing services.', verdict: 'not-mentioned', note: 'a service, not data collected' },
  { text: 'We may share data to protect the health and safety of our users.', verdict: 'not-mentioned' },
  // Issue 10, blind probes: health, biometrics and genetics in other words.
  {
    text: 'We record heart rate, cadence and power if you pair a chest strap, watch or bike sensor.',
    verdict: 'collected',
    note: 'a vital sign is health data',
  },
  {
    text: 'Where you disclose information concerning your health, the Company shall Process such information solely for the purpose of treating you fairly.',
    verdict: 'collected',
    note: '"information concerning your health", told by the user',
  },
  { text: 'We use your fingerprint or face scan to unlock the app, if you turn this on.', verdict: 'collected' },
  {
    text: 'Our DNA kits analyse your saliva sample to report on ancestry and traits.',
    verdict: 'collected',
    note: 'analysing is taking in',
  },
  {
    text: 'We never ask students for anything about their health, religion or family background.',
    verdict: 'not-collected',
    note: '"about their health" is denied with religion',
  },
  { text: 'Our blog has articles about your health and fitness goals.', verdict: 'not-mentioned', note: 'no data taken in' },
  { text: 'We analyze how visitors use our website to improve it.', verdict: 'not-mentioned', note: 'analysing, no sensitive category' },
  {
    text: 'The app uses your precise GPS location to show nearby drivers.',
    verdict: 'collected',
    note: 'using the location is taking it in',
  },
  {
    text: 'With your permission we scan your face to verify your identity.',
    verdict: 'collected',
    note: 'a face scan said as an act',
  },
  {
    text: 'Payment card details are processed by Stripe and never stored on our servers.',
    verdict: 'not-mentioned',
    note: 'a named payment processor handles the card: card processing does not count',
  },
  {
    text: 'We scan uploaded files for malware before storing them.',
    verdict: 'not-mentioned',
    note: 'scanning files is no biometric',
  },
  {
    text: 'If you turn on Familiar Faces, we create face templates from the people your cameras see.',
    verdict: 'collected',
    note: 'biometric data the service makes: a face template, created',
  },
  {
    text: 'You can create a profile photo for your account.',
    verdict: 'not-mentioned',
    note: 'must not: creating, with no sensitive category',
  },
  {
    text: 'We do not process any special categories of personal data within the meaning of Art. 9 GDPR.',
    verdict: 'not-collected',
    note: 'a denial in GDPR’s word, processing',
  },
  {
    text: '- Billing details, such as billing address and the last four digits of a payment card.',
    verdict: 'not-mentioned',
    note: 'must not: the last four digits of a card identify no financial account',
  },
  {
    text: 'For enterprise accounts we collect the Permanent Account Number (PAN) of the authorised signatory.',
    verdict: 'collected',
    note: "a national number by its own name (India's PAN)",
  },
  {
    text: 'We collect anything we need to know to groom your dog safely, such as skin conditions and allergies.',
    verdict: 'not-mentioned',
    note: "must not: a pet's health",
  },
  {
    text: "If you pay by pre-authorized debit we collect your bank's institution number, transit number and account number.",
    verdict: 'collected',
    note: 'bank details by their national names',
  },
  {
    text: "The Company may acquire the following personal information:\n\n(1) name and address;\n\n(2) the information in an identification document, such as a driver's license or passport;",
    verdict: 'collected',
    note: '"acquire" as the verb of collecting, items numbered in brackets',
  },
  {
    text: "The Company may acquire the following personal information:\n\n(1) name and address;\n\n(2) an identification document, such as a driver's license or passport (the Company does not acquire the Individual Number);",
    verdict: 'collected',
    note: 'a denial inside a closed aside denies only what is inside it',
  },
  {
    text: "2. The Company may acquire the following personal information:\n\n(1) name and address;\n\n(2) the information contained in an identification document, such as a driver's license;",
    verdict: 'collected',
    note: 'a numbered lead is a clause, its items read through it',
  },
  {
    text: '2.3 Reports may contain special categories of personal data within the meaning of Article 9(1) GDPR, for example information about health, sexual orientation, religious beliefs or trade union membership.',
    verdict: 'collected',
    note: 'what the reports the service receives may contain',
  },
  {
    text: 'We do not process special categories of personal data.',
    verdict: 'not-collected',
  },
  {
    text: 'We also ask whether you have any medical condition, injury or disability that could affect your driving.',
    verdict: 'collected',
    note: 'asking whether the reader has a condition takes it in',
  },
  {
    text: 'If you choose to buy on EMI, we collect your PAN, date of birth and monthly income range.',
    verdict: 'collected',
    note: "India's PAN by its acronym",
  },
  {
    text: 'We will ask to see photographic identification, such as a driving licence or passport.',
    verdict: 'collected',
  },
  {
    text: 'Before your first class, we ask you to fill in a short health questionnaire. It asks about injuries, surgeries, chronic conditions, and whether you are pregnant.',
    verdict: 'collected',
    note: 'an intake form about injuries and pregnancy gathers health data',
  },
  {
    text: 'Within the scope of the booking of surf lessons, surf camps and equipment rental, Onda Viva collects the following categories of personal data:\n- data relating to health: declaration of any medical condition relevant to surfing;',
    verdict: 'collected',
    note: 'a lead after a run-in phrase with its own commas still leads its items',
  },
  {
    text: 'We collect payment details, such as your bank account name when you pay by internet banking.',
    verdict: 'not-mentioned',
    note: 'the name on an account is no account number',
  },
  {
    text: 'For payments by credit card, the payment data are entered directly with our payment service provider; we receive only a token and the last four digits.',
    verdict: 'not-mentioned',
    note: 'a card named as the way to pay, its number never received',
  },
]);
