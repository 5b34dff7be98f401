import { PRACTICE_LIST } from './registry';
import type { Report } from './types';

/**
 * Markdown-escape untrusted page text so it stays inert text in any renderer, escaping only what could
 * form markup (so "thirty (30) days" stays readable in plain text): inline markers and brackets
 * everywhere, "(" after "]", a block marker at the start, and "&" only where it would start an entity.
 */
export function escapeMarkdown(text: string, lineStart = true): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/\\\]\(/g, '\\]\\(')
    .replace(/&(?=#?\w+;)/g, '&amp;');
  // Block markers matter only where the text starts a line ("> 1. …" would become a list).
  return lineStart ? inline.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2') : inline;
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
  lines.push(`- Looks like a privacy policy: ${report.isPolicy ? 'yes' : 'no'} (score ${report.policyScore.toFixed(2)}, ${report.wordCount} words)`, '');
  const findings = (report.practices as Record<string, { verdict: string; summary: string; confidence: number; evidence: { text: string }[] }>);
  const rows = PRACTICE_LIST.flatMap((practice) => {
    const finding = findings[practice.id];
    if (!finding) return [];
    const label = (practice.verdicts as Record<string, { label: string }>)[finding.verdict]?.label ?? finding.verdict;
    return [{ practice, finding, label }];
  });
  // A table first, to read the verdicts at a glance; the details and evidence follow.
  lines.push('| Practice | Verdict | Confidence |', '| --- | --- | --- |');
  for (const { practice, finding, label } of rows) lines.push(`| ${escapeMarkdown(practice.title)} | ${escapeMarkdown(label)} | ${finding.verdict === 'not-mentioned' ? '–' : `${Math.round(finding.confidence * 100)} %`} |`);
  lines.push('');
  for (const { practice, finding, label } of rows) {
    lines.push(`## ${practice.title}: ${label}`, '');
    lines.push(`${finding.summary} (verdict \`${finding.verdict}\`, confidence ${Math.round(finding.confidence * 100)} %)`, '');
    for (const e of finding.evidence) lines.push(`> ${escapeMarkdown(e.text)}`, '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
