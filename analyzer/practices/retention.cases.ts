import { defineCases } from '../practice';
import type { RetentionVerdict } from '../types';

export default defineCases<RetentionVerdict>([
  { text: 'Log files are deleted from our servers after 90 days.', verdict: 'period', days: 90 },
  { text: 'We retain transaction records for seven (7) years.', verdict: 'period', days: 2555 },
  { text: 'We keep your search history for 18 months and then anonymize it.', verdict: 'period', days: 540 },
  { text: 'Personal data is stored for thirty (30) days after you close your account.', verdict: 'period', days: 30 },
  { text: 'We retain your information for as long as your account is active.', verdict: 'until-deletion' },
  { text: 'We keep your data until you ask us to delete it.', verdict: 'until-deletion' },
  { text: 'Some information is retained indefinitely for statistical analysis.', verdict: 'indefinite' },
  { text: 'We will retain your personal information for as long as necessary to fulfil the purposes described.', verdict: 'vague' },
  { text: 'We keep data as required by applicable law.', verdict: 'vague' },
  { text: 'We will respond to your request to access your information within 30 days.', verdict: 'not-mentioned', note: 'a response deadline is not retention' },
  { text: 'We do not keep your data indefinitely.', verdict: 'not-mentioned' },
  { text: 'We collect the pages you visit and your IP address.', verdict: 'not-mentioned' },
]);
