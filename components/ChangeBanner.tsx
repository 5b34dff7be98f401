import type { PolicyChange } from '../utils/history/history-model';
import { normalizePolicyUrl } from '../utils/history/policy-url';
import { EvidenceChanges, VerdictChangeList } from './history/VerdictChanges';
import { HISTORY_STRINGS as S, shortDate } from './history/strings';

/** The history page, opened on one policy when `url` is given (a new tab: the popup closes). */
export function historyHref(url?: string | null): string {
  // Policies are remembered under their normalized address.
  const key = url ? normalizePolicyUrl(url) : null;
  return key ? `/policy-history.html#policy=${encodeURIComponent(key)}` : '/policy-history.html';
}

/** Top of the popup: first read, unchanged, or what changed since the user last read this policy. */
export function ChangeBanner({ change, url }: { change: PolicyChange; url: string | null }) {
  const link = (
    <a class="history-link" href={historyHref(change.state === 'first-visit' ? null : url)} target="_blank" rel="noopener">
      {S.openHistory}
    </a>
  );
  if (change.state === 'first-visit') {
    return (
      <p class="change-banner change-first" role="note">
        {S.firstVisit} {link}
      </p>
    );
  }
  const date = shortDate(change.since);
  if (change.state === 'unchanged') {
    return (
      <section class="change-banner change-unchanged" role="note">
        <p>
          {S.unchangedSince(date)} {link}
        </p>
        {change.analyzerImproved && (
          <>
            <p class="analyzer-improved">{S.analyzerImproved}</p>
            <VerdictChangeList changes={change.verdicts} />
          </>
        )}
      </section>
    );
  }
  return (
    <section class="change-banner change-changed" aria-labelledby="change-title">
      <h2 id="change-title" class="change-title">
        {S.changedSince(date)}
      </h2>
      {change.verdicts.length > 0 ? <VerdictChangeList changes={change.verdicts} /> : <p>{S.wordingOnly}</p>}
      <EvidenceChanges changes={change.evidence} />
      <p>{link}</p>
    </section>
  );
}
