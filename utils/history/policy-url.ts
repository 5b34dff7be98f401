/**
 * The address a policy is remembered under: the same page reached through a campaign link, an anchor or
 * with its parameters in another order is one policy.
 */

/** Query parameters that say how the visitor arrived, not which page it is (campaigns, click ids). */
export const TRACKING_PARAM =
  /^(?:utm_[a-z_]+|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_hsenc|_hsmi|hsctatracking|mkt_tok|oly_anon_id|oly_enc_id|vero_id|_ga|_gl|ref_src|spm)$/i;

/** The address as visited, without fragment, credentials or tracking parameters, the other parameters sorted; null if not http(s). */
export function normalizePolicyUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = url.password = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING_PARAM.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  // The path stays as visited ("/privacy/" is not rewritten): a watched policy is fetched at this address.
  return url.toString();
}

/** The site a policy belongs to, as searched and shown: the host without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
