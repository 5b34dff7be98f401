/**
 * The hosts a page has requested resources from (scripts, pixels, frames), other than its own, read
 * from the page's Resource Timing entries: what the content script can see without any permission.
 */
/** Enough for any real page; the browser's own resource buffer holds 250 by default. */
export const MAX_HOSTS = 100;

export function thirdPartyHosts(entries: ReadonlyArray<{ name: string }>, pageUrl: string): string[] {
  let own = '';
  try {
    own = new URL(pageUrl).hostname;
  } catch {
    // no page host: every host counts
  }
  const hosts = new Set<string>();
  for (const { name } of entries) {
    let host: string;
    try {
      const url = new URL(name);
      if (!/^https?:$/.test(url.protocol)) continue;
      host = url.hostname;
    } catch {
      continue;
    }
    if (host && host !== own) hosts.add(host);
    if (hosts.size >= MAX_HOSTS) break;
  }
  return [...hosts];
}

/** The live page's third-party hosts, from `performance` (empty where Resource Timing is missing). */
export function pageResourceHosts(win: Window): string[] {
  try {
    return thirdPartyHosts(win.performance.getEntriesByType('resource'), win.location.href);
  } catch {
    return [];
  }
}
