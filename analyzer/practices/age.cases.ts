import { defineCases } from '../practice';
import type { AgeVerdict } from '../types';

export default defineCases<AgeVerdict>([
  {
    text: 'COPPA applies to operators of websites directed to children under 13.',
    verdict: 'not-mentioned',
    note: "the law described, not this site's rule (citation)",
  },
  {
    text: 'In compliance with COPPA, we do not knowingly collect personal information from children under 13.',
    verdict: 'minimum-age',
    value: 13,
    note: "naming the law in the site's own statement still sets the age",
  },
  // Frames: ages that limit nothing.
  {
    text: 'We do not sell the personal information of consumers under 16 years of age without affirmative authorization.',
    verdict: 'not-mentioned',
    note: "an opt-in rule for selling minors' data",
  },
  {
    text: 'A business cannot sell the personal information of minors under the age of sixteen (16) without their consent.',
    verdict: 'not-mentioned',
    note: 'what the law says a business may do',
  },
  {
    text: 'California minors under 18 may request removal of content they posted on our site.',
    verdict: 'not-mentioned',
    note: 'a removal right of minors',
  },
  { text: 'For example, a 15-year-old may share a photo with friends.', verdict: 'not-mentioned', note: 'an age in an example' },
  {
    text: 'Health records, precise location and information of minors under the age of 14 may be considered sensitive personal information.',
    verdict: 'not-mentioned',
    note: 'a category defined',
  },
  {
    text: 'In this policy, the term children refers to individuals under 13 years of age.',
    verdict: 'minimum-age',
    value: 13,
    note: 'the children the policy protects are defined by age',
  },
  { text: 'Our app is for adults 18+.', verdict: 'minimum-age', value: 18, claim: 'sets-age' },
  {
    text:
      'We will NOT knowingly collect data from children under the age of 13. We will NOT knowingly allow children under the age of 13 to post. ' +
      'We will NOT knowingly ask a child under the age of 13 for more data than needed. We will NOT knowingly keep data of a child under the age of 13. ' +
      'We will NOT knowingly e-mail a child under the age of 13.\n- CHILDREN UNDER 18: This website is not intended for use by anyone under the age of 18.',
    verdict: 'minimum-age',
    value: 13,
    first: 'under the age of 13',
    shows: 'anyone under the age of 18',
    note: 'the lowest age leads; the other age the summary names is shown too, though five sentences about 13 rank above it',
  },
  { text: 'Our games are for players 13 and older.', verdict: 'minimum-age', value: 13 },
  { text: 'We do not knowingly collect personal information from children under 13.', verdict: 'minimum-age', value: 13 },
  { text: 'Our services are not directed to children under the age of thirteen (13).', verdict: 'minimum-age', value: 13 },
  { text: 'You must be at least 16 years old to use the service.', verdict: 'minimum-age', value: 16 },
  { text: 'The site is intended for users 18 years of age or older.', verdict: 'minimum-age', value: 18 },
  { text: 'We do not collect data from children under 13, or under 16 in the EEA.', verdict: 'minimum-age', value: 13 },
  { text: 'With parental permission, a child under age 13 might have a family account.', verdict: 'minimum-age', value: 13 },
  { text: 'We care about the privacy of children.', verdict: 'not-mentioned' },
  { text: 'We keep logs for 13 months.', verdict: 'not-mentioned' },
  { text: 'You must be thirteen (13) or older to use the app.', verdict: 'minimum-age', value: 13 },
  {
    text: 'You must be at least eighteen years old to place an order.',
    verdict: 'minimum-age',
    value: 18,
    note: '"eighteen" is not "eight"',
  },
  {
    text: 'Children under 16 require parental consent.',
    verdict: 'minimum-age',
    value: 16,
    note: 'a parental-consent age is an age limit',
  },
  { text: 'You must be 18 or the age of majority in your jurisdiction.', verdict: 'minimum-age', value: 18 },
  {
    text: 'You must be the age of majority in your jurisdiction to use the Service.',
    verdict: 'minimum-age',
    value: 18,
    confidence: 'low',
    note: 'no number: the age of majority is 18 in most places',
  },
  { text: 'The Service is intended for users 13 and older.', verdict: 'minimum-age', value: 13 },
  { text: 'If you are under 13, do not use the service.', verdict: 'minimum-age', value: 13 },
  { text: 'Users must be 16 or over.', verdict: 'minimum-age', value: 16 },
  {
    text: "Our games are for players 13 and older. In the EEA, players under 16 need a parent's consent.",
    verdict: 'minimum-age',
    value: 13,
    note: 'the lowest limit stated',
  },
  {
    text: 'Children under thirteen (13) years of age are not permitted to register.',
    verdict: 'minimum-age',
    value: 13,
    confidence: 'high',
  },
  { text: 'Anyone under 18 must have permission from a parent or guardian.', verdict: 'minimum-age', value: 18 },
  { text: 'You must be 21 or older to buy wine.', verdict: 'minimum-age', value: 21 },
  { text: 'We work with over 20 partners in 15 countries.', verdict: 'not-mentioned' },
  { text: 'Our team of 18 engineers is based in Berlin.', verdict: 'not-mentioned' },
  {
    text: 'Your password must be at least 8 characters long, and children should ask a parent for help.',
    verdict: 'not-mentioned',
    note: 'a length, not an age',
  },
  { text: 'Minors may not use the service.', verdict: 'not-mentioned', note: 'no age given' },
  { text: 'We delete inactive accounts after 13 months.', verdict: 'not-mentioned' },
  { text: 'The Services are not directed to individuals under the age of sixteen (16).', verdict: 'minimum-age', value: 16 },
  { text: 'This website is intended for persons 18 years or older.', verdict: 'minimum-age', value: 18 },
  { text: 'PawPals is for adults 18+.', verdict: 'minimum-age', value: 18 },
  { text: 'Rated 12+ in the App Store, the game has no chat.', verdict: 'not-mentioned', note: 'a rating without an age context word' },
  { text: "If you are between 13 and 18, you need your parent's permission.", verdict: 'minimum-age', value: 13 },
  { text: 'To use the Service you must be at least 13 years old (or 16 in the EEA).', verdict: 'minimum-age', value: 13 },
  { text: 'We do not knowingly collect information from kids.', verdict: 'not-mentioned' },
  // An age limit on people, no child word: a minimum age when the verb limits collection or use.
  {
    text: 'We do not knowingly collect personal information from individuals under 18 except as provided to us to fill a prescription.',
    verdict: 'minimum-age',
    value: 18,
  },
  {
    text: 'Our Site is not directed to persons under 18. We do not knowingly collect personal information from children under 18.',
    verdict: 'minimum-age',
    value: 18,
    first: 'from children under 18',
    note: 'the limit that names children is read more surely',
  },
  { text: 'Our survey found that customers under 30 prefer e-mail.', verdict: 'not-mentioned', note: 'an age group, no limit' },
]);
