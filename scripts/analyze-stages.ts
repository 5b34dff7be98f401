/**
 * `analyze()`'s steps one by one, each timed: where a first (cold) call spends its time, by stage. It mirrors the
 * orchestration in `analyzer/index.ts` (language, sentences, each practice's filter, judge and combine, word count,
 * policy score) for the bench and `cold-profile.ts`; it is not used by the product.
 */
import { countWords } from '../analyzer/index';
import { guessLanguage } from '../analyzer/language';
import type { PracticeContext } from '../analyzer/practice';
import { policyScore } from '../analyzer/policy-score';
import { PRACTICE_LIST } from '../analyzer/registry';
import { splitIntoSentences } from '../analyzer/sentences';

export function analyzeStages(text: string): Record<string, number> {
  const ms: Record<string, number> = {};
  const timed = <T>(stage: string, fn: () => T): T => {
    const t = performance.now();
    const r = fn();
    ms[stage] = (ms[stage] ?? 0) + performance.now() - t;
    return r;
  };
  timed('language', () => guessLanguage(text));
  const sentences = timed('sentences', () => splitIntoSentences(text));
  const ctx: PracticeContext = { text, sentences };
  for (const practice of PRACTICE_LIST) {
    const candidates = timed(`${practice.id}: filter`, () => sentences.filter((s) => practice.candidate.test(s.text)));
    const hits = timed(`${practice.id}: judge`, () => candidates.flatMap((s) => practice.judge(s, ctx)));
    timed(`${practice.id}: combine`, () => practice.combine(hits as never, ctx));
  }
  const words = timed('word count', () => countWords(text));
  timed('policy score', () => policyScore(text, words, null));
  return ms;
}

/** "rights: judge 22.3 ms, age: judge 12.8 ms, …": the stages above `min` ms, costliest first. */
export function stageLine(ms: Record<string, number>, min = 1): string {
  return Object.entries(ms)
    .filter(([, v]) => v >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
}
