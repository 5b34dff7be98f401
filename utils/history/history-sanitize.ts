import { MAX_POLICIES, type History, type HistoryIndex, type IndexEntry, type PolicyRecord, type StoredVersion } from './history-model';
import type { PracticeSnapshot } from './snapshot';

/**
 * Whatever is stored, as a valid `History`: every well-formed policy and version is kept, anything else
 * (a value from an older build, a hand edit, a truncated write) is dropped piece by piece, never as a whole.
 */
export function sanitizeHistory(value: unknown): History {
  const list = isObject(value) && Array.isArray(value.policies) ? value.policies : [];
  const policies: PolicyRecord[] = [];
  for (const item of list.slice(0, MAX_POLICIES)) {
    const record = sanitizeRecord(item);
    if (record && !policies.some((p) => p.url === record.url)) policies.push(record);
  }
  return { policies };
}

/** One policy's stored record, or null when nothing of it is usable. */
export function sanitizeRecord(item: unknown): PolicyRecord | null {
  if (!isObject(item) || typeof item.url !== 'string' || !Array.isArray(item.versions)) return null;
  const versions = item.versions.map(sanitizeVersion).filter((v): v is StoredVersion => v !== null);
  if (versions.length === 0) return null;
  const record: PolicyRecord = { url: item.url, site: str(item.site), title: str(item.title), versions };
  if (isObject(item.watch) && typeof item.watch.since === 'string') {
    record.watch = { since: item.watch.since };
    if (typeof item.watch.lastCheckedAt === 'string') record.watch.lastCheckedAt = item.watch.lastCheckedAt;
    if (typeof item.watch.lastError === 'string') record.watch.lastError = item.watch.lastError;
  }
  return record;
}

/** The stored index: entries without a URL or record key are dropped, other fields fall back one by one. */
export function sanitizeIndex(value: unknown): HistoryIndex {
  const list = isObject(value) && Array.isArray(value.policies) ? value.policies : [];
  const policies: IndexEntry[] = [];
  for (const item of list.slice(0, MAX_POLICIES)) {
    if (!isObject(item) || typeof item.url !== 'string' || typeof item.key !== 'string' || !/^[0-9a-f]{8,64}$/.test(item.key)) continue;
    if (policies.some((p) => p.url === item.url)) continue;
    policies.push({
      url: item.url,
      key: item.key,
      site: str(item.site),
      title: str(item.title),
      lastSeenAt: str(item.lastSeenAt),
      versions: typeof item.versions === 'number' ? item.versions : 0,
      watched: item.watched === true,
      unseen: item.unseen === true,
      chars: typeof item.chars === 'number' ? item.chars : 0,
    });
  }
  return { policies };
}

function sanitizeVersion(value: unknown): StoredVersion | null {
  if (!isObject(value) || typeof value.hash !== 'string' || typeof value.seenAt !== 'string' || !isObject(value.practices)) return null;
  const practices: Record<string, PracticeSnapshot> = {};
  for (const [id, p] of Object.entries(value.practices)) {
    if (!isObject(p) || typeof p.verdict !== 'string') continue;
    practices[id] = {
      verdict: p.verdict,
      confidence: typeof p.confidence === 'number' ? p.confidence : 0,
      evidence: Array.isArray(p.evidence) ? p.evidence.filter((e): e is string => typeof e === 'string') : [],
    };
  }
  return {
    hash: value.hash,
    seenAt: value.seenAt,
    lastSeenAt: typeof value.lastSeenAt === 'string' ? value.lastSeenAt : value.seenAt,
    analyzerVersion: str(value.analyzerVersion),
    wordCount: typeof value.wordCount === 'number' ? value.wordCount : 0,
    practices,
    ...(value.unseen === true ? { unseen: true } : {}),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
