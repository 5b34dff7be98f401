import type { LinkedSource } from '../utils/worker/linked-policy';
import { t } from '../utils/i18n';
import { LINKED_TEXT } from '../utils/linked-policy-text';
import { ExternalIcon } from './icons';
import { isOpenableLink } from './NotPolicyState';

type Props = { source: LinkedSource; onOpen: (url: string) => void };

/** Heads a report of the site's linked policy: where it came from, and a way to go there with highlights. */
export function LinkedPolicyHeader({ source, onOpen }: Props) {
  const openable = isOpenableLink(source.url);
  return (
    <div class="linked-source" data-linked-policy>
      <p class="linked-from">
        {LINKED_TEXT.from} <q class="linked-link-text">{source.text.trim() || t('not_policy_link_default')}</q> (
        <span class="linked-url">{source.url}</span>)
      </p>
      <p class="linked-note">{LINKED_TEXT.notOnPageNote}</p>
      {openable && (
        <button
          type="button"
          class="button button-secondary"
          data-open-linked
          title={LINKED_TEXT.openAndHighlightHint}
          onClick={() => onOpen(source.url)}
        >
          <ExternalIcon />
          {LINKED_TEXT.openAndHighlight}
        </button>
      )}
    </div>
  );
}
