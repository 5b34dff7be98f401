import { Readability } from '@mozilla/readability';

export type Extraction = {
  text: string;
  title: string | null;
  /** Which route produced the text: Readability's article, or the page body when Readability kept too little. */
  method: 'readability' | 'body';
};

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD']);
/** Page chrome, left out when Readability is not used. */
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';

/**
 * Visible text of an element with block structure kept as line breaks (headings and bullets stay
 * on their own lines, table cells are tab-separated), whitespace folded within lines.
 */
export function blockText(root: Node, composed = false): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // Source line breaks inside a paragraph are layout, not structure.
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    // composed: the live page (chrome skipped here, not removed), read as rendered through open shadow roots and slots.
    if (composed && node.nodeType === 1 && (node as Element).matches(CHROME)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    const shadow = composed ? (node as Element).shadowRoot : null;
    const slotted = composed && tag === 'SLOT' ? ((node as HTMLSlotElement).assignedNodes?.() ?? []) : [];
    if (shadow) walk(shadow);
    else if (slotted.length) slotted.forEach(walk);
    else for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[^\S\t]+/g, ' ').replace(/\s*\t\s*/g, '\t').trim())
    .filter((line, i, all) => line.length > 0 || (i > 0 && all[i - 1]!.length > 0))
    .join('\n')
    .trim();
}

/** Words in prose lines only: menus and link lists (short lines) should not weigh in. */
function proseWords(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter(Boolean).length;
    if (words >= 8) n += words;
  }
  return n;
}

/**
 * The readable text of a page. Works on any DOM Document (the live page in the content script,
 * linkedom in the CLI and tests); never modifies it: Readability runs on a clone.
 */
export function extractPolicyText(doc: Document): Extraction {
  const title = doc.title?.trim() || null;
  const body = doc.body;
  if (!body) return { text: '', title, method: 'body' };

  const bodyClone = body.cloneNode(true) as Element;
  bodyClone.querySelectorAll(CHROME).forEach((el) => el.remove());
  let bodyText = blockText(bodyClone);
  // Web components: clones drop shadow roots, so when text is rendered there the live page is read instead.
  if (hasOpenShadowRoot(body)) {
    const composedText = blockText(body, true);
    if (proseWords(composedText) > proseWords(bodyText)) bodyText = composedText;
  }

  let article: { content: Node | null; title?: string | null } | null = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    // serializer returns the article's element itself, so its block structure can be read.
    const parsed = new Readability<Node>(clone, { charThreshold: 300, serializer: (el: Node) => el }).parse();
    article = parsed ? { content: parsed.content ?? null, title: parsed.title } : null;
  } catch {
    article = null;
  }
  const articleText = article?.content ? blockText(article.content) : '';
  // Readability sometimes keeps one section of a long policy; then the whole body is the better text.
  if (articleText && proseWords(articleText) >= 0.7 * proseWords(bodyText)) {
    return { text: articleText, title: title ?? article?.title ?? null, method: 'readability' };
  }
  return { text: bodyText, title, method: 'body' };
}

function hasOpenShadowRoot(root: Element): boolean {
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) return true;
  return false;
}
