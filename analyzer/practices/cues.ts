import { isNegated } from '../negation';

/** A named pattern: the label goes into a finding's list (rights, categories, measures...). Patterns need the `g` flag. */
export type Cue = readonly [label: string, pattern: RegExp];

/** Labels of the cues that occur in `text` outside a negation's scope, in cue order. */
export function cuesIn(text: string, cues: readonly Cue[]): string[] {
  const out: string[] = [];
  for (const [label, re] of cues) if (affirmed(text, re)) out.push(label);
  return out;
}

/** Does `re` (with the `g` flag) match somewhere outside a negation's scope? Allocates nothing when it does not match. */
export function affirmed(text: string, re: RegExp): boolean {
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

/** One case-insensitive regex matching wherever any cue could: a cheap pre-test before `cuesIn`. */
export function anyCue(cues: readonly Cue[]): RegExp {
  return new RegExp(cues.map(([, re]) => `(?:${re.source})`).join('|'), 'i');
}
