import { Window } from 'happy-dom';
import { analyze } from '../../analyzer/index';
import { textFromHtml } from '../../cli/load-input';
import { extractPage } from '../../utils/page/extract-page';

/**
 * Time bound for one run, proportional to size and generous, so only a hang or a blow-up trips it. It is
 * measured in this process's CPU time, not wall-clock time, so a busy machine does not make it flaky.
 */
export const boundMs = (chars: number) => 1000 + chars / 50;

/** CPU milliseconds (user + system) this process spends in `fn`. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The analyzer's invariants on any text: no throw, a well-formed report, exact evidence offsets. */
export function checkAnalyzer(text: string): void {
  let report!: ReturnType<typeof analyze>;
  const elapsed = cpuMs(() => (report = analyze(text)));
  if (elapsed > boundMs(text.length)) throw new Error(`analyze took ${elapsed.toFixed(0)} ms for ${text.length} chars`);
  if (report.policyScore < 0 || report.policyScore > 1 || Number.isNaN(report.policyScore))
    throw new Error(`bad policyScore ${report.policyScore}`);
  for (const [id, finding] of Object.entries(report.practices)) {
    if (!finding || typeof finding.verdict !== 'string') throw new Error(`${id}: no verdict`);
    if (!(finding.confidence >= 0 && finding.confidence <= 1)) throw new Error(`${id}: confidence ${finding.confidence}`);
    if (finding.verdict !== 'not-mentioned' && finding.evidence.length === 0)
      throw new Error(`${id}: verdict ${finding.verdict} without evidence`);
    for (const e of finding.evidence) {
      if (text.slice(e.start, e.end) !== e.text) throw new Error(`${id}: evidence offsets ${e.start}-${e.end} do not match its text`);
    }
  }
  JSON.stringify(report);
}

/** The CLI's path on any HTML (linkedom, then the extractor): no throw, and the analyzer's invariants on its text. */
export function checkExtraction(html: string): void {
  let text = '';
  const elapsed = cpuMs(() => (text = textFromHtml(html).text));
  if (elapsed > boundMs(html.length) * 4) throw new Error(`extraction took ${elapsed.toFixed(0)} ms for ${html.length} chars`);
  checkAnalyzer(text);
}

// One page-like DOM for every case: building a Window per case would dominate the run.
let pageWindow: Window | null = null;

/** The extension's path on any HTML: a browser-style parse (never without <html> and <body>), `extractPage` as
 * the content script calls it, then the analyzer's invariants. */
export function checkPageExtraction(html: string): void {
  pageWindow ??= new Window({ url: 'https://policy.example/privacy' });
  const doc = new pageWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  let text = '';
  const elapsed = cpuMs(() => (text = extractPage(doc, 'https://policy.example/privacy').text));
  if (elapsed > boundMs(html.length) * 4) throw new Error(`page extraction took ${elapsed.toFixed(0)} ms for ${html.length} chars`);
  checkAnalyzer(text);
}
