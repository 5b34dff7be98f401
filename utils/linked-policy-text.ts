/** Every user-facing string of the linked-policy feature, in one place (popup and worker). */
import { languageName } from './page-language';
import type { LinkAttempt } from './worker/linked-policy';

export const LINKED_TEXT = {
  from: 'From',
  openAndHighlight: 'Open and highlight',
  openAndHighlightHint: 'Opens the policy in this tab and highlights the sentences behind each verdict.',
  evidenceElsewhere: 'This sentence is in the linked policy, not on this page: “Open and highlight” takes you to it.',
  notOnPageNote: 'These verdicts are about the site’s linked privacy policy, not this page, so nothing is highlighted here.',
  truncated: (mb: number) => `The linked policy is very long: PolicyLens read only its first ${mb} MB.`,
  triedTitle: 'PolicyLens tried the site’s policy links:',
  accessTitle: (host: string) => `The policy is on another site, ${host}.`,
  accessExplain: (host: string) =>
    `To read it here, PolicyLens needs your permission to fetch pages from ${host}. It fetches only the policy page, now, without your cookies, and sends nothing anywhere. You can withdraw the permission in the browser’s extension settings.`,
  allow: (host: string) => `Allow reading ${host}`,
  declined: 'Without that permission PolicyLens cannot read the policy from here: open it and click PolicyLens there.',
  /** The toolbar badge's tooltip when the verdicts came from a linked policy. */
  badgeTitle: (url: string) => `PolicyLens: verdicts from the site’s linked policy (${url})`,
};

/** One line per failed candidate: what happened, in plain words. */
export function attemptMessage(attempt: LinkAttempt): string {
  const name = `“${attempt.link.text}”`;
  switch (attempt.problem) {
    case 'not-found':
      return `${name} leads to a missing page (error ${attempt.status ?? 404}).`;
    case 'http-error':
      return `${name}: the site answered with an error${attempt.status ? ` (${attempt.status})` : ''}.`;
    case 'login':
      return `${name} asks you to sign in, so PolicyLens cannot read it from here.`;
    case 'pdf':
      return `${name} is a PDF, which PolicyLens cannot read yet.`;
    case 'not-html':
      return `${name} is not a web page (a download or an image).`;
    case 'timeout':
      return `${name}: the site did not answer in time.`;
    case 'unreachable':
      return `${name} could not be fetched (the site did not answer, or sent PolicyLens to another site).`;
    case 'empty':
      return `${name} has almost no text.`;
    case 'not-policy':
      return `${name} does not read like a privacy policy.`;
    case 'language':
      return `${name} is in ${languageName(attempt.language ?? 'und')}; PolicyLens reads English policies only for now.`;
    case 'permission':
      return `${name} is on another site, which needs your permission.`;
  }
}
