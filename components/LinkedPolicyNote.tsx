import { useState } from 'preact/hooks';
import type { HostAccessRequest, LinkAttempt } from '../utils/worker/linked-policy';
import { attemptMessage, LINKED_TEXT } from '../utils/linked-policy-text';

type Props = {
  attempts?: LinkAttempt[];
  hostAccess?: HostAccessRequest;
  /** Asks the browser for the origin (must run inside the click); resolves whether the user allowed it. */
  onAllow?: (origin: string) => Promise<boolean>;
  /** Allowed: analyze again, now with the policy in reach. */
  onGranted: () => void;
};

/** "legal.example" or "127.0.0.1:8080": what the user would recognise in the address bar. */
function hostWithPort(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** In the not-a-policy state: why the site's policy links gave no report, and the permission a policy on another site needs. */
export function LinkedPolicyNote({ attempts = [], hostAccess, onAllow, onGranted }: Props) {
  const [declined, setDeclined] = useState(false);
  const tried = attempts.filter((a) => a.problem !== 'permission');
  const host = hostAccess ? (hostWithPort(hostAccess.link.href) ?? hostAccess.origin) : '';
  const allow = () => {
    if (!hostAccess || !onAllow) return;
    // No await before this call: browsers grant permission requests only inside the click.
    onAllow(hostAccess.origin).then(
      (granted) => (granted ? onGranted() : setDeclined(true)),
      () => setDeclined(true),
    );
  };
  if (!tried.length && !hostAccess) return null;
  return (
    <div class="linked-note-block">
      {tried.length > 0 && (
        <div class="linked-attempts">
          <p>{LINKED_TEXT.triedTitle}</p>
          <ul>
            {tried.map((a) => (
              <li key={a.link.href} data-problem={a.problem}>
                {attemptMessage(a)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {hostAccess && (
        <div class="host-access" data-host-access={hostAccess.origin}>
          <p class="host-access-title">{LINKED_TEXT.accessTitle(host)}</p>
          <p>{LINKED_TEXT.accessExplain(host)}</p>
          {declined || !onAllow ? (
            <p class="host-access-declined" role="status">
              {LINKED_TEXT.declined}
            </p>
          ) : (
            <button type="button" class="button button-primary" data-allow-host onClick={allow}>
              {LINKED_TEXT.allow(host)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
