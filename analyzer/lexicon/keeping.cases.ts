import type { ConceptCases } from './cases';

export default {
  KEEP_VERB: {
    must: ['we retain your data', 'records are kept', 'logs are stored on our servers', 'we archive old messages'],
    reject: ['Keep in mind that cookies expire', 'we collect your name', 'contact our support team'],
  },
  REMOVE_VERB: {
    must: [
      'deleted after 30 days',
      'we anonymise the records',
      'de-identified data',
      'the link expires',
      'messages disappear after 24 hours',
    ],
    reject: ['we keep it for a year', 'deleterious effects'],
  },
  UNTIL_ACCOUNT_ENDS: {
    must: [
      'The Company retains the personal data of a member until the member withdraws from membership',
      'until your employer deletes that survey or ends its subscription',
      'as long as your account is active',
      'while you are a member',
      'until you delete your account',
      'for the life of your subscription',
      'Unless you delete it, your content remains on the service',
      'until you tell us to stop',
      'only while the school or parent account that it belongs to is active',
      'as long as the membership remains open',
    ],
    reject: [
      'as long as necessary',
      'until the end of the tax year',
      'unless you opt out, we share it with partners',
      'while the school year lasts',
    ],
  },
  AS_LONG_AS_NEEDED: {
    must: [
      'for as long as we reasonably need it',
      'as long as necessary for these purposes',
      "we keep data only while it's useful",
      'while they remain relevant to your application',
      'for a reasonable period of time',
      'as required by applicable law',
      'no longer than is necessary',
      'under our retention schedule',
    ],
    reject: [
      'while it is raining we close the terrace',
      'for 30 days',
      'we delete it when you close your account',
      'how long it takes to respond. We vary our replies',
    ],
  },
  KEPT_DATA: {
    must: [
      'your order history',
      'we delete your enquiry',
      'call recordings',
      'CVs of applicants',
      'backups',
      'vehicle telemetry',
      'your search queries',
      'guest registration cards',
      'paper forms',
      'saliva samples',
      'identity verification results',
      'face templates',
      'verification reports',
      'survey answers',
    ],
    reject: ['we keep it safe', 'for two years', 'sessions time out after ten minutes', 'gift cards', 'in the form of'],
  },
  DATA_NAMED_BY_PROCESS: {
    must: ['ication results', 'ation emails', ' logs', 'ation records', 's are kept for six years', ' records are retained'],
    reject: [
      ' within 30 days',
      's are processed within five days',
      's are issued to the original card',
      'ication of your identity',
      ' to your request within 45 days',
      'ed within 10 business days',
    ],
  },
  NOT_ABOUT_KEEPING: {
    must: [
      'we keep your information secure',
      'maintain it accurate and up to date',
      'we may retain the services of contractors',
      'we maintain it in deidentified form and will not attempt to reidentify it',
      'in order to keep you informed about our services, we may send you emails',
      'to keep customers up to date we store their preferences',
    ],
    reject: ['we keep your information for two years', 'maintain, customize, and secure your account'],
  },
  LAG_AFTER_YOUR_ACT: {
    must: ['When you do, we delete your email address, display name and year of birth within 30 days'],
    reject: ['When you do, we keep your data for 30 days', 'If you do not, we delete inactive accounts within a year'],
  },
  DELETION_LAG: {
    must: [
      'If you ask us to close your account, we will delete your personal data within 30 days',
      'If you delete your account, we delete your Genetic Data and discard your saliva sample within 30 days',
      'we erase your profile within 14 days of account deletion',
      'Your data is removed within 30 days after you close your account',
    ],
    reject: [
      'We keep your data for two years after you close your account',
      'If you close your account, we will respond within 30 days',
      'Inactive accounts are deleted within 30 days',
      'we delete order data within 90 days',
    ],
  },
  USER_DELETES: {
    must: [
      'you can delete your account at any time',
      'parents may ask us to remove the child’s information',
      'request that we delete your data',
    ],
    reject: ['we delete your data after a year', 'you can update your profile'],
  },
  TIME_UNIT: {
    must: ['30 days', 'two years', 'Call recordings: 5 yrs', '6 mos'],
    reject: ['daily backups', 'yearly report', 'most moments'],
  },
  RETENTION_WORDS: {
    must: ['we retain it', 'stored in the EU', 'for 2 years', 'until you ask'],
    reject: ['we collect your name', 'contact us'],
  },
  KEPT_IN_PLACE: {
    must: [
      "Survey answers stay in your employer's account until your employer deletes that survey",
      'order details stay in my files for six years',
      'Saved addresses remain on file until you take them off',
      'copies that live in our encrypted backups',
      'your workouts stay in your account',
      'your reviews remain on the site after you leave',
      'Your details stay with us until you tell us otherwise',
    ],
    reject: [
      'you remain responsible for your account',
      'stay in touch with us',
      'users who live in the EU',
      'cookies remain on your device',
      'guests who stay with us for two weeks',
    ],
  },
  KEPT_WITHOUT_END: {
    must: [
      'in our database without any fixed expiry date',
      'entries are held with no end date',
      'stored for an unlimited duration',
      'kept without limit',
      'We do not set a deletion date for photos you upload',
      "there's no fixed end date for keeping these records",
    ],
    reject: [
      'including, without limitation, your name',
      'kept for a limited time',
      'until the expiry date of your card',
      'we set a deletion date of 30 days',
      'there is no fee',
    ],
  },
  NEVER_DELETED: {
    must: ['Transaction histories are never purged', 'your posts will never be deleted'],
    reject: ['we never sell your data', 'deleted within 30 days and never shared'],
  },
  INACTIVITY_SPAN: {
    must: [
      'If an account has not been signed in to for 24 months',
      'accounts that nobody has signed into for two years',
      'profiles inactive for 24 months',
      'if you have not logged in for a year',
    ],
    reject: ['log in to your account for more options', 'an active account for two years'],
  },
  LONGER_THAN_NEEDED: {
    must: [
      'will not be held for longer than the purposes for which it was collected require',
      'not kept longer than is strictly necessary',
      'no longer than we need it',
    ],
    reject: ['kept for longer than 30 days', 'longer than the average'],
  },
  REMAINS_FOREVER: {
    must: ['posts you make remain on the service permanently', 'your reviews stay visible indefinitely'],
    reject: ['you remain responsible for your account', 'this policy remains in effect until we change it', 'cookies remain for 30 days'],
  },
  KEPT_PRONOUN: {
    must: ['We retain it for 10 years', 'Google Analytics retains this for 26 months', 'we delete them after 30 days'],
    reject: ['we keep it safe', 'we store your data for 2 years', 'hold it against you'],
  },
  RETENTION_PERIOD_NAMED: {
    must: ['Retention period: 14 months', 'a storage duration of 2 years', 'the deletion time is 30 days'],
    reject: ['data retention', 'we store it for a period', 'the storage of your data'],
  },
  SHORTEST_NEEDED: {
    must: [
      'for so long as it is needed',
      'held for the minimum period necessary',
      'kept for as short a time as possible',
      'How long we keep your data depends on why we collected it',
    ],
    reject: [
      'the minimum order value',
      'as short a trip as you like',
      'so long as you agree',
      'how long it takes to respond. We vary our replies',
    ],
  },
  KEPT_PAST_ACCOUNT: {
    must: [
      'as long as your account is active and afterwards as long as reasonably necessary',
      'and thereafter for as long as required by law',
    ],
    reject: ['as long as your account is active', 'and afterwards we delete it'],
  },
  DATA_OR_RECORDS: {
    must: ['we keep server logs for 30 days', 'billing records are kept for seven years', 'your personal information'],
    reject: ['cookies expire after 2 years', 'the cookie lasts one year', 'logistics partners'],
  },
  COOKIE_DATA: {
    must: ['cookie data is stored for 13 months', 'Google Analytics cookie data expires after 26 months'],
    reject: ['cookies and log data', 'data from cookies'],
  },
  AGE_AFTER_NUMBER: {
    must: [' of age or older', '-old users', ' old'],
    reject: [' after your last login', ' of inactivity', ' from collection, users of any age'],
  },
  PERIOD_NAMED_AFTER: {
    must: [' retention', ' of inactivity, we delete your account', '-storage limit'],
    reject: [' after the account is closed', ' from the date of collection'],
  },
  LETS_THE_USER: {
    must: ['our settings let you delete your history', 'the app allows you to erase your messages', 'enables you to remove content'],
    reject: ['you are permitted to delete your account', 'we delete it after 30 days', 'an allowance'],
  },
  REQUEST_WORD: {
    must: ['you may request that we delete your data', 'submit a deletion request'],
    reject: ['you can delete your posts at any time', 'requested deletions are processed', 'requests'],
  },
  KEPT_ONLY_TO_PROVIDE: {
    must: [
      'We retain this information only to provide the service',
      'your data is kept only for the purposes described above',
      'stored only as long as process requires',
    ],
    reject: ['we keep this information for 30 days', 'we retain it to provide the service'],
  },
  DISCLOSED_FIRST: {
    must: ['We may disclose information maintained as required by law', 'data we share with processors and store', 'transferred'],
    reject: ['We retain your data for 2 years', 'disclosure', 'provider'],
  },
  RETENTION_HEADING: {
    must: ['Data Retention', 'How long we keep your data', 'Storage limitation', 'Keeping your information'],
    reject: ['Your rights', 'Sharing your information', 'Cookies we use'],
  },
  PERSONAL_OR_YOURS: {
    must: ['your personal data is deleted after 2 years', 'personal information', 'your account'],
    reject: ['aggregated statistics are kept indefinitely', 'anonymised data may be retained', 'personally'],
  },
  COOKIE_NAMED: {
    must: ['The _ga cookie expires after 2 years', 'session cookies are deleted when you close the browser'],
    reject: ['we keep server logs for 30 days', 'cookieless tracking', 'Cookiebot'],
  },
} satisfies ConceptCases;
