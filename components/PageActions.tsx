import type { Report } from '../analyzer/types';
import { t } from '../utils/i18n';
import type { ActionLink } from '../utils/worker/page-actions';
import { ExternalIcon } from './icons';
import { isOpenableLink } from './NotPolicyState';

/** A plain e-mail address (the contact practice also lists phone numbers, offices and obfuscated addresses). */
const EMAIL = /^[^\s@<>()"',;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** The privacy contact as a mailto link with a prefilled subject, when the policy gives an address. */
export function contactMailto(report: Report, subject: string): { address: string; href: string } | null {
  const address = report.practices.contact?.contacts?.find((c) => EMAIL.test(c.trim()))?.trim();
  return address ? { address, href: `mailto:${address}?subject=${encodeURIComponent(subject)}` } : null;
}

type Props = { report: Report; links: ActionLink[] };

/** What a person can do about it: the page's opt-out link, its privacy settings, the privacy contact. */
export function PageActions({ report, links }: Props) {
  const optOut = links.find((l) => l.kind === 'opt-out' && isOpenableLink(l.href));
  const settings = links.find((l) => l.kind === 'settings' && isOpenableLink(l.href));
  const mail = contactMailto(report, t('action_mail_subject'));
  if (!optOut && !settings && !mail) return null;
  const item = (kind: string, href: string, label: string, detail: string) => (
    <li key={kind}>
      <a class="action-link" data-action={kind} href={href} target="_blank" rel="noopener noreferrer">
        <ExternalIcon />
        <span class="action-label">{label}</span>
        <span class="action-detail">{detail}</span>
      </a>
    </li>
  );
  return (
    <section class="actions" aria-labelledby="actions-title">
      <h2 class="section-title" id="actions-title">
        {t('actions_title')}
      </h2>
      <ul class="action-list">
        {optOut && item('opt-out', optOut.href, t('action_opt_out'), optOut.text)}
        {settings && item('settings', settings.href, t('action_privacy_settings'), settings.text)}
        {mail && item('contact', mail.href, t('action_contact'), mail.address)}
      </ul>
    </section>
  );
}
