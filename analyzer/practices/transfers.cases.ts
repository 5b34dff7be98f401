import { defineCases } from '../practice';
import type { TransfersVerdict } from '../types';

export default defineCases<TransfersVerdict>([
  {
    text: 'When we transfer personal data out of the EEA, we rely on the Standard Contractual Clauses approved by the European Commission.',
    verdict: 'safeguards',
  },
  { text: 'We participate in the EU-U.S. Data Privacy Framework.', verdict: 'safeguards', claim: 'names-safeguards' },
  { text: 'Some countries we transfer data to have an adequacy decision from the European Commission.', verdict: 'safeguards' },
  { text: 'Our group relies on Binding Corporate Rules for transfers between its companies.', verdict: 'safeguards' },
  {
    text: 'If you are located outside the United States, your information will be transferred to and processed in the United States.',
    verdict: 'transferred',
    claim: 'transferred',
  },
  { text: 'Your data may be stored on servers in other countries whose laws may differ from yours.', verdict: 'transferred' },
  {
    text: 'We do not transfer your personal data outside the European Union.',
    verdict: 'not-mentioned',
    note: 'a denial is not a transfer',
  },
  {
    text: 'Our app is a member of the kidSAFE Safe Harbor program for children’s privacy.',
    verdict: 'not-mentioned',
    note: 'COPPA safe harbor, not a transfer mechanism',
  },
  { text: 'We may transfer your information to a buyer if our company is sold.', verdict: 'not-mentioned', note: 'no other country' },
  { text: 'Our offices are in the United States.', verdict: 'not-mentioned' },
]);
