/**
 * Step marks along the toolbar click, for `scripts/bench-browser.ts --steps` only: a build made with
 * `WXT_POLICYLENS_TRACE=1 npx wxt build` records them; in every other build `TRACING` is the constant false and the
 * minifier drops the calls' bodies, so nothing is recorded or logged.
 */
export const TRACING = import.meta.env.WXT_POLICYLENS_TRACE === '1';

/** Marks as [name, epoch ms]: the popup, the worker and the page have different time origins, one clock. */
export type TraceMark = [name: string, at: number];

/** Records `name` now in this context's list (`globalThis.__policyLensTrace`, read by the bench). */
export function traceMark(name: string): void {
  if (!TRACING) return;
  const list = ((globalThis as { __policyLensTrace?: TraceMark[] }).__policyLensTrace ??= []);
  list.push([name, performance.timeOrigin + performance.now()]);
}

/** The content script's marks: its isolated world is out of the bench's reach, the page's DOM is not (trace builds only). */
export function traceMarkInPage(name: string): void {
  if (!TRACING) return;
  traceMark(name);
  const marks = (globalThis as { __policyLensTrace?: TraceMark[] }).__policyLensTrace ?? [];
  document.documentElement.setAttribute('data-policylens-trace', JSON.stringify(marks));
}
