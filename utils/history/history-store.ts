import { storage } from 'wxt/utils/storage';
import {
  indexEntryOf,
  LIMITS,
  placeInIndex,
  recordVersion,
  type Entry,
  type History,
  type HistoryIndex,
  type PolicyChange,
  type PolicyRecord,
} from './history-model';
import { sanitizeIndex, sanitizeRecord } from './history-sanitize';
import { textHash } from './text-hash';

/**
 * Stored-shape versions of the index, run by WXT once per stored value (its version sits under `history$`).
 * v1 is any value without a version marker (WXT reads it as v1): trusted in no part, it is sanitized once
 * into v2, keeping every valid entry. A later shape change adds `3: (v2) => …` and bumps HISTORY_VERSION.
 */
export const HISTORY_VERSION = 2;
export const HISTORY_MIGRATIONS = { 2: (v1: unknown): HistoryIndex => sanitizeIndex(v1) };

/** The index (`local:history`): one line per policy; each policy's versions are in `local:policy-<key>`. */
export const historyItem = storage.defineItem<HistoryIndex>('local:history', {
  fallback: { policies: [] },
  version: HISTORY_VERSION,
  migrations: HISTORY_MIGRATIONS,
});
const recordStorageKey = (key: string) => `local:policy-${key}` as const;

/** A policy's record key: the start of the SHA-256 of its normalized URL (fixed length, no URL characters in keys). */
export async function policyKey(url: string): Promise<string> {
  return (await textHash(url)).slice(0, 32);
}

// Every change is read-modify-write: run them one after another so none is lost.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function loadIndex(): Promise<HistoryIndex> {
  return sanitizeIndex(await historyItem.getValue());
}

async function loadRecord(key: string): Promise<PolicyRecord | undefined> {
  return sanitizeRecord(await storage.getItem(recordStorageKey(key))) ?? undefined;
}

/** Every remembered policy with its versions, newest first (the history page, exports); after pending writes. */
export function loadHistory(): Promise<History> {
  return serial(readHistory);
}

async function readHistory(): Promise<History> {
  const index = await loadIndex();
  if (index.policies.length === 0) return { policies: [] };
  const items = await storage.getItems(index.policies.map((p) => recordStorageKey(p.key)));
  const byKey = new Map(items.map((item) => [item.key, sanitizeRecord(item.value)]));
  return { policies: index.policies.map((p) => byKey.get(recordStorageKey(p.key))).filter((r): r is PolicyRecord => Boolean(r)) };
}

/** The policies being watched (the weekly check); after pending writes. */
export function watchedPolicies(): Promise<PolicyRecord[]> {
  return serial(async () => {
    const index = await loadIndex();
    const records = await Promise.all(index.policies.filter((p) => p.watched).map((p) => loadRecord(p.key)));
    return records.filter((r): r is PolicyRecord => Boolean(r?.watch));
  });
}

async function write(index: HistoryIndex, record: PolicyRecord, key: string, moveFirst: boolean): Promise<HistoryIndex> {
  const placed = placeInIndex(index, indexEntryOf(record, key), LIMITS, !moveFirst);
  await storage.setItem(recordStorageKey(key), record);
  if (placed.dropped.length) await storage.removeItems(placed.dropped.map((p) => recordStorageKey(p.key)));
  await historyItem.setValue(placed.index);
  return placed.index;
}

/**
 * Records an analysis. The change is known once the one record is read, so it is returned then, while the
 * write finishes in the queue: the popup does not wait for storage.
 */
export function rememberSnapshot(entry: Entry, by: 'user' | 'watch' = 'user'): Promise<PolicyChange> {
  return new Promise<PolicyChange>((resolve, reject) => {
    serial(async () => {
      const key = await policyKey(entry.url);
      // Only the one record is read before answering; the index is read for the write.
      const existing = await loadRecord(key);
      const { record, change } = recordVersion(existing, entry, by, LIMITS.maxVersions);
      resolve(change);
      await write(await loadIndex(), record, key, by === 'user' || !existing);
    }).catch(reject);
  });
}

/** Changes one remembered policy (watching on or off, the last check); undefined when it is not remembered. */
export function updatePolicy(url: string, update: (record: PolicyRecord) => PolicyRecord): Promise<PolicyRecord | undefined> {
  return serial(async () => {
    const key = await policyKey(url);
    const [index, existing] = await Promise.all([loadIndex(), loadRecord(key)]);
    if (!existing) return undefined;
    const record = update(existing);
    await write(index, record, key, false);
    return record;
  });
}

/** "Clear history": every remembered policy goes (watching included). */
export function clearHistory(): Promise<void> {
  return serial(async () => {
    const index = await loadIndex();
    await storage.removeItems(index.policies.map((p) => recordStorageKey(p.key)));
    await historyItem.setValue({ policies: [] });
  });
}
