import { describe, expect, it } from 'vitest';
import type { ConceptCases } from '../analyzer/lexicon/cases';
import * as lexicon from '../analyzer/lexicon/index';
import type { Concept } from '../analyzer/lexicon/build';

// Sharing scans its recipient cues only when a cheap hint word is in the text (analyzer/practices/sharing.ts, GATE):
// every phrase a cue must match has to pass its hint, or the cue silently never runs ("our hosting company" did not).
const modules = import.meta.glob<{ default: ConceptCases }>('../analyzer/lexicon/*.cases.ts', { eager: true });
const tables: ConceptCases = Object.assign({}, ...Object.values(modules).map((m) => m.default));
const byName = (name: string) => (lexicon as unknown as Record<string, Concept>)[name]!;

const GATED: Record<string, string[]> = {
  PROVIDER_HINT: ['SERVICE_PROVIDERS', 'LEGAL_DEMAND'],
  THIRD_PARTY_HINT: ['AFFILIATES', 'PARTNERS', 'OTHER_COMPANIES', 'NAMED_RECIPIENTS', 'OWN_PURPOSE_RECIPIENTS'],
  MARKETING_HINT: ['ADVERTISERS', 'RECIPIENTS_OWN_MARKETING', 'AD_PLATFORM_FOR_ADS'],
};

// The sharing judge also stops early when RECIPIENT_HINT finds no word of any recipient.
GATED.RECIPIENT_HINT = [...new Set(Object.values(GATED).flat())];

describe('recipient cue gates', () => {
  for (const [hint, cues] of Object.entries(GATED)) {
    it(`${hint} passes every phrase its cues must match (${cues.join(', ')})`, () => {
      const gate = byName(hint).re;
      const missed = cues.flatMap((cue) => tables[cue]!.must.filter((phrase) => !gate.test(phrase)).map((p) => `${cue}: ${p}`));
      expect(missed).toEqual([]);
    });
  }
});
