import { Readability } from '@mozilla/readability';
import { BLOCK_TAGS, NO_TEXT_TAGS } from './dom-text-tags';

export type Extraction = {
  text: string;
  title: string | null;
  /** Which route produced the text: Readability's article, or the page body when Readability kept too little. */
  method: 'readability' | 'body';
  /** Lines of prose read from a side panel (`aside`) or a region hidden from screen readers: the reader may not notice them. */
  sideLines?: number;
};

/** Decides whether an element is rendered (its subtree is skipped when not). */
export type Rendered = (el: Element) => boolean;

// A <br> ends a line of the extracted text; table cells are joined by tabs instead (blockText).
const BLOCK = new Set([...BLOCK_TAGS, 'BR']);
const SKIP = new Set(NO_TEXT_TAGS);
/** Page chrome (menus, banners), left out of the body text when Readability is not used. */
const CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
/** Regions a reader may not notice though they are on screen: a side panel, or text hidden from screen readers. */
const SIDE = 'aside, [aria-hidden="true"]';

/**
 * Without a layout (static HTML: linkedom in the CLI, an inert DOMParser document of a fetched policy) the markup
 * tells: the `hidden` attribute, and a closed dialog. No CSS is applied there, inline or from a stylesheet, and a
 * static page's `display: none` is routinely undone by its scripts (accordion panels, tabs, "read more"), so such
 * a section is text the page shows its reader and is read. A closed dialog is not: it is an overlay outside the
 * reading order (cookie consent, sign-up, a "learn more" box), shown over the page only on demand. The live page in
 * the browser is judged by what it renders instead (`renderedOnPage`). `aria-hidden` never decides: its text is on screen.
 */
export const unrenderedByMarkup: Rendered = (el) => {
  if (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') return false;
  return !closedDialog(el) && !consentOverlay(el);
};

/**
 * The banner or preference centre a consent manager injects into every page (OneTrust, Cookiebot, Didomi, Quantcast
 * and look-alikes), saved with the page: an overlay the site's scripts keep hidden until asked, never the policy.
 * Its text ("Clicking the button below will opt you out of the sale…", "Always active") would read as the policy's.
 * A cookie policy's own cookie list (OneTrust's `ot-sdk-cookie-policy`) is content and is kept.
 */
const CONSENT_OVERLAY =
  /^(?:onetrust-(?:banner|pc|consent)-sdk|CybotCookiebotDialog|didomi-(?:popup|notice|host)|qc-cmp2-(?:container|ui)|cookie-?(?:banner|consent|notice)(?:-(?:container|dialog|modal))?|truste-consent-track|cc-window)$/i;

function consentOverlay(el: Element): boolean {
  const id = el.getAttribute('id');
  return !!id && CONSENT_OVERLAY.test(id);
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/** A `<dialog>` without `open`, or an element with a dialog role that an inline `display: none` keeps closed. */
function closedDialog(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'DIALOG') return !el.hasAttribute('open');
  if (!DIALOG_ROLES.has((el.getAttribute('role') ?? '').trim().toLowerCase())) return false;
  return /(?:^|;)\s*display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/**
 * On the live page: what is rendered (computed display, visibility, opacity), read without changing the page.
 * Content the reader can open is kept: a closed <details>, `hidden="until-found"`, a section collapsed by a
 * visible `aria-expanded="false"` control that names it in `aria-controls`.
 */
export function renderedOnPage(doc: Document): Rendered {
  const view = doc.defaultView;
  if (!view) return unrenderedByMarkup;
  const openable = new Set<string>();
  for (const control of Array.from(doc.querySelectorAll('[aria-controls][aria-expanded="false"]'))) {
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) openable.add(id);
  }
  const isRendered = (el: Element) => {
    const style = view.getComputedStyle(el);
    if (style.display === 'none') return el.getAttribute('hidden') === 'until-found' || (!!el.id && openable.has(el.id));
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    return style.opacity === '' || Number(style.opacity) !== 0;
  };
  // One extraction asks about each element two or three times (body text, Readability's copy, side regions), and
  // a computed style is the costly part: each element's answer is kept for this extraction.
  const known = new WeakMap<Element, boolean>();
  return (el) => {
    let yes = known.get(el);
    if (yes === undefined) known.set(el, (yes = isRendered(el)));
    return yes;
  };
}

type WalkOptions = { composed?: boolean; rendered?: Rendered; skip?: string };

/**
 * Visible text of an element with block structure kept as line breaks (headings and bullets stay
 * on their own lines, table cells are tab-separated), whitespace folded within lines. Iterative (a
 * 20,000-deep page must not overflow the stack) and read-only.
 */
export function blockText(root: Node, options: boolean | WalkOptions = false): string {
  const { composed = false, rendered, skip } = typeof options === 'boolean' ? { composed: options } : options;
  const parts: string[] = [];
  // Work items: a node to enter, or a string to emit once its subtree is done (the closing line break).
  const stack: Array<Node | string> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      // Source line breaks inside a paragraph are layout, not structure.
      parts.push(foldSpaceRuns(node.nodeValue ?? '', false));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) continue;
    if (node.nodeType === 1 && node !== root) {
      const el = node as Element;
      if (skip && el.matches(skip)) continue;
      if (rendered && !rendered(el)) continue;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    if (block) stack.push('\n');
    // composed: the live page read as rendered through open shadow roots and slots.
    const shadow = composed ? (node as Element).shadowRoot : null;
    const slotted = composed && tag === 'SLOT' ? ((node as HTMLSlotElement).assignedNodes?.() ?? []) : [];
    const children: Node[] = shadow ? [shadow] : slotted.length ? [...slotted] : [];
    if (!shadow && !slotted.length) for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => foldSpaceRuns(line, true).trim())
    .filter((line, i, all) => line.length > 0 || (i > 0 && all[i - 1]!.length > 0))
    .join('\n')
    .trim();
}

/**
 * Each run of whitespace as one space, or (`tabs`) as one tab when the run holds a tab (a table cell's edge).
 * Only the runs that change are copied around: a 2 MB paragraph of single spaces is returned as it is, where a
 * global regex replace would build 300,000 pieces for the collector.
 */
export function foldSpaceRuns(text: string, tabs: boolean): string {
  const change = tabs ? RUN_TO_FOLD_KEEPING_TABS : RUN_TO_FOLD;
  change.lastIndex = 0;
  let out = '';
  let from = 0;
  // The engine finds the runs that change (a native scan); only their ends are walked here.
  for (let m = change.exec(text); m; m = change.exec(text)) {
    let end = m.index;
    let tab = false;
    for (; end < text.length && isSpaceCode(text.charCodeAt(end)); end++) if (text.charCodeAt(end) === 9) tab = true;
    out += text.slice(from, m.index) + (tabs && tab ? '\t' : ' ');
    from = end;
    change.lastIndex = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The start of a whitespace run that folding changes: a run of two or more, or one character other than a plain
 * space (with `tabs`, other than a space or a tab). A lone plain space (or tab) stays as it is.
 */
const RUN_TO_FOLD = /[^\S ]|\s\s/g;
const RUN_TO_FOLD_KEEPING_TABS = /[^\S \t]|\s\s/g;

/** JavaScript's `\s`, by code unit. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Words (runs of non-space) in the lines that have at least `minPerLine` of them, stopping once `cap` is reached.
 * Counted in place: splitting a 2 MB line would make 300,000 strings for the collector.
 */
export function countWordRuns(text: string, minPerLine = 0, cap = Infinity): number {
  let total = 0;
  let line = 0;
  let inWord = false;
  for (let i = 0; i <= text.length && total < cap; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (!isSpaceCode(code)) {
      inWord = true;
      continue;
    }
    if (inWord) {
      line++;
      if (minPerLine === 0) total++;
    }
    inWord = false;
    if (code === 10 || i === text.length) {
      if (minPerLine > 0 && line >= minPerLine) total += line;
      line = 0;
    }
  }
  return Math.min(total, cap);
}

/** Words in prose lines only: menus and link lists (short lines) should not weigh in. */
function proseWords(text: string): number {
  return countWordRuns(text, 8);
}

/** Each element of `live` and of its exact copy `copy`, in the same order, without recursion. */
function* pairedElements(live: Element, copy: Element): Generator<[Element, Element, () => void]> {
  const stack: Array<[Element, Element]> = [[live, copy]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let skipChildren = false;
    yield [a, b, () => (skipChildren = true)];
    if (skipChildren) continue;
    const as = a.children;
    const bs = b.children;
    if (as.length !== bs.length) continue; // the page changed meanwhile: leave this part as copied
    for (let i = as.length - 1; i >= 0; i--) stack.push([as[i]!, bs[i]!]);
  }
}

/**
 * The readable text of a page. Works on any DOM Document (the live page in the content script,
 * linkedom in the CLI and tests) and runs none of the page's code: the live page is only read
 * (cloning an element into it would run its custom elements' constructors), and Readability works
 * on a copy of the whole document, which has no browsing context, so nothing in it is upgraded or run.
 */
export function extractPolicyText(doc: Document, rendered: Rendered = unrenderedByMarkup): Extraction {
  const title = doc.title?.trim() || null;
  // A malformed document may have no root element at all (an unclosed attribute swallowed it).
  // querySelector, not doc.body: linkedom's body getter misses a <body> that follows stray elements before <head>.
  const body = doc.documentElement ? (doc.querySelector('body') ?? doc.body) : null;
  if (!body) return { text: '', title, method: 'body' };

  let bodyText = blockText(body, { rendered, skip: `${CHROME}, ${SIDE}` });
  // Web components: text rendered in open shadow roots is read through them.
  if (hasOpenShadowRoot(body)) {
    const composedText = blockText(body, { composed: true, rendered, skip: `${CHROME}, ${SIDE}` });
    if (proseWords(composedText) > proseWords(bodyText)) bodyText = composedText;
  }

  let article: { content: Node | null; title?: string | null } | null;
  try {
    // Readability's clean-up is quadratic in nesting depth (a 3,000-deep page: minutes): deep pages are read as body text.
    if (deeperThan(body, MAX_READABILITY_DEPTH)) throw new Error('too deep for Readability');
    // The copy lives in a document made here, without a browsing context: its custom elements are never
    // upgraded, so no constructor of the page runs (cloning into the live page would run them, synchronously).
    let clone = doc.implementation.createHTMLDocument(title ?? '');
    // The whole document where the DOM allows it (a saved page may keep text outside its first <body>), else the body.
    let pair: [Element, Element];
    try {
      clone.replaceChild(clone.importNode(doc.documentElement!, true), clone.documentElement);
      if (!clone.body?.firstChild && body.firstChild) throw new Error('copy lost its body');
      pair = [doc.documentElement!, clone.documentElement];
    } catch {
      const fresh = doc.implementation.createHTMLDocument(title ?? '');
      fresh.body.replaceWith(fresh.importNode(body, true));
      clone = fresh;
      pair = [body, clone.body];
    }
    {
      // What the page does not render is not read; what it renders is, whatever its ARIA attributes say.
      const drop: Element[] = [];
      for (const [live, copy, skipChildren] of pairedElements(...pair)) {
        const tag = live.tagName.toUpperCase();
        if (tag === 'HEAD') skipChildren();
        else if (tag !== 'HTML' && tag !== 'BODY' && !SKIP.has(tag) && !rendered(live)) {
          drop.push(copy);
          skipChildren();
        } else {
          // Rendered (or openable): Readability must not drop it for its hidden/aria-hidden attributes or inline display.
          copy.removeAttribute('aria-hidden');
          copy.removeAttribute('hidden');
          if (/display\s*:\s*none/i.test(copy.getAttribute('style') ?? '')) copy.removeAttribute('style');
        }
      }
      drop.forEach((el) => el.remove());
    }
    // serializer returns the article's element itself, so its block structure can be read.
    const parsed = new Readability<Node>(clone, { charThreshold: 300, serializer: (el: Node) => el }).parse();
    article = parsed ? { content: parsed.content ?? null, title: parsed.title } : null;
  } catch {
    article = null;
  }
  const articleText = article?.content ? blockText(article.content) : '';
  // Readability sometimes keeps one section of a long policy; then the whole body is the better text.
  const useArticle = articleText && proseWords(articleText) >= 0.7 * proseWords(bodyText);
  const main = useArticle ? articleText : bodyText;
  const side = sideProse(body, rendered, main);
  const text = side.missing.length ? `${main}\n${side.missing.join('\n')}` : main;
  return {
    text,
    title: useArticle ? (title ?? article?.title ?? null) : title,
    method: useArticle ? 'readability' : 'body',
    ...(side.lines ? { sideLines: side.lines } : {}),
  };
}

/**
 * Prose lines of rendered side regions (asides, aria-hidden text): `missing` are those the main text lacks
 * (Readability drops every aside), `lines` counts them all.
 */
function sideProse(body: Element, rendered: Rendered, main: string): { missing: string[]; lines: number } {
  const missing: string[] = [];
  let lines = 0;
  for (const region of Array.from(body.querySelectorAll(SIDE))) {
    if (region.parentElement?.closest(SIDE)) continue; // read with its outer region
    if (!isRendered(region, body, rendered)) continue;
    for (const line of blockText(region, { rendered, skip: CHROME }).split('\n')) {
      if (line.split(/\s+/).length < 8) continue;
      lines++;
      if (!main.includes(line) && !missing.includes(line)) missing.push(line);
    }
  }
  return { missing, lines };
}

/** Real pages nest a few dozen levels; far deeper is a machine-made (or hostile) page. */
const MAX_READABILITY_DEPTH = 400;

/** Whether any element sits more than `limit` levels below `root` (iterative). */
function deeperThan(root: Element, limit: number): boolean {
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    if (el.firstElementChild) {
      el = el.firstElementChild;
      if (++depth > limit) return true;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) return false;
    el = el.nextElementSibling;
  }
  return false;
}

/** An element and all its ancestors up to `root` are rendered. */
function isRendered(el: Element, root: Element, rendered: Rendered): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (!rendered(at)) return false;
  return true;
}

function hasOpenShadowRoot(root: Element): boolean {
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) return true;
  return false;
}
