import { defineCases } from '../practice';
import type { ContactVerdict } from '../types';

export default defineCases<ContactVerdict>([
  { text: 'If you have questions about this policy, write to privacy@example.org.', verdict: 'provided', claim: 'address' },
  { text: 'You can reach our Data Protection Officer at dpo@example.eu.', verdict: 'provided' },
  { text: 'For privacy questions, contact us at privacy [at] example [dot] com.', verdict: 'provided', note: 'obfuscated address' },
  { text: 'Send privacy requests to Privacy Office, 100 Main Street, Springfield, IL 62701.', verdict: 'provided' },
  { text: 'Questions about your data? Call us toll-free at 1-800-555-0199.', verdict: 'provided' },
  {
    text: 'If you have any questions about our privacy statement, please e-mail us.',
    verdict: 'provided',
    note: 'a bare invitation, no address',
  },
  {
    text: 'We collect your contact information, such as your name and e-mail address.',
    verdict: 'not-mentioned',
    note: 'contact data collected, not a contact',
  },
  { text: 'We may contact you about your order.', verdict: 'not-mentioned' },
  {
    text: 'If you send us information through a web form, we use it only to answer you.',
    verdict: 'not-mentioned',
    note: 'the form is how data arrives, not a contact',
  },
  {
    text: 'You can file a complaint with the Attorney General at consumer@ag.state.example.us.',
    verdict: 'not-mentioned',
    note: "a regulator's address",
  },
  { text: 'Our offices are open on weekdays.', verdict: 'not-mentioned' },
]);
