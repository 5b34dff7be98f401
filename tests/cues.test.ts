import { describe, expect, it } from 'vitest';
import { anyCue, cuesIn, type Cue } from '../analyzer/practices/cues';

const CUES: Cue[] = [
  ['deletion', /\bdelet(?:e|ion)\b/gi],
  // Case-sensitive on purpose in its cue ("DNA", not "dna"): the pre-test still matches it in any case, as the joined pattern did.
  ['genetic', /\bDNA\b/g],
];

describe('anyCue (the pre-test before cuesIn)', () => {
  const any = anyCue(CUES);

  it('matches wherever one cue matches, in any case, negated or not', () => {
    expect(any.test('You may request deletion of your data.')).toBe(true);
    expect(any.test('We never DELETE anything.')).toBe(true);
    expect(any.test('We collect dna samples.')).toBe(true);
  });

  it('does not match where no cue does', () => {
    expect(any.test('You may request a copy of your data.')).toBe(false);
    expect(any.test('A deleted-scenes DVD')).toBe(false);
  });

  it('leaves the cues usable by cuesIn (no lastIndex carried over from a g-flag pattern)', () => {
    const text = 'Please delete my account and delete the DNA records.';
    for (let i = 0; i < 3; i++) {
      expect(any.test(text)).toBe(true);
      expect(cuesIn(text, CUES)).toEqual(['deletion', 'genetic']);
    }
    expect(CUES.every(([, re]) => re.lastIndex === 0)).toBe(true);
  });
});
