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
  // Issue 10, blind probes: contact lines and addresses outside the US.
  { text: 'Phone: (608) 555-0147', verdict: 'provided', note: 'a labelled contact line' },
  {
    text: 'Write to Privacy Officer, Stride Labs Pty Ltd, Level 3, 120 Flinders Street, Melbourne VIC 3000, Australia.',
    verdict: 'provided',
    note: 'the privacy officer beside a street address invites contact',
  },
  {
    text: 'Any query regarding this Notice should be addressed to: The Data Protection Officer, Harbourline Finance Limited, 12 Quayside Chambers, Bristol BS1 4QA.',
    verdict: 'provided',
    note: 'a UK postcode; "query"',
  },
  { text: 'Ring us on 0800 123 4567 if you have a question about your data.', verdict: 'provided', note: 'a UK freephone number' },
  { text: 'Our Privacy Office can be reached at +44 20 7946 0018.', verdict: 'provided' },
  { text: 'Our EU representative is Stride EU Rep Ltd, 5 Merrion Square, Dublin 2, Ireland.', verdict: 'provided' },
  { text: 'Send questions to privacy at example dot org.', verdict: 'provided', note: 'an address spelled in words' },
  {
    text: 'Our offices are located at the harbour, and we meet customers at home.',
    verdict: 'not-mentioned',
    note: '" at " with no spelled " dot " is a word',
  },
  { text: 'Attn: Privacy Manager', verdict: 'not-mentioned', note: 'the role alone, no channel' },
  {
    text: 'Inquiries\n\nHoshizora Life Customer Center\nTelephone: 0120-517-230 (toll-free)',
    verdict: 'provided',
    note: 'a hyphenated national phone number',
  },
]);
