import { anyOf, concept, opt, seq, stems, words } from './build';
import { caseSensitive, wordGap } from './strict';
import { notFollowedBy } from './phrase-parts';

/** "health information", "medical records", "health-related data", "medications", "a disability". */
export const HEALTH_DATA = concept(
  'HEALTH_DATA',
  anyOf(
    seq(
      words('health', 'medical', 'healthcare', 'health care') + '(?:[- ]related)?',
      words(
        'information',
        'data',
        'record',
        'records',
        'condition',
        'conditions',
        'history',
        'status',
        'questions',
        'topics',
        'insurance information',
        'details',
        // Forms that gather it: "a short health questionnaire", "a health declaration".
        'questionnaire',
        'questionnaires',
        'declaration',
        'declarations',
        'screening',
      ),
    ),
    words(
      'allergy',
      'allergies',
      'medication',
      'medications',
      'prescription',
      'prescriptions',
      'diagnosis',
      'diagnoses',
      'disability',
      'disabilities',
      'mental health',
      'symptom',
      'symptoms',
      // Conditions an intake form asks about: "injuries, surgeries, chronic conditions, and whether you are pregnant".
      'injuries',
      'surgeries',
      'chronic condition',
      'chronic conditions',
      'pregnant',
      'pregnancy',
      // Vital signs and the phone's health stores.
      'heart rate',
      'heart rates',
      'blood pressure',
      'blood glucose',
      'blood sugar',
      'Apple Health',
      'HealthKit',
      'Health Connect',
      'Google Fit',
    ),
    // "information concerning your health", "anything about their health".
    seq(
      words('concerning', 'about', 'regarding', 'relating to', 'related to', 'on'),
      words('your', 'their', 'his or her', 'a person’s', "a person's"),
      opt(words('physical', 'mental', 'physical or mental')),
      words('health'),
    ),
  ),
);

/** A device's or browser's "fingerprint" is a tracking technique, not a person's finger. */
const NOT_DEVICE = '(?<!(?:device|browser|digital|canvas|audio) )';

/** Biometric data: "biometric identifiers", "faceprints", "facial recognition", "iris scans", "fingerprints". */
export const BIOMETRIC_DATA = concept(
  'BIOMETRIC_DATA',
  anyOf(
    stems('biometric'),
    words('faceprint', 'faceprints', 'face print', 'face prints', 'voiceprint', 'voiceprints', 'voice print', 'voice prints'),
    // "we create face templates from the people your cameras see": a template of a face or voice.
    seq(words('face', 'facial', 'voice'), words('template', 'templates', 'signature', 'signatures')),
    seq(words('facial'), words('recognition', 'geometry', 'scan', 'scans')),
    seq(words('face', 'retina', 'iris'), words('scan', 'scans')),
    // The act, not the noun: "we scan your face", "scans of your iris".
    seq(
      words('scan', 'scans', 'scanning', 'scanned'),
      opt(words('of')),
      words('your', 'the user’s', "the user's"),
      words('face', 'iris', 'retina', 'palm', 'fingerprint', 'fingerprints'),
    ),
    NOT_DEVICE + words('fingerprint', 'fingerprints'),
  ),
);

/** A coarse location ("approximate location of your device") is not a precise one. */
const NOT_COARSE = '(?<!(?:general|approximate|rough|coarse|city|regional) )';
const LOCATION = words('location', 'geolocation', 'geo-location');
const YOUR_DEVICE = seq(words('your'), opt(words('mobile', 'wireless')), words('device', 'phone'));

/** Precise location: "precise geolocation", "GPS", "latitude", "the location of your mobile device". */
export const PRECISE_LOCATION = concept(
  'PRECISE_LOCATION',
  anyOf(
    seq(words('precise', 'exact', 'specific', 'real-time', 'GPS', 'accurate', 'fine'), LOCATION),
    words('GPS', 'latitude', 'longitude'),
    NOT_COARSE + seq(LOCATION, wordGap(2), words('of', 'from'), YOUR_DEVICE),
    seq(YOUR_DEVICE + "(?:'s|’s)", LOCATION),
  ),
);

/** A card named as a business ("payment card processing", "credit card companies") is not the user's card. */
const NOT_CARD_TAIL = String.raw`(?<!\blast (?:four|4|two|2) digits of (?:a |an |the |your )?)`;
const NOT_PAID_BY = String.raw`(?<!\b(?:by|via) )`;
const NOT_CARD_BUSINESS = String.raw`(?! (?:processing|payments?|transactions?|processors?|compan\w+|issuers?|fraud|authori[sz]ation)| or other payment)`;

/** Financial accounts: "bank account number", "credit card", "routing number". */
export const FINANCIAL_ACCOUNT = concept(
  'FINANCIAL_ACCOUNT',
  anyOf(
    // Not "your bank account name": the name on an account is no number.
    seq(words('bank', 'financial', 'checking', 'savings'), words('account')) + notFollowedBy(` ${words('name', 'names', 'holder name')}`),
    // Not "the last four digits of a payment card": a card's tail identifies no account.
    // Nor a card named as the way to pay ("for payments by credit card, ... we receive only a token").
    NOT_CARD_TAIL + NOT_PAID_BY + seq(words('credit', 'debit', 'payment'), words('card', 'cards')) + NOT_CARD_BUSINESS,
    // Bank details by their national names: Canada's transit and institution numbers, the UK's sort code, IBAN.
    words('routing number', 'routing numbers', 'transit number', 'institution number', 'sort code', 'IBAN'),
  ),
);

const DRIVER = ['driver', "driver's", 'driver’s', 'drivers', 'driving'].flatMap((d) => [`${d} license`, `${d} licence`]);

/** India's Permanent Account Number by its acronym, case-sensitive ("PAN", not a frying pan). */
export const PAN_NUMBER = caseSensitive('PAN_NUMBER', String.raw`\bPAN\b`);

/** Government identifiers: "Social Security number", "driver's license", "passport number", "tax ID number". */
export const GOVERNMENT_ID = concept(
  'GOVERNMENT_ID',
  anyOf(
    words('social security number', 'social security numbers', 'SSN', 'SSNs', ...DRIVER),
    seq(words('passport'), words('number', 'numbers', 'details', 'information', 'data')),
    seq(words('government issued', 'photographic', 'photo'), words('ID', 'identification', 'identity')),
    seq(words('national'), words('ID', 'identification', 'identity', 'insurance'), words('number', 'numbers', 'card', 'cards')),
    seq(words('tax'), words('ID', 'identification'), words('number', 'numbers')),
    // National numbers by their own names: India's Aadhaar and PAN, Brazil's CPF, Singapore's NRIC, Mexico's CURP.
    words('Aadhaar', 'Permanent Account Number', 'CPF', 'NRIC', 'CURP', 'social insurance number'),
  ),
);

/** Taking in data, in any form: "collect", "ask you for", "store", "you provide", "use your precise location". */
export const TAKES_IN_DATA = concept(
  'TAKES_IN_DATA',
  anyOf(
    // "The Company may acquire the following personal information" (Japan's APPI in English).
    stems('collect', 'gather', 'obtain', 'acquir', 'receiv', 'request', 'requir', 'record', 'captur', 'submit', 'retain', 'maintain'),
    // "Reports may contain special categories of personal data", "such data is processed on the basis of Art. 9(2)(g)".
    words('contain', 'contains', 'process', 'processes', 'processed', 'processing'),
    seq(words('ask', 'asks', 'asked', 'asking'), wordGap(1), words('for')),
    // "We also ask whether you have any medical condition", "We will ask to see photographic identification".
    seq(words('ask', 'asks', 'asked', 'asking'), words('whether', 'if', 'about', 'to see')),
    words(
      'store',
      'stores',
      'stored',
      'storing',
      'access',
      'accesses',
      'accessed',
      'accessing',
      'provide',
      'provides',
      'provided',
      'providing',
    ),
    words('enter', 'enters', 'entered', 'entering', 'process', 'processes', 'processed', 'processing', 'keep', 'kept'),
    // Data the service makes from what it sees: "we create face templates", "we derive your heart rate".
    words(
      'create',
      'creates',
      'created',
      'generate',
      'generates',
      'generated',
      'derive',
      'derives',
      'derived',
      'infer',
      'infers',
      'inferred',
    ),
    seq(
      words('use', 'uses', 'using'),
      words('your', 'the'),
      opt(words('precise', 'exact')),
      words('precise', 'device', 'GPS', 'location', 'biometric', 'fingerprint', 'face', 'voice'),
    ),
    // "we scan your face": the verb, with the person's own body or document after it (not "retina scans", a noun).
    seq(words('scan', 'scans', 'scanned', 'scanning'), words('your')),
    // The user telling, or the site analysing what it has: "where you disclose information concerning your health",
    // "our kits analyse your saliva sample".
    words('disclose', 'discloses', 'disclosed', 'tell us', 'give us', 'share with us'),
    stems('analys', 'analyz', 'sequenc'),
  ),
);

/** An animal's own data: "your dog's skin conditions and allergies" are no person's health. */
export const ANIMAL_SUBJECT = concept(
  'ANIMAL_SUBJECT',
  seq(
    words('your', 'their', 'the'),
    words('dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'puppy', 'puppies', 'kitten', 'horse', 'horses', 'animal', 'animals'),
  ),
);

/** Payment processors and warnings ("do not send us your card number") name sensitive data the site does not collect. */
export const NOT_SITE_COLLECTION = concept(
  'NOT_SITE_COLLECTION',
  anyOf(
    seq(words('processed by'), wordGap(3), anyOf(words('third', 'payment'), seq(words('our'), opt(words('payment')), words('processor')))),
    seq(words('our', 'a', 'the'), wordGap(1), words('payment processor')),
    // A named payment processor handles the card, not the site: "processed by Stripe", "handled securely by PayPal".
    seq(
      words('processed', 'handled', 'collected', 'stored'),
      opt(words('securely', 'directly', 'only')),
      words('by'),
      words(
        'Stripe',
        'PayPal',
        'Braintree',
        'Adyen',
        'Square',
        'Worldpay',
        'Authorize.net',
        'Apple Pay',
        'Google Pay',
        'Klarna',
        'Shopify Payments',
      ),
    ),
    words('you should not', 'please do not', 'do not send'),
    seq(
      words('never'),
      words('ask', 'request'),
      opt(words('you')),
      opt(words('for')),
      wordGap(3),
      words('via', 'by', 'through', 'in a', 'in an'),
      words('email', 'e-mail'),
    ),
  ),
);

/** Every sensitive category contains one of these stems: a cheap pre-test. */
export const SENSITIVE_TOPIC = concept(
  'SENSITIVE_TOPIC',
  anyOf(
    stems(
      'heart rate',
      'PAN',
      'allerg',
      'special care',
      'blood',
      'HealthKit',
      'Google Fit',
      'health',
      'medic',
      'injur',
      'surger',
      'chronic',
      'pregnan',
      'prescription',
      'diagnos',
      'disabilit',
      'symptom',
      'biometric',
      'fingerprint',
      'faceprint',
      'voiceprint',
    ),
    stems(
      'face print',
      'facescan',
      'scan',
      'face scan',
      'facial',
      'retina',
      'iris',
      'precise',
      'exact',
      'specific',
      'real-time',
      'accurate',
      'fine',
    ),
    stems('GPS', 'latitude', 'longitude', 'racial', 'ethnic', 'religio', 'philosophical', 'sexual', 'sex life', 'genetic', 'political'),
    stems(
      'union membership',
      'Aadhaar',
      'Permanent Account',
      'CPF',
      'NRIC',
      'CURP',
      'social insurance',
      'routing number',
      'transit number',
      'institution number',
      'sort code',
      'IBAN',
      'social security',
      'driver',
      'passport',
      'government issued',
      'sensitive',
      'special categor',
    ),
    seq(LOCATION, wordGap(2), words('of', 'from'), stems('your')),
    words(
      'race',
      'DNA',
      'SSN',
      'SSNs',
      'face template',
      'face templates',
      'facial template',
      'facial templates',
      'voice template',
      'voice templates',
    ),
    // "your phone’s location": a device's location is precise whatever word comes before it.
    seq(stems('phone', 'device'), "(?:'s|’s)?", words('location')),
    seq(words('bank', 'financial', 'checking', 'savings'), stems('account')),
    seq(words('credit', 'debit', 'payment'), stems('card')),
    seq(words('national'), stems('id', 'identi', 'insurance')),
    seq(words('tax'), stems('id', 'identification')),
  ),
);

/** Racial or ethnic origin: "racial", "ethnicity", "race" only before another category ("race, religion"), not a race as an event. */
export const RACE_OR_ETHNICITY = concept(
  'RACE_OR_ETHNICITY',
  String.raw`\bracial\b|\bethnic(?:ity)?\b|\brace\b(?=,? (?:or |and |\/ ?)?(?:ethnic|religio|national origin|color|colour|gender))`,
);

/** Religious or philosophical beliefs: "religious affiliation", "religion", "philosophical beliefs". */
export const RELIGIOUS_BELIEFS = concept('RELIGIOUS_BELIEFS', String.raw`\breligio(?:us|n)\b|\bphilosophical beliefs\b`);

/** Sexual orientation or sex life: "sexual orientation", "sexual preferences", "sex life". */
export const SEXUAL_ORIENTATION = concept('SEXUAL_ORIENTATION', String.raw`\bsexual (?:orientation|life|preferences?)\b|\bsex life\b`);

/** Genetic data: "genetic", "DNA" (case-sensitive: the acronym, not "dna" in a word list). */
export const GENETIC_DATA = caseSensitive('GENETIC_DATA', String.raw`\bgenetic\b|\bDNA\b`);

/** Political opinions: "political opinions", "political affiliation", "political views". */
export const POLITICAL_OPINIONS = concept('POLITICAL_OPINIONS', String.raw`\bpolitical (?:opinions?|affiliations?|views|beliefs)\b`);

/** Trade union membership: "trade union membership", "union membership". */
export const UNION_MEMBERSHIP = concept('UNION_MEMBERSHIP', String.raw`\b(?:trade )?union membership\b`);

/**
 * A verb of asking for or taking in data: "collect", "obtain", "ask you for", "require", "use". A denial of sensitive data
 * must deny one of these: "we will not keep your card number" after a payment still collects it. Processing is GDPR's
 * word for all of it: "We do not process any special categories of personal data".
 */
export const ASKS_FOR_DATA = concept(
  'ASKS_FOR_DATA',
  String.raw`\b(?:collect\w*|gather\w*|obtain\w*|acquir\w*|receiv\w*|ask(?:s|ed|ing)? (?:\w+ )?for|request\w*|requir\w*|captur\w*|access(?:es|ed|ing)?|use|process(?:es|ed|ing)?)\b`,
);

/** Sensitive data as a whole: "sensitive personal information", "special categories". A denial speaks for every category. */
export const SENSITIVE_IN_GENERAL = concept(
  'SENSITIVE_IN_GENERAL',
  String.raw`\bsensitive (?:personal )?(?:information|data)\b|\bspecial categor(?:y|ies)\b|\bspecial care-required\b`,
);

/** A heading over what the site collects: "Information we collect", "What we receive", "Records". */
export const COLLECTION_HEADING = concept(
  'COLLECTION_HEADING',
  String.raw`\b(?:collect|gather|obtain|information we|data we|records?|tracks?|we get|we receive|you tell us|you give us)\b`,
);

/** "Knowingly": with children it makes the sentence COPPA's ("we do not knowingly collect ... from children"). */
export const KNOWINGLY = concept('KNOWINGLY', String.raw`\bknowingly\b`);

/**
 * Children, by name or an age of 13 to 18: "children", "a child", "under the age of 13", "under 16". Twins differ: no
 * minors, kids or COPPA (CHILD_NAMED, CHILDREN_TOPIC), but "under 13" to "under 18"; CHILD_CONTEXT reads many more age phrases.
 */
export const CHILD_OR_UNDER_AGE = concept('CHILD_OR_UNDER_AGE', String.raw`\bchild(?:ren)?\b|\bunder (?:the age of )?1[3-8]\b`);
