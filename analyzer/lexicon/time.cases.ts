import type { ConceptCases } from './cases';

export default {
  LOOKBACK_WINDOW: {
    must: [
      'disclosed in the past 12 months',
      'during the preceding twelve (12) months',
      'over the last twelve months',
      'within the prior 12 months',
    ],
    reject: ['we keep logs for 12 months', 'deleted after twelve months'],
  },
  REQUEST_LIMIT: {
    must: [
      'You may only make a request for access twice within a 12-month period',
      'no more than twice in any twelve-month period you may request a copy',
      'You can exercise the right to data portability once every 12 months',
      'Each user can submit one data access request per 12 months',
      'we need not act on more than two requests within a 12-month period',
    ],
    reject: [
      'Once a year we delete records we no longer need',
      'we retain request logs for 24 months',
      'we review your request once and reply within 30 days',
    ],
  },
  PROCESS_DEADLINE: {
    must: [
      'we will respond within 45 days',
      'confirm your email address within six (6) days',
      'unsubscribe requests are processed within 10 business days',
      'to honor your opt out request',
      'we will do so within 30 days of your request',
      'within one month of receiving your verified request',
    ],
    reject: [
      'as MAS Notice PSN01 requires',
      'we keep logs for 90 days',
      'data is deleted after 2 years',
      'deleted within 30 days of account closure',
    ],
  },
  PERMANENT_DELETION: {
    must: ['stored 180 days before it is permanently deleted', 'permanently and completely erasing your data'],
    reject: ['kept permanently', 'we delete it'],
  },
  KEPT_FOREVER: {
    must: ['we may keep it indefinitely', 'retained in perpetuity', 'your posts are never deleted', 'with no set expiration'],
    reject: ['deleted after 30 days', 'kept for a limited period'],
  },
  KEPT_FOR_PURPOSE: {
    must: [
      'we may keep your information to comply with laws',
      'as long as we need it for business, tax or legal purposes',
      'for as long as we have an ongoing legitimate business need',
      'Where we have no ongoing legitimate business need to process your personal information',
      'once there is no longer a purpose for holding it',
      'We keep your information to fulfill the purposes described above',
      'for the purposes for which it was obtained',
    ],
    reject: [
      'we keep it for 30 days',
      'we comply with your request',
      'if we have no way to verify your identity',
      'for the purpose of sending you newsletters',
    ],
  },
  USER_CAN_DELETE: {
    must: [
      'Acme allows you, as a parent, to review, modify, or delete account information at any time',
      'the app lets you delete your posts at any time',
    ],
    reject: ['you may request that we delete your data', 'we delete your data at any time'],
  },
  FREQUENCY_LEAD: {
    must: ['Every record is checked for accuracy at least once every ', 'reviewed every '],
    reject: ['kept for ', 'every record is kept for '],
  },
} satisfies ConceptCases;
