import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, recordAnalysis, updateRecord, type History } from '../../utils/history/history-model';
import { normalizePolicyText } from '../../utils/history/normalize-text';
import { snapshotOf } from '../../utils/history/snapshot';
import { textHash } from '../../utils/history/text-hash';
import { checkWatchedPolicies, type WatchDriver } from '../../utils/history/watch-check';
import { originPattern, WEEK_MINUTES, watchAlarmSchedule, watchPermissions } from '../../utils/history/watch-schedule';
import { analyze } from '../../analyzer/index';

const URL_A = 'https://a.example/privacy';
const URL_B = 'https://b.example/privacy';
const policy = (selling: string) =>
  [
    'Privacy Policy',
    'This privacy policy explains how we collect, use and share personal information when you use our services.',
    selling,
    'We retain your personal information for 90 days after you close your account.',
    'Contact us at privacy@a.example.',
  ].join('\n');
const DENY = 'We do not sell your personal information.';
const SELL = 'We may sell your personal information to marketing partners.';

async function seeded(): Promise<History> {
  let history: History = EMPTY_HISTORY;
  for (const url of [URL_A, URL_B]) {
    const text = policy(DENY);
    const snap = snapshotOf(
      analyze(text, { url, title: 'Privacy' }),
      await textHash(normalizePolicyText(text)),
      '0.1.0',
      '2026-01-01T00:00:00.000Z',
    );
    history = recordAnalysis(history, { url, site: new URL(url).hostname, title: 'Privacy', snapshot: snap }).history;
  }
  // Only A is watched.
  return { policies: history.policies.map((p) => (p.url === URL_A ? { ...p, watch: { since: '2026-01-01T00:00:00.000Z' } } : p)) };
}

function driver(initial: History, pages: Record<string, { status?: number; type?: string; body: string } | Error>) {
  let history = initial;
  const fetched: string[] = [];
  const d: WatchDriver = {
    watched: async () => history.policies.filter((p) => p.watch),
    updatePolicy: async (url, update) => (history = updateRecord(history, url, update)),
    fetchText: async (url) => {
      fetched.push(url);
      const page = pages[url];
      if (!page) throw new Error('unexpected fetch');
      if (page instanceof Error) throw page;
      return { ok: (page.status ?? 200) < 400, status: page.status ?? 200, contentType: page.type ?? 'text/plain', text: page.body };
    },
    // Plain-text pages: no HTML extraction needed in these tests.
    extract: async (html) => ({ text: html, title: null }),
    remember: async ({ text, report, url, title }) => {
      const snapshot = snapshotOf(report, await textHash(normalizePolicyText(text)), '0.1.0', '2026-01-08T00:00:00.000Z');
      const result = recordAnalysis(history, { url, site: new URL(url).hostname, title, snapshot }, 'watch');
      history = result.history;
      return result.change;
    },
    now: () => new Date('2026-01-08T00:00:00.000Z'),
  };
  return { driver: d, fetched, history: () => history };
}

describe('checkWatchedPolicies', () => {
  it('fetches only the watched policies, and records a changed one as an unseen version', async () => {
    const { driver: d, fetched, history } = driver(await seeded(), { [URL_A]: { body: policy(SELL) } });
    const results = await checkWatchedPolicies(d);
    expect(fetched).toEqual([URL_A]);
    expect(results).toHaveLength(1);
    expect(results[0]!.change).toMatchObject({
      state: 'changed',
      verdicts: expect.arrayContaining([{ practice: 'selling', before: 'does-not-sell', after: 'sells' }]),
    });
    const a = history().policies.find((p) => p.url === URL_A)!;
    expect(a.versions).toHaveLength(2);
    expect(a.versions[1]!.unseen).toBe(true);
    expect(a.watch).toEqual({ since: '2026-01-01T00:00:00.000Z', lastCheckedAt: '2026-01-08T00:00:00.000Z' });
  });

  it('an unchanged policy adds no version', async () => {
    const { driver: d, history } = driver(await seeded(), {
      [URL_A]: { body: policy(DENY).replace('Privacy Policy', 'Privacy Policy\nLast updated: January 7, 2026') },
    });
    const [result] = await checkWatchedPolicies(d);
    expect(result!.change?.state).toBe('unchanged');
    expect(history().policies.find((p) => p.url === URL_A)!.versions).toHaveLength(1);
  });

  it('a failed fetch, an error status, a non-HTML answer or a page that is no policy any more: noted, nothing recorded, no throw', async () => {
    for (const [page, message] of [
      [new Error('net::ERR_NAME_NOT_RESOLVED'), /ERR_NAME_NOT_RESOLVED/],
      [{ status: 404, body: 'gone' }, /answered 404/],
      [{ type: 'application/pdf', body: '%PDF' }, /no longer HTML/],
      [{ body: 'Welcome to our shop! Buy garden hoses, rakes and seeds at great prices today.' }, /no longer looks like a privacy policy/],
    ] as const) {
      const { driver: d, history } = driver(await seeded(), { [URL_A]: page as never });
      const [result] = await checkWatchedPolicies(d);
      expect(result!.error).toMatch(message);
      const a = history().policies.find((p) => p.url === URL_A)!;
      expect(a.versions).toHaveLength(1);
      expect(a.watch?.lastError).toMatch(message);
    }
  });
});

describe('watch schedule and permissions', () => {
  it('weekly, the first check 6 to 8 days out, spread by the random draw', () => {
    expect(watchAlarmSchedule(() => 0)).toEqual({ delayInMinutes: 6 * 24 * 60, periodInMinutes: WEEK_MINUTES });
    expect(watchAlarmSchedule(() => 1).delayInMinutes).toBe(8 * 24 * 60);
    expect(watchAlarmSchedule(() => 0.5).delayInMinutes).toBe(7 * 24 * 60);
  });

  it('asks for the policy’s own origin only (any port), plus alarms and offscreen on Chrome (Firefox has alarms from install)', () => {
    expect(watchPermissions('https://www.example.com:8443/legal/privacy?x=1', false)).toEqual({
      origins: ['https://www.example.com/*'],
      permissions: ['alarms', 'offscreen'],
    });
    expect(watchPermissions('http://example.com/p', true)).toEqual({ origins: ['http://example.com/*'], permissions: [] });
    expect(watchPermissions('file:///etc/passwd', false)).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});
