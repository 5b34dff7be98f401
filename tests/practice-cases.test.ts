import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import type { SentenceCase } from '../analyzer/practice';
import type { Finding } from '../analyzer/types';
import { PRACTICES } from '../analyzer/registry';

// Every practice's case table, found by name: analyzer/practices/<practice>.cases.ts.
const modules = import.meta.glob<{ default: SentenceCase<string>[] }>('../analyzer/practices/*.cases.ts', { eager: true });
/** The fields a case row can assert, whatever the practice. */
type CaseFinding = Finding<string> & { days?: number | null; value?: number | null; trackers?: string[] };

const tables = Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/(.+)\.cases\.ts$/, '$1'), mod.default] as const);

describe('case tables', () => {
  it('exist for every registered practice', () => {
    expect(tables.map(([id]) => id).sort()).toEqual(Object.keys(PRACTICES).sort());
  });
});

for (const [practice, cases] of tables) {
  describe(`${practice} cases`, () => {
    for (const c of cases) {
      it(`${c.verdict}${c.days != null ? ` (${c.days} days)` : ''}${c.value != null ? ` (age ${c.value})` : ''}: ${c.text}`, () => {
        const finding = (analyze(c.text).practices as Record<string, CaseFinding>)[practice]!;
        expect(finding.verdict).toBe(c.verdict);
        if (c.days !== undefined) expect(finding.days).toBe(c.days);
        if (c.value !== undefined) expect(finding.value).toBe(c.value);
        if (c.trackers) expect([...(finding.trackers ?? [])].sort()).toEqual([...c.trackers].sort());
        if (c.confidence === 'low') expect(finding.confidence).toBeLessThan(0.6);
        if (c.confidence === 'high') expect(finding.confidence).toBeGreaterThanOrEqual(0.8);
        if (c.verdict !== 'not-mentioned') {
          expect(finding.evidence.length).toBeGreaterThan(0);
          for (const e of finding.evidence) expect(c.text.slice(e.start, e.end)).toBe(e.text);
          if (c.first) expect(finding.evidence[0].text).toContain(c.first);
          if (c.shows) expect(finding.evidence.some((e) => e.text.includes(c.shows!))).toBe(true);
          if (c.claim) expect(finding.evidence[0].says?.claim).toBe(c.claim);
        }
      });
    }
  });
}
