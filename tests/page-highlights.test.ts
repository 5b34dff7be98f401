// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightRequest } from '../utils/tab-analysis';
import { PageHighlights } from '../utils/page/page-highlights';

const PAGE = `
  <h1>Privacy   Policy</h1>
  <p id="a">We use <b>Google&nbsp;Analytics</b> cookies to track you.</p>
  <p id="b">We may sell your “personal information” to partners.</p>
  <p id="c">We keep data for 90 days. We keep data for 90 days.</p>
`;

function request(practice: string, text: string, start: number, tone: HighlightRequest['tone'] = 'bad'): HighlightRequest {
  return {
    practice,
    practiceTitle: `Title ${practice}`,
    verdict: 'v',
    verdictLabel: `Label ${practice}`,
    tone,
    reason: `Reason ${practice}`,
    text,
    start,
    end: start + text.length,
  };
}

function tooltipText(): string | null {
  const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
  return box && box.style.display !== 'none' ? box.textContent : null;
}

describe('PageHighlights', () => {
  let highlights: PageHighlights;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    highlights = new PageHighlights(document);
  });
  afterEach(() => {
    // One instance per page in real life: retire this one completely.
    highlights.clear();
    document.querySelectorAll('policylens-tooltip').forEach((host) => host.remove());
  });

  it('places each sentence once, nests a second practice on the same sentence, and clears back to the original page', () => {
    const before = document.body.innerHTML;
    const placed = highlights.highlight([
      request('tracking', 'We use Google Analytics cookies to track you.', 20),
      request('selling', 'We may sell your "personal information" to partners.', 70),
      request('sharing', 'We may sell your "personal information" to partners.', 70, 'caution'),
      request('missing', 'This sentence is not on the page.', 200),
    ]);
    expect(placed).toBe(3);
    expect(document.querySelector('#a [data-policylens-practice="tracking"]')).not.toBeNull();
    expect(document.querySelectorAll('#b [data-policylens-practice="selling"] [data-policylens-practice="sharing"]').length).toBe(1);
    // Each sentence is a stop of one roving tab stop: the page gains a single tabindex="0".
    expect(document.querySelectorAll('#b [tabindex]')).toHaveLength(1);
    expect(document.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    highlights.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('gives a repeated sentence its next occurrence', () => {
    highlights.highlight([request('retention', 'We keep data for 90 days.', 100), request('retention', 'We keep data for 90 days.', 126)]);
    const marks = [...document.querySelectorAll('#c [data-policylens-practice]')];
    expect(marks).toHaveLength(2);
    expect(marks.map((m) => m.getAttribute('data-policylens-start'))).toEqual(['100', '126']);
  });

  it('shows every practice of a sentence in the tooltip on focus, as text, and hides it on Escape', () => {
    highlights.highlight([
      request('selling', 'We may sell your "personal information" to partners.', 70),
      request('sharing', 'We may sell your "personal information" to partners.', 70, 'caution'),
    ]);
    const focusable = document.querySelector<HTMLElement>('#b [tabindex="0"]')!;
    focusable.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const text = tooltipText()!;
    expect(text).toContain('Title selling');
    expect(text).toContain('Label selling');
    expect(text).toContain('Reason sharing');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tooltipText()).toBeNull();
  });

  it('never interprets page text as markup in the tooltip', () => {
    document.body.innerHTML = '<p>We sell data to <img src=x onerror=alert(1)> partners.</p>';
    const evil = request('selling', 'We sell data to partners.', 0);
    evil.reason = '<img src=x onerror="window.__pwned=1">';
    highlights.highlight([evil]);
    document.querySelector('[data-policylens-practice]')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const shadow = document.querySelector('policylens-tooltip')!.shadowRoot!;
    expect(shadow.querySelector('img')).toBeNull();
    expect(tooltipText()).toContain('<img src=x');
  });

  it('scrolls to a placed sentence and says false for an unknown one', () => {
    highlights.highlight([request('tracking', 'We use Google Analytics cookies to track you.', 20)]);
    expect(highlights.scrollTo(20)).toBe(true);
    expect(highlights.scrollTo(999)).toBe(false);
  });
});
