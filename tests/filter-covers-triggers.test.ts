import { describe, expect, it } from 'vitest';
import type { ConceptCases } from '../analyzer/lexicon/cases';
import { PRACTICE_LIST } from '../analyzer/registry';

// A practice's filter decides which sentences its judge ever sees. A phrase that one of the judge's trigger concepts
// must match, kept out by the filter, is a synonym that silently does nothing ("find out what we hold" was one).
const modules = import.meta.glob<{ default: ConceptCases }>('../analyzer/lexicon/*.cases.ts', { eager: true });
const tables: ConceptCases = Object.assign({}, ...Object.values(modules).map((m) => m.default));

describe('each practice filter passes what its triggers must match', () => {
  for (const practice of PRACTICE_LIST) {
    it(`${practice.id}: ${practice.triggers.map((t) => t.name).join(', ')}`, () => {
      expect(practice.triggers.length).toBeGreaterThan(0);
      const kept: string[] = [];
      for (const trigger of practice.triggers) {
        expect(tables[trigger.name], `${trigger.name} has no table`).toBeDefined();
        for (const phrase of tables[trigger.name]!.must) if (!practice.candidate.test(phrase)) kept.push(`${trigger.name}: ${phrase}`);
      }
      expect(kept).toEqual([]);
    });
  }
});
