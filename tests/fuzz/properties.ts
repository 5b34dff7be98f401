import { parseHTML } from 'linkedom';
import { analyze } from '../../analyzer/index';
import { extractPolicyText } from '../../utils/extract-policy-text';

/** Time bound for one run: generous and proportional to size, so only a hang or blow-up trips it. */
export const boundMs = (chars: number) => 250 + chars / 200;

/** The analyzer's invariants on any text: no throw, a well-formed report, exact evidence offsets. */
export function checkAnalyzer(text: string): void {
  const t = performance.now();
  const report = analyze(text);
  const elapsed = performance.now() - t;
  if (elapsed > boundMs(text.length)) throw new Error(`analyze took ${elapsed.toFixed(0)} ms for ${text.length} chars`);
  if (report.policyScore < 0 || report.policyScore > 1 || Number.isNaN(report.policyScore)) throw new Error(`bad policyScore ${report.policyScore}`);
  for (const [id, finding] of Object.entries(report.practices)) {
    if (!finding || typeof finding.verdict !== 'string') throw new Error(`${id}: no verdict`);
    if (!(finding.confidence >= 0 && finding.confidence <= 1)) throw new Error(`${id}: confidence ${finding.confidence}`);
    if (finding.verdict !== 'not-mentioned' && finding.evidence.length === 0) throw new Error(`${id}: verdict ${finding.verdict} without evidence`);
    for (const e of finding.evidence) {
      if (text.slice(e.start, e.end) !== e.text) throw new Error(`${id}: evidence offsets ${e.start}-${e.end} do not match its text`);
    }
  }
  JSON.stringify(report);
}

/** Extraction then analysis on any HTML: no throw, and the analyzer's invariants on the extracted text. */
export function checkExtraction(html: string): void {
  const t = performance.now();
  const { document } = parseHTML(html);
  const { text } = extractPolicyText(document as unknown as Document);
  const elapsed = performance.now() - t;
  if (elapsed > boundMs(html.length) * 4) throw new Error(`extraction took ${elapsed.toFixed(0)} ms for ${html.length} chars`);
  checkAnalyzer(text);
}
