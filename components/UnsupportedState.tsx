import { UnsupportedIcon } from './icons';

const TITLES: Record<string, string> = {
  forbidden: 'PolicyLens can’t read this page',
  pdf: 'PDF policies aren’t supported yet',
  empty: 'There’s no text to read here',
  language: 'This language isn’t supported yet',
  'too-large': 'This page is too large to analyze',
  frame: 'The policy is inside an embedded frame',
};

/** Pages PolicyLens cannot analyze (browser pages, PDFs, other languages): the reason in plain words. */
export function UnsupportedState({ reason, message }: { reason: string; message: string }) {
  return (
    <section class="state state-unsupported" aria-labelledby="state-title" data-reason={reason}>
      <UnsupportedIcon />
      <h2 id="state-title">{TITLES[reason] ?? 'PolicyLens can’t read this page'}</h2>
      <p class="state-text">{message}</p>
    </section>
  );
}
