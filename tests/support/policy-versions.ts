/**
 * Reads `../shared/policy-versions` (real policies as they changed, recorded by Open Terms Archive,
 * ODC-BY 1.0, attribution: "Open Terms Archive contributors") for tests; the texts are never copied here.
 * Each Markdown version is turned into the HTML page a site would serve, so tests go through the same
 * extraction as the extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const POLICY_VERSIONS_DIR = path.resolve('../shared/policy-versions');
export const POLICY_VERSIONS_ATTRIBUTION = 'Open Terms Archive contributors (ODC-BY 1.0)';
export const hasPolicyVersions = existsSync(path.join(POLICY_VERSIONS_DIR, 'index.json'));
export const MISSING_MESSAGE = `skipped: ${POLICY_VERSIONS_DIR} is absent (successive policy versions from Open Terms Archive)`;

export type PolicyVersion = { service: string; file: string; date: string };

/** Every service's versions, oldest first. */
export function policyVersions(): Map<string, PolicyVersion[]> {
  const index = JSON.parse(readFileSync(path.join(POLICY_VERSIONS_DIR, 'index.json'), 'utf8')) as { versions: PolicyVersion[] };
  const out = new Map<string, PolicyVersion[]>();
  for (const v of index.versions) out.set(v.service, [...(out.get(v.service) ?? []), v]);
  for (const list of out.values()) list.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

export function versionMarkdown(v: PolicyVersion): string {
  return readFileSync(path.join(POLICY_VERSIONS_DIR, v.file), 'utf8');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown: links keep their target as an href (page markup), emphasis becomes tags. */
function inline(md: string): string {
  return escape(md.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1'))
    .replace(/&lt;br\s*\/?&gt;/gi, '<br>')
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_m, text: string, href: string) => `<a href="${href}">${text}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1<em>$2</em>');
}

/** A small Markdown → HTML page (headings, paragraphs, bullets, tables, quotes): enough for these policies. */
export function markdownPage(md: string, title: string): string {
  const out: string[] = [];
  let list = false;
  let table = false;
  const close = () => {
    if (list) out.push('</ul>');
    if (table) out.push('</table>');
    list = table = false;
  };
  for (const raw of md.split('\n')) {
    const line = raw.replace(/^\s*(>\s?)+/, '').trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*(?:[*+-]|\d+\.)\s+(.*)$/.exec(line);
    if (heading) {
      close();
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (line.trim().startsWith('|')) {
      if (list) close();
      if (/^\|[\s|:-]+\|$/.test(line.trim())) continue;
      if (!table) out.push('<table>');
      table = true;
      const cells = line.trim().slice(1, -1).split('|');
      out.push(`<tr>${cells.map((c) => `<td>${inline(c.trim())}</td>`).join('')}</tr>`);
    } else if (bullet) {
      if (table) close();
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${inline(bullet[1]!)}</li>`);
    } else {
      close();
      out.push(`<p>${inline(line.trim())}</p>`);
    }
  }
  close();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main>${out.join('\n')}</main></body></html>`;
}
