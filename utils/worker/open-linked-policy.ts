/**
 * "Open and highlight": the worker takes the tab to its linked policy and, once it has loaded,
 * analyzes it there (which highlights the evidence and sets the badge), so the popup, which closes
 * when the tab navigates, finds the policy's report ready when it is opened again.
 */
import { isIndex } from '../message-guards';

/** A page that has not loaded after this long is left alone (the user can click PolicyLens there). */
export const OPEN_LOAD_TIMEOUT_MS = 30_000;

export type OpenDriver = {
  navigate(tabId: number, url: string): Promise<void>;
  /** Resolves when the tab has finished loading (true) or after `timeoutMs` (false). */
  loaded(tabId: number, timeoutMs: number): Promise<boolean>;
  analyze(tabId: number): Promise<unknown>;
};

/** The popup's request: a tab and an http(s) URL. */
export function parseOpenLinked(data: unknown): { tabId: number; url: string } {
  const { tabId, url } = (data ?? {}) as { tabId?: unknown; url?: unknown };
  if (!isIndex(tabId)) throw new TypeError('openLinkedPolicy: tabId must be a non-negative integer');
  if (typeof url !== 'string' || url.length > 4096 || !/^https?:\/\//i.test(url))
    throw new TypeError('openLinkedPolicy: url must be an http(s) URL');
  return { tabId, url };
}

export async function openAndHighlight(tabId: number, url: string, driver: OpenDriver): Promise<boolean> {
  // Listen before navigating: a fast page may finish loading before the navigation call returns.
  const loaded = driver.loaded(tabId, OPEN_LOAD_TIMEOUT_MS);
  await driver.navigate(tabId, url);
  if (!(await loaded)) return false;
  await driver.analyze(tabId);
  return true;
}
