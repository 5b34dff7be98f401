import { storage } from 'wxt/utils/storage';
import { EMPTY_HISTORY, recordAnalysis, type History, type PolicyChange, type PolicyRecord } from './history-model';
import { sanitizeHistory } from './history-sanitize';
import type { PolicySnapshot } from './snapshot';

/**
 * Stored-shape versions, run by WXT once per stored value (its version sits under `history$`).
 * v1 is any value without a version marker (WXT reads it as v1): trusted in no part, it is sanitized once
 * into v2, keeping every valid record. A later shape change adds `3: (v2) => …` and bumps HISTORY_VERSION.
 */
export const HISTORY_VERSION = 2;
export const HISTORY_MIGRATIONS = { 2: (v1: unknown): History => sanitizeHistory(v1) };

export const historyItem = storage.defineItem<History>('local:history', { fallback: EMPTY_HISTORY, version: HISTORY_VERSION, migrations: HISTORY_MIGRATIONS });

// Every change is read-modify-write of one value: run them one after another so none is lost.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function loadHistory(): Promise<History> {
  return sanitizeHistory(await historyItem.getValue());
}

export function updateHistory(update: (history: History) => History): Promise<History> {
  return serial(async () => {
    const next = update(await loadHistory());
    await historyItem.setValue(next);
    return next;
  });
}

export function rememberSnapshot(entry: { url: string; site: string; title: string; snapshot: PolicySnapshot }, by: 'user' | 'watch' = 'user'): Promise<PolicyChange> {
  let change: PolicyChange = { state: 'first-visit' };
  return updateHistory((history) => {
    const result = recordAnalysis(history, entry, by);
    change = result.change;
    return result.history;
  }).then(() => change);
}

export function findPolicy(history: History, url: string): PolicyRecord | undefined {
  return history.policies.find((p) => p.url === url);
}

/** "Clear history": every remembered policy goes (watching included). */
export function clearHistory(): Promise<void> {
  return serial(() => historyItem.setValue({ policies: [] }));
}
