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

/**
 * Adds an analysis to the history. `by: 'user'`: the user read it (the popup); the comparison is against the
 * last version the user saw. `by: 'watch'`: a background check; a new version is kept as unseen.
 */
export function recordAnalysis(
  history: History,
  entry: { url: string; site: string; title: string; snapshot: PolicySnapshot },
  by: 'user' | 'watch' = 'user',
  limits: Limits = LIMITS,
): { history: History; change: PolicyChange } {
  const existing = history.policies.find((p) => p.url === entry.url);
  const others = history.policies.filter((p) => p !== existing);
  const snapshot: StoredVersion = by === 'watch' ? { ...entry.snapshot, unseen: true } : entry.snapshot;
  let record: PolicyRecord;
  let change: PolicyChange;
  if (!existing || existing.versions.length === 0) {
    record = { url: entry.url, site: entry.site, title: entry.title, versions: [snapshot], ...(existing?.watch ? { watch: existing.watch } : {}) };
    change = { state: 'first-visit' };
  } else {
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
      change = { state: diff.textChanged ? 'changed' : 'unchanged', since: seen.lastSeenAt, analyzerImproved: false, verdicts: diff.verdicts, evidence: diff.evidence };
    }
    // Reading it marks every version as seen.
    const marked = by === 'user' ? versions.map(({ unseen: _unseen, ...v }) => v) : versions;
    record = { ...existing, title: entry.title || existing.title, versions: marked.slice(-limits.maxVersions) };
  }
  return { history: bounded({ policies: [record, ...others] }, limits), change };
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
  return history.policies.filter((p) => p.site.toLowerCase().includes(q) || p.url.toLowerCase().includes(q) || p.title.toLowerCase().includes(q));
}

export function updateRecord(history: History, url: string, update: (record: PolicyRecord) => PolicyRecord): History {
  return { policies: history.policies.map((p) => (p.url === url ? update(p) : p)) };
}
