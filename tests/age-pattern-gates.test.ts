import { describe, expect, it } from 'vitest';
import ageCases from '../analyzer/practices/age.cases';
import { AGE_PATTERNS } from '../analyzer/practices/age';

/** Phrases at the edges of each gate: every one is matched by some age pattern. */
const EDGES = [
  'You must be under the age of 13 to join.',
  'Only for users aged 16 or older.',
  'Open to players 13and up.',
  'Users 18+ only.',
  'The site is for people between thirteen and eighteen.',
  'You must be sixteen (16) to register.',
  'Visitors must be eighteen years of age.',
  'Children under twenty-one years-old need consent.',
];

describe('age patterns run only where their gate allows', () => {
  const texts = [...EDGES, ...ageCases.map((c) => c.text)];

  it('every edge phrase is matched by some pattern (the check below can fail)', () => {
    for (const text of EDGES)
      expect(
        AGE_PATTERNS.some(({ re }) => [...text.matchAll(re)].length > 0),
        text,
      ).toBe(true);
  });

  it('a gate never skips a sentence its pattern matches', () => {
    for (const text of texts) {
      for (const { needs, re } of AGE_PATTERNS) {
        if ([...text.matchAll(re)].length) expect(needs.test(text), `${re.source.slice(0, 40)}… on: ${text}`).toBe(true);
      }
    }
  });

  it('a gate skips sentences without its words', () => {
    const between = AGE_PATTERNS.find(({ re }) => re.source.includes('between'))!;
    expect(between.needs.test('Children under 13 may not use the service.')).toBe(false);
  });
});
