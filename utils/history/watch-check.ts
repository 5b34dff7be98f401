/**
 * The background check of watched policies: fetch each one (its URL only, no cookies), extract and analyze it
 * like a click would, remember it as a check, and say which changed. Browser calls go through `WatchDriver`
 * so the flow is tested without a browser.
 */
import { analyze } from '../../analyzer/index';
import { MAX_TEXT_CHARS } from '../worker/analyze-tab';
import type { PolicyChange, PolicyRecord } from './history-model';
import type { AnalysisToRemember } from './remember';

export type WatchDriver = {
  /** The remembered policies being watched. */
  watched(): Promise<PolicyRecord[]>;
  updatePolicy(url: string, update: (record: PolicyRecord) => PolicyRecord): Promise<unknown>;
  /** GET the URL, credentials omitted; the body as text. */
  fetchText(url: string): Promise<{ ok: boolean; status: number; contentType: string; text: string }>;
  /** The readable text of an HTML page (DOMParser + the extension's extraction; an offscreen document on Chrome). */
  extract(html: string, url: string): Promise<{ text: string; title: string | null }>;
  remember(analysis: AnalysisToRemember): Promise<PolicyChange | null>;
  now(): Date;
};

/** Most bytes read of a watched page. */
const MAX_FETCH_CHARS = 5_000_000;

export async function checkWatchedPolicies(driver: WatchDriver): Promise<{ url: string; change: PolicyChange | null; error?: string }[]> {
  const watched = (await driver.watched()).filter((p) => p.watch);
  const results: { url: string; change: PolicyChange | null; error?: string }[] = [];
  for (const policy of watched) {
    let change: PolicyChange | null = null;
    let error: string | undefined;
    try {
      const page = await driver.fetchText(policy.url);
      if (!page.ok) throw new Error(`the site answered ${page.status}`);
      if (!/html|text\/plain/i.test(page.contentType)) throw new Error(`the page is no longer HTML (${page.contentType || 'no type'})`);
      const html = page.text.slice(0, MAX_FETCH_CHARS);
      const { text, title } = /html/i.test(page.contentType) ? await driver.extract(html, policy.url) : { text: html, title: null };
      const report = analyze(text.slice(0, MAX_TEXT_CHARS), { url: policy.url, title: title ?? policy.title, source: policy.url });
      if (!report.isPolicy) throw new Error('the page no longer looks like a privacy policy');
      change = await driver.remember({ text, report, url: policy.url, title: title ?? policy.title });
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const at = driver.now().toISOString();
    await driver.updatePolicy(policy.url, (r) =>
      r.watch ? { ...r, watch: { since: r.watch.since, lastCheckedAt: at, ...(error ? { lastError: error } : {}) } } : r,
    );
    results.push({ url: policy.url, change, ...(error ? { error } : {}) });
  }
  return results;
}
