import type { Report } from '../../analyzer/types';
import type { PolicyChange } from './history-model';
import { rememberSnapshot } from './history-store';
import { normalizePolicyText } from './normalize-text';
import { normalizePolicyUrl, siteOf } from './policy-url';
import { snapshotOf } from './snapshot';
import { textHash } from './text-hash';

export type AnalysisToRemember = { text: string; report: Report; url: string; title: string };

/** Saves an analysis (the worker, after the popup's request or a watch check) and says how it compares; null for a non-web URL. */
export async function rememberAnalysis(
  input: AnalysisToRemember,
  analyzerVersion: string,
  by: 'user' | 'watch' = 'user',
  now = new Date(),
): Promise<PolicyChange | null> {
  const url = normalizePolicyUrl(input.url);
  if (!url) return null;
  const hash = await textHash(normalizePolicyText(input.text));
  const snapshot = snapshotOf(input.report, hash, analyzerVersion, now.toISOString());
  return rememberSnapshot({ url, site: siteOf(url), title: input.title.trim().slice(0, 300), snapshot }, by);
}
