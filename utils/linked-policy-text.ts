/** Every user-facing string of the linked-policy feature, in one place (popup and worker); the words are in `locales/*.json`. */
import { t, type MessageKey } from './i18n';
import { languageName } from './page-language';
import type { LinkAttempt } from './worker/linked-policy';

export const LINKED_TEXT = {
  get from() {
    return t('linked_from');
  },
  get openAndHighlight() {
    return t('linked_open');
  },
  get openAndHighlightHint() {
    return t('linked_open_hint');
  },
  get evidenceElsewhere() {
    return t('linked_evidence_elsewhere');
  },
  get notOnPageNote() {
    return t('linked_not_on_page');
  },
  truncated: (mb: number) => t('linked_truncated', mb),
  get triedTitle() {
    return t('linked_tried_title');
  },
  accessTitle: (host: string) => t('linked_access_title', host),
  accessExplain: (host: string) => t('linked_access_explain', host),
  allow: (host: string) => t('linked_allow', host),
  get declined() {
    return t('linked_declined');
  },
  /** The toolbar badge's tooltip when the verdicts came from a linked policy. */
  badgeTitle: (url: string) => t('linked_badge_title', url),
};

/** One line per failed candidate: what happened, in plain words. */
export function attemptMessage(attempt: LinkAttempt): string {
  const name = t('linked_quote', attempt.link.text);
  switch (attempt.problem) {
    case 'not-found':
      return t('linked_attempt_not_found', name, attempt.status ?? 404);
    case 'http-error':
      return attempt.status ? t('linked_attempt_http_error_status', name, attempt.status) : t('linked_attempt_http_error', name);
    case 'language':
      return t('linked_attempt_language', name, languageName(attempt.language ?? 'und'));
    default:
      return t(ATTEMPT_KEYS[attempt.problem], name);
  }
}

/** The message for each problem that needs only the link's name (every problem is listed: the type says so). */
const ATTEMPT_KEYS: Record<Exclude<LinkAttempt['problem'], 'not-found' | 'http-error' | 'language'>, MessageKey> = {
  login: 'linked_attempt_login',
  pdf: 'linked_attempt_pdf',
  'not-html': 'linked_attempt_not_html',
  timeout: 'linked_attempt_timeout',
  unreachable: 'linked_attempt_unreachable',
  empty: 'linked_attempt_empty',
  'not-policy': 'linked_attempt_not_policy',
  permission: 'linked_attempt_permission',
};
