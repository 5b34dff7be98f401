import { describe, expect, it } from 'vitest';
import { analyze, PRACTICE_LIST } from '../analyzer/index';
import { findDurations, readAge } from '../analyzer/numbers';
import { LONG_SUBJECT, WARM_UP_PASSAGES } from '../analyzer/warm-up';

describe('analyzer warm-up (cold-start cost)', () => {
  it('passages are long enough for V8 to compile machine code at once', () => {
    for (const text of WARM_UP_PASSAGES) expect(text.length).toBeGreaterThanOrEqual(LONG_SUBJECT);
  });

  it("reaches every practice's judge: each passes the candidate filter and gives at least one finding", () => {
    for (const practice of PRACTICE_LIST) {
      const hits = WARM_UP_PASSAGES.flatMap((text) => {
        if (!practice.candidate.test(text)) return [];
        const sentence = { text, start: 0, end: text.length, heading: '', isHeading: false };
        return practice.judge(sentence, { text, sentences: [sentence], numbers: { findDurations, readAge } });
      });
      expect(hits.length, practice.id).toBeGreaterThan(0);
    }
  });

  it('changes no result: the first analysis in a process equals the next one', () => {
    const text = 'Privacy Policy\nWe do not sell your personal information. We use Google Analytics cookies.\nLogs are deleted after 30 days. Children under 13 may not use the service.';
    const strip = (r: ReturnType<typeof analyze>) => ({ ...r, analyzedAt: '' });
    const first = strip(analyze(text));
    expect(strip(analyze(text))).toEqual(first);
    expect(first.practices.selling.verdict).toBe('does-not-sell');
    expect(first.practices.retention).toMatchObject({ verdict: 'period', days: 30 });
  });
});
