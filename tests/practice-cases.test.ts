import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import type { SentenceCase } from '../analyzer/practice';
import age from '../analyzer/practices/age.cases';
import retention from '../analyzer/practices/retention.cases';
import selling from '../analyzer/practices/selling.cases';
import tracking from '../analyzer/practices/tracking.cases';

const tables: Record<string, SentenceCase<string>[]> = { tracking, selling, retention, age };

for (const [practice, cases] of Object.entries(tables)) {
  describe(`${practice} cases`, () => {
    for (const c of cases) {
      it(`${c.verdict}${c.days != null ? ` (${c.days} days)` : ''}${c.value != null ? ` (age ${c.value})` : ''}: ${c.text}`, () => {
        const finding = (analyze(c.text).practices as Record<string, any>)[practice];
        expect(finding.verdict).toBe(c.verdict);
        if (c.days !== undefined) expect(finding.days).toBe(c.days);
        if (c.value !== undefined) expect(finding.value).toBe(c.value);
        if (c.trackers) expect([...finding.trackers].sort()).toEqual([...c.trackers].sort());
        if (c.verdict !== 'not-mentioned') {
          expect(finding.evidence.length).toBeGreaterThan(0);
          for (const e of finding.evidence) expect(c.text.slice(e.start, e.end)).toBe(e.text);
        }
      });
    }
  });
}
