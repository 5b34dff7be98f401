/**
 * The remembered policies and the rules that keep them bounded (pure: the storage item in `history-store.ts`
 * holds one `History` value).
 */
import { diffSnapshots, type EvidenceChange, type VerdictChange } from './diff';
import type { PolicySnapshot } from './snapshot';

export type WatchState = {
  /** When the user turned watching on (ISO). */
  since: string;
  lastCheckedAt?: string;
  /** Why the last check could not compare (network, not a policy any more…), shown on the history page. */
  lastError?: string;
};

/** A version as stored: `unseen` when a background check found it and the user has not opened it since. */
export type StoredVersion = PolicySnapshot & { unseen?: boolean };

export type PolicyRecord = {
  /** Normalized URL (`normalizePolicyUrl`): the key. */
  url: string;
  site: string;
  title: string;
  /** Oldest first. */
  versions: StoredVersion[];
  watch?: WatchState;
};

/** Newest (last seen) first. */
export type History = { policies: PolicyRecord[] };

export const EMPTY_HISTORY: History = { policies: [] };
/** Policies remembered; beyond it the least recently seen is dropped. */
export const MAX_POLICIES = 500;
/** Versions kept per policy; beyond it the oldest is dropped. */
export const MAX_VERSIONS = 20;
/** Size of the whole history as JSON; beyond it the least recently seen policies are dropped (storage.local allows 10 MB). */
export const MAX_HISTORY_CHARS = 4_000_000;

/** What the popup shows above the report. */
export type PolicyChange =
  | { state: 'first-visit' }
  | {
      state: 'unchanged' | 'changed';
      /** When the user last read the version compared against (ISO). */
      since: string;
      /** Same text, but the verdicts or evidence moved because PolicyLens's analyzer changed. */
      analyzerImproved: boolean;
      verdicts: VerdictChange[];
      evidence: EvidenceChange[];
    };

export type Limits = { maxPolicies: number; maxVersions: number; maxChars: number };
export const LIMITS: Limits = { maxPolicies: MAX_POLICIES, maxVersions: MAX_VERSIONS, maxChars: MAX_HISTORY_CHARS };

/** One analysis to record: the normalized URL, its site and title, and the snapshot. */
export type Entry = { url: string; site: string; title: string; snapshot: PolicySnapshot };

/**
 * Adds an analysis to one policy's record. `by: 'user'`: the user read it (the popup); the comparison is against
 * the last version the user saw. `by: 'watch'`: a background check; a new version is kept as unseen.
 */
export function recordVersion(
  existing: PolicyRecord | undefined,
  entry: Entry,
  by: 'user' | 'watch' = 'user',
  maxVersions = MAX_VERSIONS,
): { record: PolicyRecord; change: PolicyChange } {
  const snapshot: StoredVersion = by === 'watch' ? { ...entry.snapshot, unseen: true } : entry.snapshot;
  if (!existing || existing.versions.length === 0) {
    return {
      record: {
        url: entry.url,
        site: entry.site,
        title: entry.title,
        versions: [snapshot],
        ...(existing?.watch ? { watch: existing.watch } : {}),
      },
      change: { state: 'first-visit' },
    };
  }
  let change: PolicyChange;
  const versions = existing.versions.slice();
  const latest = versions[versions.length - 1]!;
  const seen = [...versions].reverse().find((v) => !v.unseen) ?? latest;
  if (latest.hash === snapshot.hash) {
    const diff = diffSnapshots(latest, snapshot);
    const improved = diff.verdicts.length > 0 || diff.evidence.length > 0;
    // The same text: one version, with the newest analyzer's reading of it.
    versions[versions.length - 1] = { ...snapshot, seenAt: latest.seenAt, ...(by === 'watch' && latest.unseen ? { unseen: true } : {}) };
    const againstSeen = seen === latest ? diff : diffSnapshots(seen, snapshot);
    change = {
      state: againstSeen.textChanged ? 'changed' : 'unchanged',
      since: seen.lastSeenAt,
      analyzerImproved: improved && !againstSeen.textChanged,
      verdicts: againstSeen.verdicts,
      evidence: againstSeen.evidence,
    };
  } else {
    versions.push(snapshot);
    const diff = diffSnapshots(seen, snapshot);
    change = {
      state: diff.textChanged ? 'changed' : 'unchanged',
      since: seen.lastSeenAt,
      analyzerImproved: false,
      verdicts: diff.verdicts,
      evidence: diff.evidence,
    };
  }
  // Reading it marks every version as seen.
  const marked = by === 'user' ? versions.map(({ unseen: _unseen, ...v }) => v) : versions;
  return { record: { ...existing, title: entry.title || existing.title, versions: marked.slice(-maxVersions) }, change };
}

/** `recordVersion` over a whole history held in memory: the record moves first, then the bounds apply. */
export function recordAnalysis(
  history: History,
  entry: Entry,
  by: 'user' | 'watch' = 'user',
  limits: Limits = LIMITS,
): { history: History; change: PolicyChange } {
  const existing = history.policies.find((p) => p.url === entry.url);
  const { record, change } = recordVersion(existing, entry, by, limits.maxVersions);
  return { history: bounded({ policies: [record, ...history.policies.filter((p) => p !== existing)] }, limits), change };
}

/** Drops the least recently seen policies until both the count and the size bounds hold. */
export function bounded(history: History, limits: Limits = LIMITS): History {
  const policies = history.policies.slice(0, limits.maxPolicies);
  let size = JSON.stringify(policies).length;
  while (size > limits.maxChars && policies.length > 1) size -= JSON.stringify(policies.pop()).length + 1;
  return { policies };
}

export function latestVersion(record: PolicyRecord): StoredVersion {
  return record.versions[record.versions.length - 1]!;
}

/** When the policy was last seen, by the user or a check. */
export function lastSeen(record: PolicyRecord): string {
  return latestVersion(record).lastSeenAt;
}

/** Policies whose site, address or title contains the query (case-insensitive), newest first. */
export function searchHistory(history: History, query: string): PolicyRecord[] {
  const q = query.trim().toLowerCase();
  if (!q) return history.policies;
  return history.policies.filter(
    (p) => p.site.toLowerCase().includes(q) || p.url.toLowerCase().includes(q) || p.title.toLowerCase().includes(q),
  );
}

export function updateRecord(history: History, url: string, update: (record: PolicyRecord) => PolicyRecord): History {
  return { policies: history.policies.map((p) => (p.url === url ? update(p) : p)) };
}

/**
 * The stored index: one small line per policy (what the list shows), so that an analysis reads and writes one
 * policy's record and this index, never the whole history (500 full records are megabytes: ~1 s to read and write).
 */
export type IndexEntry = {
  url: string;
  /** Storage key suffix of the policy's record. */
  key: string;
  site: string;
  title: string;
  lastSeenAt: string;
  versions: number;
  watched: boolean;
  unseen: boolean;
  /** Size of the record as JSON, for the size bound. */
  chars: number;
};
export type HistoryIndex = { policies: IndexEntry[] };

export function indexEntryOf(record: PolicyRecord, key: string): IndexEntry {
  return {
    url: record.url,
    key,
    site: record.site,
    title: record.title,
    lastSeenAt: lastSeen(record),
    versions: record.versions.length,
    watched: Boolean(record.watch),
    unseen: record.versions.some((v) => v.unseen),
    chars: JSON.stringify(record).length,
  };
}

/** Puts an entry first (or in place, `keepOrder`) and applies the count and size bounds; says which entries went. */
export function placeInIndex(
  index: HistoryIndex,
  entry: IndexEntry,
  limits: Limits = LIMITS,
  keepOrder = false,
): { index: HistoryIndex; dropped: IndexEntry[] } {
  const at = index.policies.findIndex((p) => p.url === entry.url);
  const policies =
    keepOrder && at >= 0
      ? index.policies.map((p, i) => (i === at ? entry : p))
      : [entry, ...index.policies.filter((p) => p.url !== entry.url)];
  const dropped = policies.splice(limits.maxPolicies);
  let size = policies.reduce((n, p) => n + p.chars, 0);
  while (size > limits.maxChars && policies.length > 1) {
    const last = policies.pop()!;
    size -= last.chars;
    dropped.push(last);
  }
  return { index: { policies }, dropped };
}
