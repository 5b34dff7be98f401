// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightRequest } from '../utils/tab-analysis';
import { PageHighlights } from '../utils/page/page-highlights';

const PAGE = `
  <nav><a href="#s">We may sell your data to partners (section 4)</a></nav>
  <h2 id="h">We may sell your data to partners</h2>
  <p id="a">We use Google Analytics cookies to track you.</p>
  <p id="s">We may sell your data to partners.</p>
  <p id="c">We keep data for 90 days after you leave.</p>
`;

function request(practice: string, text: string, start: number, decisive = true): HighlightRequest {
  return {
    practice,
    practiceTitle: practice,
    verdict: 'v',
    verdictLabel: 'label',
    tone: 'bad',
    reason: 'why',
    text,
    start,
    end: start + text.length,
    decisive,
  };
}

describe('highlights: one tab stop, decisive sentences in colour, never a heading', () => {
  let highlights: PageHighlights;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    highlights = new PageHighlights(document);
    highlights.highlight([
      request('tracking', 'We use Google Analytics cookies to track you.', 10),
      request('selling', 'We may sell your data to partners.', 60),
      request('retention', 'We keep data for 90 days after you leave.', 100, false),
    ]);
  });
  afterEach(() => {
    highlights.clear();
    document.querySelectorAll('policylens-tooltip').forEach((host) => host.remove());
  });

  it('adds exactly one tab stop to the page, and arrow keys step through the highlights in reading order', () => {
    const stops = [...document.querySelectorAll<HTMLElement>('[data-policylens-practice][tabindex]')];
    expect(stops.map((m) => m.getAttribute('data-policylens-practice'))).toEqual(['tracking', 'selling', 'retention']);
    expect(document.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    stops[0]!.focus();
    stops[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(stops[1]);
    expect(stops[1]!.tabIndex).toBe(0);
    expect(stops[0]!.tabIndex).toBe(-1);
    stops[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(stops[0]);
    // Wraps around from the first to the last.
    stops[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(stops[2]);
    expect(document.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('leaves other keys and keys outside the highlights to the page', () => {
    const stop = document.querySelector<HTMLElement>('[tabindex="0"]')!;
    const letter = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true });
    stop.dispatchEvent(letter);
    expect(letter.defaultPrevented).toBe(false);
    const elsewhere = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    document.querySelector('#c')!.dispatchEvent(elsewhere);
    expect(elsewhere.defaultPrevented).toBe(false);
  });

  it('marks the sentence in the paragraph, never the same words in a heading or a contents link', () => {
    expect(document.querySelector('#h [data-policylens-practice]')).toBeNull();
    expect(document.querySelector('nav [data-policylens-practice]')).toBeNull();
    expect(document.querySelector('#s [data-policylens-practice="selling"]')).not.toBeNull();
  });

  it('clears every highlight and its tab stop', () => {
    highlights.clear();
    expect(document.querySelector('[data-policylens-practice]')).toBeNull();
    expect(document.querySelector('[tabindex]')).toBeNull();
  });
});
