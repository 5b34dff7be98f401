import { describe, expect, it } from 'vitest';
import { diffSnapshots, evidenceDiff } from '../../utils/history/diff';
import {
  bounded,
  EMPTY_HISTORY,
  indexEntryOf,
  placeInIndex,
  recordAnalysis,
  searchHistory,
  type History,
  type HistoryIndex,
  type Limits,
} from '../../utils/history/history-model';
import type { PolicySnapshot } from '../../utils/history/snapshot';

function snap(hash: string, at: string, practices: Record<string, [string, string[]]>, analyzerVersion = '1.0.0'): PolicySnapshot {
  return {
    hash,
    seenAt: at,
    lastSeenAt: at,
    analyzerVersion,
    wordCount: 100,
    practices: Object.fromEntries(
      Object.entries(practices).map(([id, [verdict, evidence]]) => [id, { verdict, confidence: 0.9, evidence }]),
    ),
  };
}
const entry = (url: string, snapshot: PolicySnapshot) => ({ url, site: new URL(url).hostname, title: `Policy of ${url}`, snapshot });
const URL_A = 'https://a.example/privacy';
const DENY = 'We do not sell your personal information.';
const SELL = 'We may share your data for cross-context behavioral advertising.';

describe('diffSnapshots', () => {
  it('lists changed verdicts and the evidence added and removed per practice', () => {
    const before = snap('h1', '2026-01-01', { selling: ['does-not-sell', [DENY]], age: ['minimum-age', ['Users must be 13 or older.']] });
    const after = snap('h2', '2026-02-01', { selling: ['sells', [SELL]], age: ['minimum-age', ['Users must be 13 or older.']] });
    const diff = diffSnapshots(before, after);
    expect(diff).toEqual({
      textChanged: true,
      analyzerChanged: false,
      verdicts: [{ practice: 'selling', before: 'does-not-sell', after: 'sells' }],
      evidence: [{ practice: 'selling', added: [SELL], removed: [DENY] }],
    });
  });

  it('a practice only one version knows counts as not mentioned in the other', () => {
    const diff = diffSnapshots(snap('h', 'x', {}), snap('h', 'y', { dnt: ['honoured', ['We honour Global Privacy Control.']] }, '2.0.0'));
    expect(diff.verdicts).toEqual([{ practice: 'dnt', before: 'not-mentioned', after: 'honoured' }]);
    expect(diff.textChanged).toBe(false);
    expect(diff.analyzerChanged).toBe(true);
  });

  it('evidence that differs only in typography or spacing is the same sentence', () => {
    expect(evidenceDiff(['We don\u2019t  sell data.'], ["We don't sell data."])).toEqual({ added: [], removed: [] });
    expect(evidenceDiff(['A.', 'B.'], ['B.', 'C.', 'C.'])).toEqual({ added: ['C.'], removed: ['A.'] });
  });
});

describe('recordAnalysis', () => {
  it('first visit, then unchanged (same hash), then changed (new hash) against the last read date', () => {
    let { history, change } = recordAnalysis(
      EMPTY_HISTORY,
      entry(URL_A, snap('h1', '2026-01-01T00:00:00Z', { selling: ['does-not-sell', [DENY]] })),
    );
    expect(change).toEqual({ state: 'first-visit' });
    ({ history, change } = recordAnalysis(
      history,
      entry(URL_A, snap('h1', '2026-01-05T00:00:00Z', { selling: ['does-not-sell', [DENY]] })),
    ));
    expect(change).toEqual({ state: 'unchanged', since: '2026-01-01T00:00:00Z', analyzerImproved: false, verdicts: [], evidence: [] });
    expect(history.policies[0]!.versions).toHaveLength(1);
    expect(history.policies[0]!.versions[0]).toMatchObject({ seenAt: '2026-01-01T00:00:00Z', lastSeenAt: '2026-01-05T00:00:00Z' });
    ({ history, change } = recordAnalysis(history, entry(URL_A, snap('h2', '2026-02-01T00:00:00Z', { selling: ['sells', [SELL]] }))));
    expect(change).toMatchObject({
      state: 'changed',
      since: '2026-01-05T00:00:00Z',
      verdicts: [{ practice: 'selling', before: 'does-not-sell', after: 'sells' }],
    });
    expect(history.policies[0]!.versions.map((v) => v.hash)).toEqual(['h1', 'h2']);
  });

  it('same text, newer analyzer, other verdicts: the analyzer improved, the policy did not change', () => {
    const { history } = recordAnalysis(EMPTY_HISTORY, entry(URL_A, snap('h1', '2026-01-01', { selling: ['not-mentioned', []] }, '1.0.0')));
    const { history: next, change } = recordAnalysis(
      history,
      entry(URL_A, snap('h1', '2026-03-01', { selling: ['does-not-sell', [DENY]] }, '1.1.0')),
    );
    expect(change).toMatchObject({
      state: 'unchanged',
      analyzerImproved: true,
      verdicts: [{ practice: 'selling', before: 'not-mentioned', after: 'does-not-sell' }],
    });
    // One version, now with the newer reading.
    expect(next.policies[0]!.versions).toHaveLength(1);
    expect(next.policies[0]!.versions[0]).toMatchObject({ analyzerVersion: '1.1.0', seenAt: '2026-01-01' });
  });

  it('a change found by a background check stays "changed" for the user until read', () => {
    let { history } = recordAnalysis(EMPTY_HISTORY, entry(URL_A, snap('h1', '2026-01-01', { selling: ['does-not-sell', [DENY]] })));
    let change;
    ({ history, change } = recordAnalysis(history, entry(URL_A, snap('h2', '2026-01-08', { selling: ['sells', [SELL]] })), 'watch'));
    expect(change.state).toBe('changed');
    expect(history.policies[0]!.versions[1]!.unseen).toBe(true);
    // The user opens the policy: same text as the watched version, but still new to them.
    ({ history, change } = recordAnalysis(history, entry(URL_A, snap('h2', '2026-01-09', { selling: ['sells', [SELL]] }))));
    expect(change).toMatchObject({
      state: 'changed',
      since: '2026-01-01',
      verdicts: [{ practice: 'selling', before: 'does-not-sell', after: 'sells' }],
    });
    expect(history.policies[0]!.versions.some((v) => v.unseen)).toBe(false);
    ({ change } = recordAnalysis(history, entry(URL_A, snap('h2', '2026-01-10', { selling: ['sells', [SELL]] }))));
    expect(change.state).toBe('unchanged');
  });

  it('keeps the most recently seen policy first', () => {
    let history: History = EMPTY_HISTORY;
    for (const url of ['https://a.example/p', 'https://b.example/p', 'https://a.example/p'])
      history = recordAnalysis(history, entry(url, snap('h', '2026-01-01', {}))).history;
    expect(history.policies.map((p) => p.url)).toEqual(['https://a.example/p', 'https://b.example/p']);
  });
});

describe('bounds', () => {
  const small: Limits = { maxPolicies: 3, maxVersions: 2, maxChars: 1_000_000 };

  it('at most maxPolicies policies: the least recently seen is dropped', () => {
    let history: History = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++)
      history = recordAnalysis(history, entry(`https://s${i}.example/p`, snap('h', `2026-01-0${i + 1}`, {})), 'user', small).history;
    expect(history.policies.map((p) => p.site)).toEqual(['s4.example', 's3.example', 's2.example']);
  });

  it('at most maxVersions versions per policy: the oldest is dropped', () => {
    let history: History = EMPTY_HISTORY;
    for (let i = 0; i < 4; i++)
      history = recordAnalysis(history, entry(URL_A, snap(`h${i}`, `2026-01-0${i + 1}`, {})), 'user', small).history;
    expect(history.policies[0]!.versions.map((v) => v.hash)).toEqual(['h2', 'h3']);
  });

  it('at most maxChars of JSON: least recently seen policies go until it fits, the newest always stays', () => {
    const big = (i: number) => entry(`https://s${i}.example/p`, snap('h', '2026', { sharing: ['third-parties', ['x'.repeat(400)]] }));
    let history: History = EMPTY_HISTORY;
    const limits = { maxPolicies: 500, maxVersions: 20, maxChars: 2_000 };
    for (let i = 0; i < 10; i++) history = recordAnalysis(history, big(i), 'user', limits).history;
    expect(JSON.stringify(history.policies).length).toBeLessThanOrEqual(2_000);
    expect(history.policies[0]!.site).toBe('s9.example');
    expect(history.policies.length).toBeGreaterThan(1);
    expect(history.policies.length).toBeLessThan(10);
    expect(bounded({ policies: [history.policies[0]!] }, { ...limits, maxChars: 10 }).policies).toHaveLength(1);
  });
});

describe('searchHistory', () => {
  it('finds by site, address or title, case-insensitively; an empty query lists all', () => {
    let history: History = EMPTY_HISTORY;
    for (const url of ['https://shop.example/privacy', 'https://news.example/legal/privacy'])
      history = recordAnalysis(history, entry(url, snap('h', '2026', {}))).history;
    expect(searchHistory(history, 'SHOP').map((p) => p.site)).toEqual(['shop.example']);
    expect(searchHistory(history, 'legal').map((p) => p.site)).toEqual(['news.example']);
    expect(searchHistory(history, '  ')).toHaveLength(2);
    expect(searchHistory(history, 'nowhere')).toHaveLength(0);
  });
});

describe('the stored index (one line per policy)', () => {
  const line = (i: number, chars = 100) => ({
    url: `https://s${i}.example/p`,
    key: `k${i}`.padEnd(8, '0'),
    site: `s${i}.example`,
    title: '',
    lastSeenAt: '',
    versions: 1,
    watched: false,
    unseen: false,
    chars,
  });

  it('indexEntryOf sums up a record: versions, watched, unseen, size', () => {
    const { history } = recordAnalysis(EMPTY_HISTORY, entry(URL_A, snap('h1', '2026-01-01', { selling: ['sells', [SELL]] })));
    const record = { ...history.policies[0]!, watch: { since: '2026-01-02' } };
    expect(indexEntryOf(record, 'abcdef12')).toEqual({
      url: URL_A,
      key: 'abcdef12',
      site: 'a.example',
      title: `Policy of ${URL_A}`,
      lastSeenAt: '2026-01-01',
      versions: 1,
      watched: true,
      unseen: false,
      chars: JSON.stringify(record).length,
    });
  });

  it('placeInIndex puts the entry first, bounds count and total size, and names what went', () => {
    let index: HistoryIndex = { policies: [] };
    const limits = { maxPolicies: 3, maxVersions: 20, maxChars: 1_000 };
    const gone: string[] = [];
    for (let i = 0; i < 5; i++) {
      const placed = placeInIndex(index, line(i), limits);
      index = placed.index;
      gone.push(...placed.dropped.map((d) => d.site));
    }
    expect(index.policies.map((p) => p.site)).toEqual(['s4.example', 's3.example', 's2.example']);
    expect(gone).toEqual(['s0.example', 's1.example']);
    const big = placeInIndex(index, line(9, 950), limits);
    expect(big.index.policies.map((p) => p.site)).toEqual(['s9.example']);
    expect(big.dropped.map((p) => p.site)).toEqual(['s2.example', 's3.example', 's4.example']);
    // keepOrder: a background check updates a line where it is.
    const kept = placeInIndex(index, { ...line(3), watched: true }, limits, true);
    expect(kept.index.policies.map((p) => [p.site, p.watched])).toEqual([
      ['s4.example', false],
      ['s3.example', true],
      ['s2.example', false],
    ]);
  });
});
