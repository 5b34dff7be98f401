import { firstRunsFor } from './first-run';
import { readingOf } from './frame';
import { guessLanguage } from './language';
import { filterGate, gateMask, judgeInFrame, leadMemo } from './lead-reading';
import type { Hit, PracticeContext } from './practice';
import { POLICY_THRESHOLD, policyScore } from './policy-score';
import { PRACTICE_LIST } from './registry';
import { sentenceBatches } from './sentences';
import { countWords } from './word-count';
import { foldAccents } from './fold-accents';
import type { AnalyzeMeta, Evidence, Practices, Report, Sentence } from './types';

export type { AnalyzeMeta, Evidence, Finding, Practices, Report, Sentence } from './types';
export { PRACTICES, PRACTICE_LIST } from './registry';
export { toMarkdown } from './markdown';
export { countWords } from './word-count';

/** Sentences judged between two steps of `analysisSteps`. */
const STEP_SENTENCES = 200;

const NOT_ENGLISH = 'Not analyzed: the text is not in English, and PolicyLens reads English policies only for now.';

/** Analyze a policy's text: pure, synchronous, no DOM or network. Evidence offsets index `text`. */
export function analyze(text: string, meta: AnalyzeMeta = {}): Report {
  const steps = analysisSteps(text, meta);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.report;
  }
}

/** A report and how far the analysis got: `complete` false when it was stopped early (`readTo`: text judged). */
export type SteppedReport = { report: Report; complete: boolean; readTo: number };

/**
 * The analysis as a sequence of small steps: it yields after every few hundred sentences, so a caller can pause
 * between them (the extension's worker, to serve other tabs) or stop early by passing `true` to `next()`: the
 * sentences judged so far are combined into the report.
 */
export function* analysisSteps(text: string, meta: AnalyzeMeta = {}): Generator<void, SteppedReport, boolean | undefined> {
  // Clear text beats a (often wrong) declaration; with too little text to tell, the declaration, else English.
  const language = guessLanguage(text) ?? meta.declaredLanguage ?? 'en';
  const english = language === 'en';
  // Judged with accents folded (same offsets); the evidence quotes the text as written (`asWritten`).
  const read = foldAccents(text);
  firstRunsFor(read);
  const sentences: Sentence[] = [];
  const ctx: PracticeContext = { text: read, sentences };
  const hits = PRACTICE_LIST.map(() => [] as Hit[]);
  // The verdicts a line ending in a colon gave on its own, per practice: its items add only what it did not say.
  const said = leadMemo();
  const gate = filterGate(PRACTICE_LIST);
  // How an item reads through its lead, found once and only when a practice asks (one function, not one per sentence).
  const readings = new WeakMap<Sentence, Sentence | null>();
  const readThrough = (item: Sentence): Sentence | null => {
    let reading = readings.get(item);
    if (reading === undefined) readings.set(item, (reading = readingOf(item)));
    return reading;
  };
  let stopped = false;
  let readTo = 0;
  if (english) {
    // Judges may look at the sentences around one ("We do not do so." after a DNT sentence): a batch is judged
    // once the next one has been split, so its neighbours are in ctx.sentences.
    let pending: Sentence[] = [];
    const batches = sentenceBatches(read);
    judging: for (let done = false; !done;) {
      const next = batches.next();
      done = !!next.done;
      if (!next.done) for (const sentence of next.value) sentences.push(sentence);
      for (let i = 0; i < pending.length; i++) {
        if (i % STEP_SENTENCES === 0 && (yield)) {
          stopped = true;
          break judging;
        }
        const sentence = pending[i]!;
        // Which practices' filters may pass the sentence and its lead: one look at its words for all twelve.
        const masks = { own: gateMask(sentence, gate, said), lead: sentence.lead ? gateMask(sentence.lead, gate, said) : 0 };
        for (let p = 0; p < PRACTICE_LIST.length; p++) {
          for (const hit of judgeInFrame(PRACTICE_LIST[p]!, p, sentence, masks, readThrough, ctx, said)) hits[p]!.push(hit);
        }
        readTo = sentence.end;
      }
      pending = next.done ? [] : next.value;
    }
  }
  const practices = {} as Record<string, unknown>;
  PRACTICE_LIST.forEach((practice, p) => {
    const finding = practice.combine(hits[p] as never, ctx);
    // English rules on another language would invent findings: say it was not read instead.
    practices[practice.id] = english ? asWritten(finding, read, text) : { ...finding, confidence: 0, summary: NOT_ENGLISH };
  });
  const wordCount = countWords(text);
  const score = policyScore(text, wordCount, meta.title);
  const report: Report = {
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
  return { report, complete: !stopped, readTo: stopped ? readTo : text.length };
}

/** A finding's evidence quoted from the text as written, where the judged (folded) text differs. */
function asWritten<F extends { evidence: Evidence[] }>(finding: F, read: string, text: string): F {
  if (read === text || !finding.evidence.some((e) => read.slice(e.start, e.end) !== text.slice(e.start, e.end))) return finding;
  const evidence = finding.evidence.map((e) => (read.slice(e.start, e.end) === e.text ? { ...e, text: text.slice(e.start, e.end) } : e));
  return { ...finding, evidence };
}
