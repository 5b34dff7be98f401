import { guessLanguage } from './language';
import { findDurations, readAge } from './numbers';
import type { Hit, PracticeContext } from './practice';
import { POLICY_THRESHOLD, policyScore } from './policy-score';
import { PRACTICE_LIST } from './registry';
import { splitIntoSentences } from './sentences';
import type { AnalyzeMeta, Practices, Report } from './types';

export type { AnalyzeMeta, Evidence, Finding, Practices, Report, Sentence } from './types';
export { PRACTICES, PRACTICE_LIST } from './registry';
export { toMarkdown } from './markdown';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words in the text, counted without building an array of them. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}

const NOT_ENGLISH = 'Not analyzed: the text is not in English, and PolicyLens reads English policies only for now.';

/** Analyze a policy's text: pure, synchronous, no DOM or network. Evidence offsets index `text`. */
export function analyze(text: string, meta: AnalyzeMeta = {}): Report {
  // Clear text beats a (often wrong) declaration; with too little text to tell, the declaration, else English.
  const language = guessLanguage(text) ?? meta.declaredLanguage ?? 'en';
  const english = language === 'en';
  const sentences = english ? splitIntoSentences(text) : [];
  const ctx: PracticeContext = { text, sentences, numbers: { findDurations, readAge } };
  const practices = {} as Record<string, unknown>;
  for (const practice of PRACTICE_LIST) {
    const hits: Hit[] = [];
    for (const sentence of sentences) {
      if (!practice.candidate.test(sentence.text)) continue;
      hits.push(...practice.judge(sentence, ctx));
    }
    const finding = practice.combine(hits as never, ctx);
    // English rules on another language would invent findings: say it was not read instead.
    practices[practice.id] = english ? finding : { ...finding, confidence: 0, summary: NOT_ENGLISH };
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
    language,
    practices: practices as Practices,
  };
}
