// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightRequest } from '../utils/tab-analysis';
import { PageHighlights } from '../utils/page/page-highlights';
import { buildTextIndex } from '../utils/page/text-index';

const SELL = 'We may sell your personal information to marketing partners.';
const KEEP = 'We keep your data for 90 days.';

function request(practice: string, text: string, start: number): HighlightRequest {
  return {
    practice,
    practiceTitle: `Title ${practice}`,
    verdict: 'v',
    verdictLabel: `Label ${practice}`,
    tone: 'bad',
    reason: `Reason ${practice}`,
    text,
    start,
    end: start + text.length,
  };
}

/** <policy-page> renders a heading, its slotted intro and a nested <policy-part> holding SELL, all in open shadow roots. */
function buildPage(): { outer: ShadowRoot; inner: ShadowRoot } {
  document.body.innerHTML = `<p id="light">Light text before.</p><policy-page><p slot="intro">${KEEP}</p><p>Unslotted light text is not rendered.</p></policy-page><p>Light text after.</p>`;
  const outer = document.querySelector('policy-page')!.attachShadow({ mode: 'open' });
  outer.innerHTML = '<h2>Policy</h2><slot name="intro"></slot><policy-part></policy-part>';
  const inner = outer.querySelector('policy-part')!.attachShadow({ mode: 'open' });
  inner.innerHTML = `<p>${SELL}</p>`;
  return { outer, inner };
}

describe('highlights inside open shadow roots (web components)', () => {
  let highlights: PageHighlights;
  beforeEach(() => {
    highlights = new PageHighlights(document);
  });
  afterEach(() => {
    highlights.clear();
    document.querySelectorAll('policylens-tooltip').forEach((host) => host.remove());
  });

  it('indexes the rendered text in order: light, shadow heading, slotted text, nested shadow, light', () => {
    buildPage();
    const { text } = buildTextIndex(document.body);
    expect(text).toBe(`light text before. policy ${KEEP.toLowerCase()} ${SELL.toLowerCase()} light text after.`);
  });

  it('wraps sentences in nested shadow roots and slotted light text, scrolls to them, and clears back to the original', () => {
    const { outer, inner } = buildPage();
    const before = { light: document.body.innerHTML, outer: outer.innerHTML, inner: inner.innerHTML };
    expect(highlights.highlight([request('retention', KEEP, 10), request('selling', SELL, 50)])).toBe(2);
    expect(inner.querySelector('[data-policylens-practice="selling"]')?.textContent).toBe(SELL);
    expect(document.querySelector('p[slot="intro"] [data-policylens-practice="retention"]')?.textContent).toBe(KEEP);
    expect(highlights.scrollTo(50)).toBe(true);
    expect(highlights.scrollTo(999)).toBe(false);
    highlights.clear();
    expect({ light: document.body.innerHTML, outer: outer.innerHTML, inner: inner.innerHTML }).toEqual(before);
  });
});
