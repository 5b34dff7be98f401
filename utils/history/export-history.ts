import type { History } from './history-model';

/**
 * The history as files the user asked for. JSON: the stored data, with `<`, `>`, `&` as \u escapes (page text
 * cannot form a tag if pasted into HTML). CSV: one row per remembered version, a column per practice's verdict;
 * a cell that a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with an apostrophe.
 */
export function historyJson(history: History, exportedAt: Date): string {
  const data = { exportedAt: exportedAt.toISOString(), generator: 'PolicyLens', policies: history.policies };
  return JSON.stringify(data, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

export function historyCsv(history: History, practices: readonly string[]): string {
  const header = ['site', 'url', 'title', 'version', 'first_seen', 'last_seen', 'text_sha256', 'analyzer_version', ...practices];
  const rows = [header];
  for (const policy of history.policies) {
    policy.versions.forEach((v, i) => {
      rows.push([
        policy.site,
        policy.url,
        policy.title,
        String(i + 1),
        v.seenAt,
        v.lastSeenAt,
        v.hash,
        v.analyzerVersion,
        ...practices.map((p) => v.practices[p]?.verdict ?? ''),
      ]);
    });
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Spreadsheet formula triggers at the start of a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function historyFileName(format: 'json' | 'csv', date: Date): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `policylens-history-${day}.${format}`;
}
