import { defineCases } from '../practice';
import type { RightsVerdict } from '../types';

export default defineCases<RightsVerdict>([
  { text: 'You have the right to access, correct and delete the personal data we hold about you.', verdict: 'described' },
  {
    text: 'You may request a copy of your data in a machine-readable format, object to its processing, or withdraw your consent at any time.',
    verdict: 'described',
  },
  {
    text: 'You may access, correct or delete your personal information at any time from your account settings.',
    verdict: 'described',
    note: 'a list of verbs before one object',
  },
  { text: 'You can update your account information at any time from your account settings.', verdict: 'limited' },
  { text: 'You can unsubscribe from our newsletter using the link at the bottom of each e-mail.', verdict: 'limited' },
  { text: 'You have the right to lodge a complaint with your local data protection authority.', verdict: 'limited' },
  { text: 'To delete your account, e-mail privacy@example.org.', verdict: 'limited', claim: 'grants' },
  {
    text: 'You may opt out of accepting cookies by changing the settings in your browser.',
    verdict: 'not-mentioned',
    note: 'a browser setting, not a right the site grants',
  },
  {
    text: 'To opt out of these technologies, go to the ad network’s page at https://ads.example.com/optout.',
    verdict: 'not-mentioned',
    note: "a third party's opt-out",
  },
  {
    text: 'We acquire data from other sources to update or supplement the information you provided.',
    verdict: 'not-mentioned',
    note: 'the site updates, not the user',
  },
  { text: 'We delete server logs after thirty days.', verdict: 'not-mentioned', note: 'retention, not a request by the user' },
  { text: 'We reserve the right to update this policy.', verdict: 'not-mentioned' },
  {
    text: 'If you access your accounts from partner sites, review their privacy practices.',
    verdict: 'not-mentioned',
    note: 'accessing an account is not the right of access',
  },
  { text: 'Our service providers have access to your personal information only to perform their work.', verdict: 'not-mentioned' },
]);
