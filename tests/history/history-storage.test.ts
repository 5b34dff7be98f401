import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sanitizeHistory } from '../../utils/history/history-sanitize';
import type { PolicySnapshot } from '../../utils/history/snapshot';

// WXT migrates when the item is defined (module load): each case stores first, then loads a fresh module.
async function loadWith(stored: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(stored);
  vi.resetModules();
  const store = await import('../../utils/history/history-store');
  await store.historyItem.migrate();
  return store;
}

const version = (hash: string, at: string): PolicySnapshot => ({ hash, seenAt: at, lastSeenAt: at, analyzerVersion: '0.1.0', wordCount: 10, practices: { selling: { verdict: 'sells', confidence: 0.9, evidence: ['We sell data.'] } } });
const record = (url: string) => ({ url, site: new URL(url).hostname, title: 'Privacy', versions: [version('h1', '2026-01-01T00:00:00.000Z')] });

beforeEach(() => {
  vi.stubGlobal('chrome', fakeBrowser);
  fakeBrowser.reset();
});
afterAll(() => vi.unstubAllGlobals());

describe('stored history: versioned, migrated without loss, survives an update', () => {
  it('an unversioned value (read as v1) keeps every valid record, drops malformed ones, and is marked with the current version', async () => {
    const good = record('https://a.example/privacy');
    const store = await loadWith({ history: { policies: [good, { url: 42 }, 'junk', { ...record('https://b.example/p'), versions: [{ hash: 1 }] }, { ...record('https://c.example/p'), watch: { since: '2026-02-01', lastError: 7 } }] } });
    const raw = await fakeBrowser.storage.local.get(['history', 'history$']);
    expect(raw.history$).toMatchObject({ v: store.HISTORY_VERSION });
    const loaded = await store.loadHistory();
    expect(loaded.policies.map((p) => p.url)).toEqual(['https://a.example/privacy', 'https://c.example/p']);
    expect(loaded.policies[0]).toEqual(good);
    expect(loaded.policies[1]!.watch).toEqual({ since: '2026-02-01' });
  });

  it('a current value is read as is after a reload of the extension (an update)', async () => {
    const value = { policies: [record('https://a.example/privacy')] };
    const first = await loadWith({});
    await first.historyItem.setValue(value);
    const after = await loadWith({});
    expect(await after.loadHistory()).toEqual(value);
  });

  it('has a migration for every version step up to the current one', async () => {
    const store = await loadWith({});
    for (let v = 2; v <= store.HISTORY_VERSION; v++) expect(typeof store.HISTORY_MIGRATIONS[v as 2]).toBe('function');
  });

  it('garbage of any shape becomes an empty history, never a crash', () => {
    for (const bad of [null, 42, 'x', [], { policies: 'no' }, { policies: [null, [], 1] }]) expect(sanitizeHistory(bad)).toEqual({ policies: [] });
  });

  it('concurrent saves are applied one after another: none is lost', async () => {
    const store = await loadWith({});
    await Promise.all(['a', 'b', 'c', 'd'].map((s) => store.rememberSnapshot({ url: `https://${s}.example/p`, site: `${s}.example`, title: s, snapshot: version(`h-${s}`, '2026-01-01T00:00:00.000Z') })));
    expect((await store.loadHistory()).policies.map((p) => p.site).sort()).toEqual(['a.example', 'b.example', 'c.example', 'd.example']);
    await store.clearHistory();
    expect((await store.loadHistory()).policies).toEqual([]);
  });
});
