import { isNegated } from '../negation';
import { firstRun } from '../first-run';
import type { Scan } from '../lexicon/index';
import { mayMatch } from '../word-index';

/** A named pattern: the label goes into a finding's list (rights, categories, measures...). Patterns need the `g` flag. */
export type Cue = readonly [label: string, pattern: RegExp];
/** A cue whose pattern may be a `Scan`, the union of its members. */
export type ScanCue = readonly [label: string, pattern: RegExp | Scan];

/** Labels of the cues that occur in `text` outside a negation's scope, in cue order. */
export function cuesIn(text: string, cues: readonly ScanCue[]): string[] {
  const out: string[] = [];
  for (const [label, re] of cues) if (affirmed(text, re)) out.push(label);
  return out;
}

/** Does `re` (with the `g` flag) match somewhere outside a negation's scope? Allocates nothing when it does not match. */
export function affirmed(text: string, re: RegExp | Scan): boolean {
  if (!(re instanceof RegExp)) {
    for (const index of re.indexes(text)) if (!isNegated(text, index)) return true;
    return false;
  }
  if (!mayMatch(re, text)) return false;
  firstRun(re);
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!isNegated(text, m.index)) {
      found = true;
      break;
    }
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return found;
}

/** The distinct labels of the given lists, in first-seen order. */
export function union(lists: readonly (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A pre-test before `cuesIn`: does any cue match at all (case-insensitively, negated or not)? */
export type CueTest = { test(text: string): boolean };

/**
 * Runs the cues' own patterns (which `cuesIn` compiles anyway) instead of one pattern joining them all: V8 compiles a
 * pattern on its first run, and a joined alternation of thousands of characters cost a cold worker tens of ms.
 * Same answers as the joined case-insensitive pattern: a case-sensitive cue is tested through a case-insensitive copy.
 */
export function anyCue(cues: readonly ScanCue[]): CueTest {
  const patterns = cues.map(([, re]) => (!(re instanceof RegExp) || re.ignoreCase ? re : new RegExp(re.source, 'i')));
  return {
    test(text) {
      return patterns.some((re) => {
        if (!(re instanceof RegExp)) return re.test(text);
        if (!mayMatch(re, text)) return false;
        firstRun(re);
        re.lastIndex = 0;
        const found = re.test(text);
        re.lastIndex = 0;
        return found;
      });
    },
  };
}
