/** The page-level patterns of analyzer/policy-score.ts, each with phrases it must match and must reject. */
import { describe, expect, it } from 'vitest';
import { CHOICES_TOPIC, NAMED_VOICE, OTHER_TITLE, OWN_VOICE, SHARING_TOPIC } from '../analyzer/policy-score';

const TABLES: [string, RegExp, { must: string[]; reject: string[] }][] = [
  [
    'SHARING_TOPIC',
    SHARING_TOPIC,
    {
      must: ['We may share your information', 'we do not sell data', 'disclosure of personal information'],
      reject: ['They share photos with friends', 'Sharing is caring'],
    },
  ],
  [
    'CHOICES_TOPIC',
    CHOICES_TOPIC,
    {
      must: ['Your privacy rights', 'You can opt-out at any time', 'the right to erasure', 'access, correct or delete'],
      reject: ['Human rights are universal', 'We have the right to refuse service'],
    },
  ],
  [
    'OWN_VOICE',
    OWN_VOICE,
    {
      must: ['We collect your name', 'our website uses cookies', 'this site may also log visits'],
      reject: ['The company collected data', 'Users collect badges'],
    },
  ],
  [
    'NAMED_VOICE',
    NAMED_VOICE,
    {
      must: ['Acme Inc. collects your name', 'Example Media Group may share data', 'Acme does not sell'],
      reject: ['the company collects data', 'ACME, founded in 1990, collects'],
    },
  ],
  [
    'OTHER_TITLE',
    OTHER_TITLE,
    {
      must: ['Terms of Use', 'End-User License Agreement', 'Cookie Policy', 'We value your privacy'],
      reject: ['Privacy Policy', 'Our terms are simple'],
    },
  ],
];

describe('policy score words', () => {
  for (const [name, re, table] of TABLES) {
    const test = (s: string) => new RegExp(re.source, re.flags.replace('g', '')).test(s);
    for (const phrase of table.must) it(`${name} matches “${phrase}”`, () => expect(test(phrase)).toBe(true));
    for (const phrase of table.reject) it(`${name} rejects “${phrase}”`, () => expect(test(phrase)).toBe(false));
  }
});
