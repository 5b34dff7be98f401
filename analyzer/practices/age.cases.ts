import { defineCases } from '../practice';
import type { AgeVerdict } from '../types';

export default defineCases<AgeVerdict>([
  { text: 'We do not knowingly collect personal information from children under 13.', verdict: 'minimum-age', value: 13 },
  { text: 'Our services are not directed to children under the age of thirteen (13).', verdict: 'minimum-age', value: 13 },
  { text: 'You must be at least 16 years old to use the service.', verdict: 'minimum-age', value: 16 },
  { text: 'The site is intended for users 18 years of age or older.', verdict: 'minimum-age', value: 18 },
  { text: 'We do not collect data from children under 13, or under 16 in the EEA.', verdict: 'minimum-age', value: 13 },
  { text: 'With parental permission, a child under age 13 might have a family account.', verdict: 'minimum-age', value: 13 },
  { text: 'We care about the privacy of children.', verdict: 'not-mentioned' },
  { text: 'We keep logs for 13 months.', verdict: 'not-mentioned' },
]);
