// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TabAnalyzer } from '../utils/worker/analyze-tab';
import { extractPolicyText } from '../utils/extract-policy-text';
import { framedDocument, framePolicyLink } from '../utils/page/framed-policy';

const POLICY = [
  'This privacy policy explains how Brightside Ltd. collects, uses and shares personal information when you use our website and app.',
  'We allow third-party advertising networks, including Google Analytics, to place cookies on your device and track your browsing across other websites.',
  'We may sell your personal information to marketing partners who may contact you with offers.',
  'We keep your personal information for 90 days after you delete your account, and then we erase it.',
  'You can contact us about this privacy policy by e-mail at any time, and we will answer within a month.',
];

function docWith(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

/** A shell page whose frames are given as `contentDocument` values (a getter that throws is a cross-origin frame). */
function shell(own: string, frames: Array<Document | 'cross-origin'>, attrs: Array<{ src?: string; title?: string }> = []): Document {
  const d = docWith(own);
  const fakeFrames = frames.map((f, i) => ({
    get contentDocument() {
      if (f === 'cross-origin') throw new DOMException('Blocked a frame', 'SecurityError');
      return f;
    },
    src: attrs[i]?.src ?? '',
    title: attrs[i]?.title ?? '',
    name: '',
    getAttribute: () => null,
  }));
  return new Proxy(d, { get: (t, k) => (k === 'querySelectorAll' ? () => fakeFrames : Reflect.get(t, k, t)) }) as Document;
}

describe('a policy shown in a frame', () => {
  it('reads a same-origin frame that holds the policy when the page itself says little', () => {
    const framed = docWith(POLICY.map((s) => `<p>${s}</p>`).join(''));
    const found = framedDocument(
      shell('<h1>Legal</h1><p>Our policy:</p>', ['cross-origin', docWith('<p>Ad</p>'), framed]),
      'Legal Our policy:',
      extractPolicyText,
    );
    expect(found?.doc).toBe(framed);
    expect(found?.extraction.text).toContain(POLICY[2]);
  });

  it('keeps the page’s own text when the page is long, and finds nothing in cross-origin frames', () => {
    const framed = docWith(POLICY.map((s) => `<p>${s}</p>`).join(''));
    const longOwn = 'word '.repeat(400);
    expect(framedDocument(shell(`<p>${longOwn}</p>`, [framed]), longOwn, extractPolicyText)).toBeNull();
    expect(framedDocument(shell('<p>Legal</p>', ['cross-origin']), 'Legal', extractPolicyText)).toBeNull();
  });

  it('offers a cross-origin frame whose address or title names a policy as the link to open, never a javascript: one', () => {
    expect(framePolicyLink(shell('', ['cross-origin'], [{ src: 'https://legal.example/privacy', title: 'Privacy notice' }]), '')).toEqual({
      text: 'Privacy notice',
      href: 'https://legal.example/privacy',
    });
    expect(framePolicyLink(shell('', ['cross-origin'], [{ src: 'javascript:alert(1)', title: 'Privacy' }]), '')).toBeNull();
    expect(framePolicyLink(shell('', ['cross-origin'], [{ src: 'https://ads.example/banner', title: 'Ad' }]), '')).toBeNull();
    expect(framePolicyLink(shell('', ['cross-origin'], [{ src: 'https://legal.example/privacy' }]), 'word '.repeat(400))).toBeNull();
  });

  it('says in the result that the policy was read from a frame and is not highlighted', async () => {
    const analyzer = new TabAnalyzer({
      getTab: async () => ({ url: 'https://brightside.test/legal', title: 'Legal' }),
      inject: async () => {},
      extract: async () => ({
        text: POLICY.join('\n'),
        title: 'Privacy',
        url: 'https://brightside.test/legal',
        lang: 'en',
        method: 'body',
        policyLink: null,
        frameUrl: 'https://brightside.test/legal/privacy-frame.html',
      }),
      highlight: async () => 0,
      clearHighlights: async () => {},
      setBadge: async () => {},
      settings: async () => ({ highlightEvidence: true, toolbarBadge: true, minConfidence: 0 }),
    });
    const result = await analyzer.analyze(1);
    expect(result.kind).toBe('report');
    expect(result.kind === 'report' && result.notice).toMatch(/embedded frame.*not highlighted/);
  });
});
