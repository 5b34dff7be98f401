import type { ComponentChildren } from 'preact';
import type { PolicyLink } from '../utils/tab-analysis';
import { ExternalIcon, NotPolicyIcon } from './icons';
import { t } from '../utils/i18n';

type Props = {
  policyLink: PolicyLink | null;
  onOpenLink: (href: string) => void;
  onAnalyzeAnyway: () => void;
  /** What became of the site's policy links (tried, or waiting for a permission). */
  children?: ComponentChildren;
};

/** Only links that navigate to a page: a `javascript:` or `data:` href from the page is never opened. */
export function isOpenableLink(href: string): boolean {
  try {
    return /^https?:$/.test(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** The page does not read like a privacy policy: say so, point to its policy link, offer to analyze anyway. */
export function NotPolicyState({ policyLink, onOpenLink, onAnalyzeAnyway, children }: Props) {
  const link = policyLink && isOpenableLink(policyLink.href) ? policyLink : null;
  return (
    <section class="state state-not-policy" aria-labelledby="state-title">
      <NotPolicyIcon />
      <h2 id="state-title">{t('not_policy_title')}</h2>
      <p class="state-text">{t('not_policy_text')}</p>
      {children}
      {link && (
        <div class="policy-link">
          <p>
            {t('not_policy_link')} <q class="policy-link-text">{link.text.trim() || t('not_policy_link_default')}</q>.
          </p>
          <button type="button" class="button button-primary" onClick={() => onOpenLink(link.href)}>
            <ExternalIcon />
            {t('not_policy_open')}
          </button>
        </div>
      )}
      <button type="button" class={`button ${link ? 'button-secondary' : 'button-primary'}`} onClick={onAnalyzeAnyway}>
        {t('not_policy_analyze_anyway')}
      </button>
    </section>
  );
}
