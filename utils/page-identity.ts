/** A page's title and URL as far as they are known. */
export type PageIdentity = { title: string | null; url: string | null };

type Source = { title?: string | null; url?: string | null } | null | undefined;

/**
 * The one rule for naming a page: its title and its URL are each the first non-empty one among `sources`,
 * which the caller lists most trusted first (e.g. what the page says, then the analyzer, then the tab).
 */
export function pageIdentity(...sources: Source[]): PageIdentity {
  const first = (key: 'title' | 'url') => sources.map((s) => s?.[key]).find((v): v is string => !!v) ?? null;
  return { title: first('title'), url: first('url') };
}
