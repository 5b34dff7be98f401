import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sanitizeHistory, sanitizeIndex } from '../../utils/history/history-sanitize';
import type { PolicySnapshot } from '../../utils/history/snapshot';

// WXT migrates when the item is defined (module load): each case stores first, then loads a fresh module.
async function loadWith(stored: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(stored);
  vi.resetModules();
  const store = await import('../../utils/history/history-store');
  await store.historyItem.migrate();
  return store;
}

const version = (hash: string, at: string): PolicySnapshot => ({
  hash,
  seenAt: at,
  lastSeenAt: at,
  analyzerVersion: '0.1.0',
  wordCount: 10,
  practices: { selling: { verdict: 'sells', confidence: 0.9, evidence: ['We sell data.'] } },
});
const record = (url: string) => ({
  url,
  site: new URL(url).hostname,
  title: 'Privacy',
  versions: [version('h1', '2026-01-01T00:00:00.000Z')],
});
const entry = (url: string, key: string) => ({
  url,
  key,
  site: new URL(url).hostname,
  title: 'Privacy',
  lastSeenAt: '2026-01-01T00:00:00.000Z',
  versions: 1,
  watched: false,
  unseen: false,
  chars: 300,
});
const snapshotEntry = (url: string, hash = 'h1', at = '2026-01-01T00:00:00.000Z') => ({
  url,
  site: new URL(url).hostname,
  title: 'Privacy',
  snapshot: version(hash, at),
});

beforeEach(() => {
  vi.stubGlobal('chrome', fakeBrowser);
  fakeBrowser.reset();
});
afterAll(() => vi.unstubAllGlobals());

describe('stored history: an index plus one record per policy, versioned, migrated without loss', () => {
  it('an unversioned index (read as v1) keeps every valid entry, drops malformed ones, and is marked with the current version', async () => {
    const store0 = await loadWith({});
    const [ka, kc] = await Promise.all(['https://a.example/privacy', 'https://c.example/p'].map((u) => store0.policyKey(u)));
    const store = await loadWith({
      history: {
        policies: [
          entry('https://a.example/privacy', ka!),
          { url: 42 },
          'junk',
          { ...entry('https://b.example/p', 'not-hex!') },
          entry('https://c.example/p', kc!),
        ],
      },
      [`policy-${ka}`]: record('https://a.example/privacy'),
      // A record that lost its versions: skipped, the rest still loads.
      [`policy-${kc}`]: { ...record('https://c.example/p'), versions: [{ hash: 1 }] },
    });
    const raw = await fakeBrowser.storage.local.get(['history', 'history$']);
    expect(raw.history$).toMatchObject({ v: store.HISTORY_VERSION });
    expect((raw.history as { policies: { url: string }[] }).policies.map((p) => p.url)).toEqual([
      'https://a.example/privacy',
      'https://c.example/p',
    ]);
    expect(await store.loadHistory()).toEqual({ policies: [record('https://a.example/privacy')] });
  });

  it('what was remembered is read back after a reload of the extension (an update), newest first', async () => {
    const first = await loadWith({});
    await first.rememberSnapshot(snapshotEntry('https://a.example/privacy'));
    await first.rememberSnapshot(snapshotEntry('https://b.example/privacy'));
    await first.rememberSnapshot(snapshotEntry('https://a.example/privacy', 'h2', '2026-02-01T00:00:00.000Z'));
    await first.updatePolicy('https://b.example/privacy', (r) => r); // waits for the queued writes
    const after = await loadWith({});
    const history = await after.loadHistory();
    expect(history.policies.map((p) => [p.url, p.versions.map((v) => v.hash)])).toEqual([
      ['https://a.example/privacy', ['h1', 'h2']],
      ['https://b.example/privacy', ['h1']],
    ]);
  });

  it('has a migration for every version step up to the current one', async () => {
    const store = await loadWith({});
    for (let v = 2; v <= store.HISTORY_VERSION; v++) expect(typeof store.HISTORY_MIGRATIONS[v as 2]).toBe('function');
  });

  it('garbage of any shape becomes an empty history or index, never a crash', () => {
    for (const bad of [null, 42, 'x', [], { policies: 'no' }, { policies: [null, [], 1] }]) {
      expect(sanitizeHistory(bad)).toEqual({ policies: [] });
      expect(sanitizeIndex(bad)).toEqual({ policies: [] });
    }
  });

  it('concurrent saves are applied one after another: none is lost; clearing removes every record', async () => {
    const store = await loadWith({});
    const changes = await Promise.all(['a', 'b', 'c', 'd'].map((s) => store.rememberSnapshot(snapshotEntry(`https://${s}.example/p`))));
    expect(changes.every((c) => c.state === 'first-visit')).toBe(true);
    await store.updatePolicy('https://a.example/p', (r) => r);
    expect((await store.loadHistory()).policies.map((p) => p.site).sort()).toEqual(['a.example', 'b.example', 'c.example', 'd.example']);
    await store.clearHistory();
    expect((await store.loadHistory()).policies).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('policy-'))).toEqual([]);
  });

  it('watching is stored on the record and listed by watchedPolicies', async () => {
    const store = await loadWith({});
    await store.rememberSnapshot(snapshotEntry('https://a.example/p'));
    await store.rememberSnapshot(snapshotEntry('https://b.example/p'));
    expect(await store.updatePolicy('https://nowhere.example/p', (r) => r)).toBeUndefined();
    await store.updatePolicy('https://b.example/p', (r) => ({ ...r, watch: { since: '2026-01-02T00:00:00.000Z' } }));
    expect((await store.watchedPolicies()).map((p) => p.url)).toEqual(['https://b.example/p']);
  });
});
