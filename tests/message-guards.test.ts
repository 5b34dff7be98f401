import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { highlightRequests } from '../utils/highlight-requests';
import {
  isFromExtension,
  isFromExtensionPage,
  MAX_HIGHLIGHTS,
  parseAnalyzeTab,
  parseHighlights,
  parseStart,
} from '../utils/message-guards';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const HIGHLIGHT = {
  practice: 'tracking',
  practiceTitle: 'Tracking',
  verdict: 'third-party',
  verdictLabel: 'Third-party',
  tone: 'bad',
  reason: 'why',
  text: 'We use cookies.',
  start: 10,
  end: 25,
};

describe('who may ask the worker to analyze a tab', () => {
  it('accepts the popup and refuses content scripts, web pages and other extensions', () => {
    expect(isFromExtensionPage({ id: ID, url: `${BASE}popup.html` }, ID, BASE)).toBe(true);
    // Firefox: pages under moz-extension://<uuid>/ while the id is the add-on id.
    expect(
      isFromExtensionPage(
        { id: 'policylens@x', url: 'moz-extension://1234-uuid/popup.html' },
        'policylens@x',
        'moz-extension://1234-uuid/',
      ),
    ).toBe(true);
    // Our own content script: same id, but its url is the web page's.
    expect(isFromExtensionPage({ id: ID, url: 'https://evil.example/', tab: { id: 1 } }, ID, BASE)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: 'chrome-extension://other/popup.html' }, ID, BASE)).toBe(false);
    expect(isFromExtensionPage({ id: ID, url: `chrome-extension://${ID}evil/x.html` }, ID, BASE)).toBe(false);
    expect(isFromExtensionPage(undefined, ID, BASE)).toBe(false);
    expect(isFromExtensionPage({ id: ID, url: `${BASE}popup.html` }, ID, '')).toBe(false);
  });

  it('lets the content script hear only this extension, never a tab', () => {
    expect(isFromExtension({ id: ID, url: `${BASE}popup.html` }, ID)).toBe(true);
    expect(isFromExtension({ id: ID, tab: { id: 3 } }, ID)).toBe(false);
    expect(isFromExtension({ id: 'other' }, ID)).toBe(false);
    expect(isFromExtension({}, ID)).toBe(false);
    expect(isFromExtension({ id: '' }, '')).toBe(false);
  });
});

describe('message payloads', () => {
  it('analyzeTab takes a non-negative integer tab id and optional booleans', () => {
    expect(parseAnalyzeTab({ tabId: 7 })).toEqual({ tabId: 7, force: false, refresh: false });
    expect(parseAnalyzeTab({ tabId: 0, force: true })).toEqual({ tabId: 0, force: true, refresh: false });
    expect(parseAnalyzeTab({ tabId: 3, refresh: true })).toEqual({ tabId: 3, force: false, refresh: true });
    for (const bad of [
      undefined,
      null,
      {},
      { tabId: -1 },
      { tabId: 1.5 },
      { tabId: '7' },
      { tabId: Number.NaN },
      { tabId: Infinity },
      { tabId: 1, force: 'yes' },
      { tabId: 1, refresh: 1 },
    ]) {
      expect(() => parseAnalyzeTab(bad)).toThrow(TypeError);
    }
  });

  it('scrollToEvidence takes a finite non-negative integer', () => {
    expect(parseStart({ start: 42 })).toBe(42);
    for (const bad of [undefined, { start: -3 }, { start: '42"]' }, { start: Infinity }, { start: 2 ** 60 }, { start: null }]) {
      expect(() => parseStart(bad)).toThrow(TypeError);
    }
  });

  it('highlightEvidence takes a bounded array of well-formed highlights and drops unknown fields', () => {
    const [parsed] = parseHighlights({ highlights: [{ ...HIGHLIGHT, extra: '<script>', __proto__: { polluted: 1 } }] });
    expect(parsed).toEqual(HIGHLIGHT);
    expect(Object.keys(parsed!)).not.toContain('extra');
    expect(parseHighlights({ highlights: Array(MAX_HIGHLIGHTS).fill(HIGHLIGHT) })).toHaveLength(MAX_HIGHLIGHTS);
    const bad = [
      undefined,
      { highlights: 'x' },
      { highlights: Array(MAX_HIGHLIGHTS + 1).fill(HIGHLIGHT) },
      { highlights: [null] },
      { highlights: [{ ...HIGHLIGHT, tone: 'red' }] },
      { highlights: [{ ...HIGHLIGHT, text: 5 }] },
      { highlights: [{ ...HIGHLIGHT, reason: 'x'.repeat(5001) }] },
      { highlights: [{ ...HIGHLIGHT, start: -1 }] },
      { highlights: [{ ...HIGHLIGHT, start: 30, end: 20 }] },
      { highlights: [{ ...HIGHLIGHT, end: Number.NaN }] },
    ];
    for (const data of bad) expect(() => parseHighlights(data)).toThrow(TypeError);
  });
});

describe('the checks against what the analyzer really sends', () => {
  it('accept the highlights of a report with the longest sentences and every practice firing', () => {
    const long = `We may sell ${'your personal information and usage history '.repeat(40)}to marketing partners`;
    const text = [
      'Privacy Policy. This privacy policy explains how we collect, use and share personal information.',
      long + '.',
      'We use cookies and Google Analytics and advertising partners to track your activity across websites.',
      'We retain personal information for 90 days. Our services are not directed to children under 13.',
      'We transfer data to the United States. We protect data with encryption. You may request deletion of your data.',
      'We collect health data and precise location. We do not respond to Do Not Track signals. Contact privacy@example.test.',
      'We may update this policy and will notify you by e-mail.',
    ]
      .join('\n')
      .repeat(30);
    const requests = highlightRequests(analyze(text, { url: null, title: null, source: 't' }), { minConfidence: 0 });
    expect(requests.length).toBeGreaterThan(8);
    expect(parseHighlights({ highlights: requests })).toEqual(requests);
  });

  it('either return well-formed highlights or throw a TypeError, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(
          fc.record(
            {
              practice: fc.string(),
              practiceTitle: fc.string(),
              verdict: fc.string(),
              verdictLabel: fc.string(),
              tone: fc.constantFrom('good', 'bad', 'x'),
              reason: fc.string(),
              text: fc.string(),
              start: fc.integer(),
              end: fc.integer(),
            },
            { requiredKeys: [] },
          ),
        ),
        (junk, list) => {
          for (const data of [junk, { highlights: junk }, { highlights: list }]) {
            try {
              for (const h of parseHighlights(data))
                expect(h.start <= h.end && typeof h.text === 'string' && ['good', 'caution', 'bad', 'neutral'].includes(h.tone)).toBe(true);
            } catch (error) {
              expect(error).toBeInstanceOf(TypeError);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
