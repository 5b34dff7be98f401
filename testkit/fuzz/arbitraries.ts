import fc from 'fast-check';

/** Policy-ish words and phrases, so random text often reaches the practice judges. */
const PHRASES = [
  'We do not sell your personal information',
  'we may rent',
  'cookies',
  'Google Analytics',
  'third parties',
  'for thirty (30) days',
  'indefinitely',
  'as long as necessary',
  'children under 13',
  'the age of sixteen (16)',
  'e.g.',
  'U.S.',
  'Inc.',
  '•',
  '\n',
  '\n\n',
  '\t',
  ':',
  ';',
  ',',
  '.',
  ' except ',
  " don't ",
  ' not ',
  '18 months',
  'Do Not Sell or Share My Personal Information',
  'retain',
  'delete',
  'privacy policy',
  'merger',
  'DoubleClick',
];
/** Characters that break naive offset code: RTL marks, zero-width, NBSP, ligatures, astral symbols, CRLF. */
const ODD = [
  '\u200f',
  '\u200e',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00a0',
  '\ufb01',
  '\ufb02',
  '😀',
  '𝔸',
  '\r\n',
  '\u2028',
  '\u0301',
  'ﬀ',
  '’',
  '“',
  '”',
];

export const policyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PHRASES),
      fc.constantFrom(...ODD),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 400, size: 'large' },
  )
  .map((parts) => parts.join(' '));

const TAGS = ['p', 'div', 'li', 'ul', 'h2', 'table', 'tr', 'td', 'span', 'a', 'script', 'style', 'nav', 'iframe', 'template', 'svg', 'b'];

/** Random, often malformed HTML: unbalanced tags, attributes, entities and policy text. */
export const htmlPage = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<a href="javascript:alert(1)">x</a>',
        '&amp;',
        '&#0;',
        '&nbsp;',
        '<!--',
        '-->',
        '<![CDATA[',
        '<br>',
        '<p hidden>',
        '<div aria-hidden="true">',
      ),
      policyText,
    ),
    { maxLength: 200, size: 'medium' },
  )
  .map((parts) => `<html><head><title>${parts.length}</title></head><body>${parts.join('')}</body></html>`);

/** Mutations of a real page: delete, duplicate or insert a slice. */
export function mutate(base: string) {
  return fc
    .array(
      fc.tuple(
        fc.nat(base.length),
        fc.nat(400),
        fc.constantFrom('delete', 'duplicate', 'insert'),
        fc.constantFrom('<', '>', '</div>', '<p>', '\u200b', '"', ...ODD),
      ),
      { minLength: 1, maxLength: 12, size: 'large' },
    )
    .map((ops) => {
      let s = base;
      for (const [at, len, op, junk] of ops) {
        const i = Math.min(at, s.length);
        if (op === 'delete') s = s.slice(0, i) + s.slice(i + len);
        else if (op === 'duplicate') s = s.slice(0, i) + s.slice(i, i + len) + s.slice(i);
        else s = s.slice(0, i) + junk + s.slice(i);
      }
      return s;
    });
}
