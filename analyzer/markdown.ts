import { joinReport } from './practice-meta';
import type { Report } from './types';

/** A word joiner: invisible, but it keeps "@name" from being read as a mention. */
const JOINER = '\u2060';

/**
 * Markdown-escape untrusted page text so it stays inert text in any renderer, escaping only what could
 * form markup (so "thirty (30) days" stays readable in plain text): inline markers and brackets
 * everywhere, "(" after "]", a block marker at the start, "&" only where it would start an entity; and no math
 * (`$…$`), no @mention and no link made from a bare URL, "www." or e-mail address (GFM's autolinks).
 */
export function escapeMarkdown(text: string, lineStart = true): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`)
    .replace(/\\\]\(/g, '\\]\\(')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/@(?=\w)/g, `@${JOINER}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  // Block markers matter only where the text starts a line ("> 1. …" would become a list).
  return lineStart ? inline.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2') : inline;
}

/** The Markdown block of an input that could not be read: its name and the error are page-controlled text too. */
export function errorToMarkdown(source: string, error: string): string {
  return `# ${escapeMarkdown(source)}\n\nError: ${escapeMarkdown(error)}\n`;
}

/** An http(s) URL as an autolink; anything else (or a malformed URL) as escaped text, so it is never a live link. */
function markdownUrl(url: string): string {
  if (/^https?:\/\//i.test(url)) {
    try {
      return `<${encodeURI(decodeURI(url)).replace(/[<>]/g, '')}>`;
    } catch {
      // decodeURI throws on a stray "%": fall through to plain text.
    }
  }
  return escapeMarkdown(url);
}

/** A readable summary of one report: the CLI's `--format markdown` and the extension's export. */
export function toMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`# PolicyLens summary: ${escapeMarkdown(report.title ?? report.source)}`, '');
  if (report.url) lines.push(`- URL: ${markdownUrl(report.url)}`);
  lines.push(`- Analyzed: ${report.analyzedAt}`);
  lines.push(
    `- Looks like a privacy policy: ${report.isPolicy ? 'yes' : 'no'} (score ${report.policyScore.toFixed(2)}, ${report.wordCount} words)`,
    '',
  );
  const rows = joinReport(report);
  // A table first, to read the verdicts at a glance; the details and evidence follow.
  lines.push('| Practice | Verdict | Confidence |', '| --- | --- | --- |');
  for (const { practice, finding, label } of rows)
    lines.push(
      `| ${escapeMarkdown(practice.title)} | ${escapeMarkdown(label)} | ${finding.verdict === 'not-mentioned' ? '–' : `${Math.round(finding.confidence * 100)} %`} |`,
    );
  lines.push('');
  for (const { practice, finding, label } of rows) {
    lines.push(`## ${practice.title}: ${label}`, '');
    lines.push(
      `${escapeMarkdown(finding.summary)} (verdict \`${finding.verdict}\`, confidence ${Math.round(finding.confidence * 100)} %)`,
      '',
    );
    for (const e of finding.evidence) lines.push(`> ${escapeMarkdown(e.text)}`, '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
