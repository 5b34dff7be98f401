import { toMarkdown } from '../../analyzer/markdown';
import type { Report } from '../../analyzer/types';
import { hostOf } from './page-host';
import { pageIdentity, type PageIdentity } from '../page-identity';

/** The page a report was made from, as the popup knows it (the tab's title and URL). */
export type ExportPage = PageIdentity;

export type ExportFormat = 'md' | 'json';

export const MIME: Record<ExportFormat, string> = { md: 'text/markdown;charset=utf-8', json: 'application/json;charset=utf-8' };

/** `2026-11-24`: the user's local day, as they would name the file themselves. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `0705`: the user's local time of day, so two exports of one day get two names. */
export function localTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}${String(date.getMinutes()).padStart(2, '0')}`;
}

/** `policylens-<host>-<yyyy-mm-dd>-<hhmm>.<ext>`: only letters, digits, dots and dashes survive from the host. */
export function exportFileName(url: string | null, format: ExportFormat, date: Date): string {
  const host = (hostOf(url) ?? '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 60);
  return `policylens-${host || 'page'}-${localDay(date)}-${localTime(date)}.${format}`;
}

/** The report with the tab's title and URL filled in where the analyzer had none. */
function withPage(report: Report, page: ExportPage): Report {
  return { ...report, ...pageIdentity(report, page) };
}

/** Markdown export: the shared summary (escaping in analyzer/markdown.ts) plus the export date. */
export function toMarkdownExport(report: Report, page: ExportPage, date: Date): string {
  return `${toMarkdown(withPage(report, page))}\n---\n\nExported from PolicyLens on ${date.toISOString()}. The analysis ran on your device; nothing was sent anywhere.\n`;
}

/**
 * JSON export: the report (the stable contract) plus the page and the export date. `<`, `>` and `&`
 * are written as \u escapes: still the same JSON data, but page text cannot form a tag if pasted into HTML.
 */
export function toJsonExport(report: Report, page: ExportPage, date: Date): string {
  const data = { exportedAt: date.toISOString(), exportedBy: 'PolicyLens', page: pageIdentity(page, report), report };
  return JSON.stringify(data, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
