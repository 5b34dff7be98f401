/**
 * One compilation per pattern instead of two. V8 runs a pattern's first execution in its bytecode interpreter and
 * compiles it again, to machine code, at the next one ("tier-up"), unless that first subject is 1,000 characters or
 * longer: then it compiles to machine code at once. For the analyzer's large patterns the bytecode compilation costs
 * more than the machine-code one, and most patterns run more than once per policy, so a fresh process (a cold service
 * worker) paid both: ~550 ms CPU over the ~360 patterns a median policy reaches, against ~200 ms for machine code
 * alone (Node 22, V8 11.3). `firstRun(re)` runs a pattern once on a blank text of 1,000 characters before its first
 * real use: the one compilation is then the machine-code one, and later runs use it. Compiling stays lazy: only
 * patterns a text reaches are compiled. Measured in headless Chromium 156 (the worker's V8) it changes nothing either
 * way, and the CLI compiles straight to machine code anyway (cli/regexp-compile.ts): it is for Node's defaults.
 *
 * V8 compiles a pattern separately for one-byte (Latin-1) and two-byte subjects, so the blank text has the encoding
 * of the text being analyzed (`firstRunsFor`): a policy with a curly quote is a two-byte string, and so are its
 * sentences. A wrong guess costs one more compilation, never an answer: the blank text's run is thrown away and the
 * pattern's `lastIndex` restored.
 */

const LENGTH = 1000; // V8's JSRegExp::kTierUpForSubjectLengthValue
const ONE_BYTE = ' '.repeat(LENGTH);
/** Two-byte: a character past Latin-1 makes V8 store the whole string in two bytes a character. */
const TWO_BYTE = `${' '.repeat(LENGTH - 1)}\u2019`;
let blank = ONE_BYTE;

const done = new WeakSet<RegExp>();

/** Before a pattern's first real run: compile it to machine code at once (see the file's comment). */
export function firstRun(re: RegExp): void {
  if (done.has(re)) return;
  done.add(re);
  const lastIndex = re.lastIndex;
  re.lastIndex = 0;
  re.exec(blank);
  re.lastIndex = lastIndex;
}

let started = false;

/** The texts about to be analyzed: first runs use their string encoding (one or two bytes a character). */
export function firstRunsFor(text: string): void {
  started = true;
  blank = /[^\0-\xff]/.test(text) ? TWO_BYTE : ONE_BYTE;
}

/** Has an analysis started? A concept's pattern read before that (to build other patterns) is not about to run. */
export const firstRunsStarted = () => started;
