// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, PRACTICE_ATTR } from '../utils/highlight-dom';
import { buildTextIndex, findAll, foldText, toDomRange } from '../utils/page/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The text a DOM range covers, read back from the live nodes. */
function rangeText(html: string, sentence: string): string | null {
  const root = page(html);
  const index = buildTextIndex(root);
  const [match] = findAll(index, sentence);
  if (!match) return null;
  const r = toDomRange(index, match.start, match.end);
  const range = document.createRange();
  range.setStart(r.startNode, r.startOffset);
  range.setEnd(r.endNode, r.endOffset);
  return range.toString();
}

describe('foldText', () => {
  it('folds whitespace runs, nbsp, curly quotes and dashes, and lower-cases', () => {
    expect(foldText('  We\u00a0don\u2019t   sell\n\t“your” data \u2014 ever. ')).toBe('we don\'t sell "your" data - ever.');
  });
  it('drops soft hyphens and zero-width characters', () => {
    expect(foldText('per\u00adsonal in\u200bformation')).toBe('personal information');
  });
});

describe('folding by code unit (the fast path a 2 MB page takes)', () => {
  it('folds every ASCII unit: whitespace to a space, A–Z lower-cased, the backtick to an apostrophe, the rest kept', () => {
    for (let code = 33; code < 128; code++) {
      const c = String.fromCharCode(code);
      const want = code >= 65 && code <= 90 ? c.toLowerCase() : c === '`' ? "'" : c;
      expect(foldText(`a${c}b`), `code ${code}`).toBe(`a${want}b`);
    }
    for (const space of ['\t', '\n', '\v', '\f', '\r', ' ']) expect(foldText(`a${space}b`)).toBe('a b');
  });

  it('folds non-ASCII units by the same rule, in the page index and in the needle alike', () => {
    const page = 'Ünsere\u00a0DATEN \u2014 \u201cİstanbul\u201d caf\u00c9 per\u00adsonal \ud835\udc00 \u00df';
    expect(foldText(page)).toBe('ünsere daten - "İstanbul" café personal \ud835\udc00 ß');
    document.body.innerHTML = `<p>${page}</p>`;
    expect(buildTextIndex(document.body).text).toBe(foldText(page));
  });

  it('maps every folded unit of a large text node back to its offset', () => {
    const text = 'Acme Privacy Data Company Inc. The Website Service Policy Notice '.repeat(2000);
    document.body.innerHTML = `<p>${text}</p>`;
    const index = buildTextIndex(document.body);
    expect(index.text).toBe(foldText(text));
    expect(index.nodeOf).toHaveLength(index.text.length);
    const at = index.text.lastIndexOf('policy notice');
    expect(text.slice(index.offsetOf[at]!, index.offsetOf[at + 12]! + 1)).toBe('Policy Notice');
  });
});

describe('buildTextIndex + findAll', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a sentence split over several inline elements', () => {
    const html = '<p>Intro. We <b>may share</b> your <a href="#x">personal <i>data</i></a> with advertisers. Outro.</p>';
    expect(rangeText(html, 'We may share your personal data with advertisers.')).toBe('We may share your personal data with advertisers.');
  });

  it('matches despite extra whitespace, line breaks and nbsp in the page', () => {
    const html = '<p>We   keep\n   your data\u00a0for\n\n <em>90</em>&nbsp;days.</p>';
    expect(rangeText(html, 'We keep your data for 90 days.')).toBe('We   keep\n   your data\u00a0for\n\n 90\u00a0days.');
  });

  it('matches curly quotes on the page against straight ones in the text (and back)', () => {
    expect(rangeText('<p>We don\u2019t sell \u201cpersonal information\u201d.</p>', 'We don\'t sell "personal information".')).toBe(
      'We don\u2019t sell \u201cpersonal information\u201d.',
    );
    expect(rangeText("<p>We don't sell it.</p>", 'We don\u2019t sell it.')).toBe("We don't sell it.");
  });

  it('separates words of different blocks even without whitespace in the source', () => {
    const root = page('<h2>Cookies</h2><p>We use cookies.</p><ul><li>one</li><li>two</li></ul>a<br>b');
    expect(buildTextIndex(root).text).toBe('cookies we use cookies. one two a b');
  });

  it('does not split a word that inline elements cut in two', () => {
    const root = page('<p>pri<span>vacy</span> notice</p>');
    expect(buildTextIndex(root).text).toBe('privacy notice');
  });

  it('ignores script, style, template and form control text', () => {
    const root = page(
      '<p>Visible.</p><script>var secret = 1;</script><style>p{}</style><template>t</template><textarea>typed</textarea><button>Accept</button>',
    );
    expect(buildTextIndex(root).text).toBe('visible.');
  });

  it('lists every occurrence in document order', () => {
    const index = buildTextIndex(page('<p>We do not sell data.</p><div>x</div><p>We do not sell data.</p>'));
    const found = findAll(index, 'We do not sell data.');
    expect(found).toHaveLength(2);
    expect(found[0]!.start).toBeLessThan(found[1]!.start);
  });

  it('finds a long sentence by its two ends when the middle differs on the page', () => {
    const sentence =
      'We retain the personal information you give us for as long as your account remains active and for thirty days after you close it.';
    const html =
      '<p>We retain the personal information you give us<sup>[2]</sup> for as long as your account remains active and for thirty days after you close it.</p>';
    expect(rangeText(html, sentence)).toBe(
      'We retain the personal information you give us[2] for as long as your account remains active and for thirty days after you close it.',
    );
  });

  it('returns nothing for a sentence that is not on the page', () => {
    expect(findAll(buildTextIndex(page('<p>Hello world.</p>')), 'We sell data.')).toEqual([]);
    expect(findAll(buildTextIndex(page('<p>Hello world.</p>')), '   ')).toEqual([]);
  });
});

describe('Highlighter', () => {
  const mark = (practice: string) => () => {
    const el = document.createElement('mark');
    el.setAttribute(PRACTICE_ATTR, practice);
    return el;
  };

  function wrapSentence(h: Highlighter, root: HTMLElement, sentence: string, practice: string) {
    const index = buildTextIndex(root);
    const [match] = findAll(index, sentence);
    return h.wrap(index, toDomRange(index, match!.start, match!.end), mark(practice));
  }

  it('wraps a range spanning several elements and restores the original nodes and markup', () => {
    const html = '<p id="p">Intro. We <b>may share</b> your <a href="#x">personal <i>data</i></a> with advertisers. Outro.</p>';
    const root = page(html);
    const before = root.innerHTML;
    const firstText = root.querySelector('#p')!.firstChild as Text;
    const h = new Highlighter();
    const marks = wrapSentence(h, root, 'We may share your personal data with advertisers.', 'sharing');
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.map((m) => m.textContent).join('')).toBe('We may share your personal data with advertisers.');
    expect(root.querySelector('b')!.querySelector(`[${PRACTICE_ATTR}="sharing"]`)).not.toBeNull();
    expect(root.textContent).toBe('Intro. We may share your personal data with advertisers. Outro.');

    h.clear();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll(`[${PRACTICE_ATTR}]`)).toHaveLength(0);
    // The page's own text node object survives with its full text (frameworks keep references).
    expect(firstText.isConnected).toBe(true);
    expect(firstText.data).toBe('Intro. We ');
  });

  it('nests a second practice inside the same sentence and unwraps both', () => {
    const root = page('<p>We keep your data for <b>two years</b>, then delete it.</p>');
    const before = root.innerHTML;
    const h = new Highlighter();
    wrapSentence(h, root, 'We keep your data for two years, then delete it.', 'retention');
    wrapSentence(h, root, 'We keep your data for two years, then delete it.', 'other');
    expect(root.querySelectorAll(`[${PRACTICE_ATTR}="retention"] [${PRACTICE_ATTR}="other"]`).length).toBeGreaterThan(0);
    h.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('keeps event handlers of the page working on highlighted text', () => {
    const root = page('<p><a href="#a" id="a">We sell your data.</a></p>');
    let clicks = 0;
    root.querySelector('#a')!.addEventListener('click', (e) => {
      clicks++;
      e.preventDefault();
    });
    const h = new Highlighter();
    const [m] = wrapSentence(h, root, 'We sell your data.', 'selling');
    m!.click();
    expect(clicks).toBe(1);
  });

  it('never wraps whitespace-only text between blocks', () => {
    const root = page('<ul>\n<li>We sell</li>\n<li>data.</li>\n</ul>');
    const h = new Highlighter();
    const marks = wrapSentence(h, root, 'We sell data.', 'selling');
    expect(marks.map((m) => m.parentElement!.tagName)).toEqual(['LI', 'LI']);
  });

  it("clear removes only its own marks: a page element carrying our attribute is the page's (issue 18)", () => {
    const root = page('<p>a <mark data-policylens-practice="x">b</mark> c</p>');
    new Highlighter().clear();
    expect(root.innerHTML).toBe('<p>a <mark data-policylens-practice="x">b</mark> c</p>');
  });
});
