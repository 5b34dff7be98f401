/**
 * "Report a wrong verdict": a Markdown report the user copies and sends wherever they choose (PolicyLens
 * sends nothing). User text is quoted with the export's escaping, so it stays text wherever it is pasted.
 */
import { escapeMarkdown } from '../../analyzer/markdown';

export type WrongVerdict = { version: string; practice: string; verdict: string; expected: string; sentence: string; url: string };

export function wrongVerdictMarkdown(r: WrongVerdict): string {
  const line = (label: string, value: string) => `- ${label}: ${value.trim() ? escapeMarkdown(value.trim(), false) : '(not given)'}`;
  return [
    `# PolicyLens: wrong verdict`,
    '',
    line('PolicyLens version', r.version),
    line('Page', r.url),
    line('Practice', r.practice),
    line('PolicyLens said', r.verdict),
    line('It should say', r.expected),
    '',
    'The sentence:',
    '',
    `> ${r.sentence.trim() ? escapeMarkdown(r.sentence.trim()) : '(not given)'}`,
    '',
  ].join('\n');
}
