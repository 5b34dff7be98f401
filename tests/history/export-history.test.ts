import { describe, expect, it } from 'vitest';
import { csvCell, historyCsv, historyFileName, historyJson } from '../../utils/history/export-history';
import type { History } from '../../utils/history/history-model';

const history: History = {
  policies: [
    {
      url: 'https://a.example/privacy',
      site: 'a.example',
      title: '=HYPERLINK("http://evil.example","click") <script>alert(1)</script>',
      versions: [
        {
          hash: 'h1',
          seenAt: '2026-01-01',
          lastSeenAt: '2026-01-02',
          analyzerVersion: '0.1.0',
          wordCount: 10,
          practices: { selling: { verdict: 'does-not-sell', confidence: 0.9, evidence: ['We do not sell, "ever".'] } },
        },
        {
          hash: 'h2',
          seenAt: '2026-02-01',
          lastSeenAt: '2026-02-01',
          analyzerVersion: '0.1.0',
          wordCount: 12,
          practices: { selling: { verdict: 'sells', confidence: 0.9, evidence: [] } },
        },
      ],
    },
  ],
};

describe('history exports', () => {
  it('CSV: a header, one row per version, a verdict column per practice, formulas defused, quotes escaped', () => {
    const lines = historyCsv(history, ['tracking', 'selling']).trimEnd().split('\r\n');
    expect(lines[0]).toBe('site,url,title,version,first_seen,last_seen,text_sha256,analyzer_version,tracking,selling');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") <script>alert(1)</script>"`);
    expect(lines[1]!.endsWith(',,does-not-sell')).toBe(true);
    expect(lines[2]!.endsWith(',,sells')).toBe(true);
  });

  it('csvCell: plain values stay, formula starts get an apostrophe, separators are quoted', () => {
    expect(csvCell('a.example')).toBe('a.example');
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(f).startsWith("'") || csvCell(f).startsWith(`"'`)).toBe(true);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('JSON: the stored data, parseable, with no raw < > &', () => {
    const json = historyJson(history, new Date('2026-03-01T00:00:00Z'));
    expect(json).not.toMatch(/[<>&]/);
    const parsed = JSON.parse(json) as { exportedAt: string; policies: History['policies'] };
    expect(parsed.exportedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(parsed.policies).toEqual(history.policies);
  });

  it('file names carry the day', () => {
    expect(historyFileName('csv', new Date(2026, 2, 4))).toBe('policylens-history-2026-03-04.csv');
  });
});
