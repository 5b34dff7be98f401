import { findDurations, readAge } from './numbers';
import type { Hit, PracticeContext } from './practice';
import { POLICY_THRESHOLD, policyScore } from './policy-score';
import { PRACTICE_LIST } from './registry';
import { splitIntoSentences } from './sentences';
import type { AnalyzeMeta, Practices, Report } from './types';

export type { AnalyzeMeta, Evidence, Finding, Practices, Report, Sentence } from './types';
export { PRACTICES, PRACTICE_LIST } from './registry';
export { toMarkdown } from './markdown';

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Analyze a policy's text: pure, synchronous, no DOM or network. Evidence offsets index `text`. */
export function analyze(text: string, meta: AnalyzeMeta = {}): Report {
  const sentences = splitIntoSentences(text);
  const ctx: PracticeContext = { text, sentences, lower: text.toLowerCase(), numbers: { findDurations, readAge } };
  const practices = {} as Record<string, unknown>;
  for (const practice of PRACTICE_LIST) {
    const hits: Hit[] = [];
    for (const sentence of sentences) {
      if (!practice.candidate.test(sentence.text)) continue;
      hits.push(...practice.judge(sentence, ctx));
    }
    practices[practice.id] = practice.combine(hits as never, ctx);
  }
  const wordCount = countWords(text);
  const score = policyScore(text, wordCount, meta.title);
  return {
    source: meta.source ?? meta.url ?? 'text',
    title: meta.title ?? null,
    url: meta.url ?? null,
    isPolicy: score >= POLICY_THRESHOLD,
    policyScore: score,
    wordCount,
    analyzedAt: new Date().toISOString(),
    practices: practices as Practices,
  };
}
