/**
 * An index of a live document's text nodes with whitespace folded, so a sentence from the extracted
 * text (which came from a clone, with other whitespace) can be found again in the real DOM.
 */
import { BLOCK_TAGS, NO_TEXT_TAGS } from '../dom-text-tags';

/** Elements whose text is never evidence; an <option> or a stray <title> outside <select>/<head> neither. */
const SKIP = new Set([...NO_TEXT_TAGS, 'OPTION', 'TITLE']);
/** A change of block between two text nodes separates their words (cells too; a <br> is handled on its own). */
const BLOCK = new Set([...BLOCK_TAGS, 'BODY', 'TD', 'TH']);

/** Characters that differ between the page and the analyzed text only in form. */
const SPECIAL = new Map<string, string>([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u2032', "'"],
  ['`', "'"],
  ['\u00b4', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u2033', '"'],
  ['\u00ab', '"'],
  ['\u00bb', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2015', '-'],
  ['\u2212', '-'],
  // Invisible characters: soft hyphen, zero-width space/joiners, word joiner, BOM.
  ['\u00ad', ''],
  ['\u200b', ''],
  ['\u200c', ''],
  ['\u200d', ''],
  ['\u2060', ''],
  ['\ufeff', ''],
]);
const SPACE = /\s/;

/** One UTF-16 unit folded: '' drops it, ' ' is whitespace, anything else is compared as is. */
function foldChar(c: string): string {
  const special = SPECIAL.get(c);
  if (special !== undefined) return special;
  if (SPACE.test(c)) return ' ';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

const DROP = -1;
const SPACE_CODE = 32;
/** Folded non-ASCII units, computed once each (a page repeats the few it uses). */
const folded = new Map<number, number>();

/**
 * One UTF-16 unit folded, as a code: DROP, SPACE_CODE, or the unit to compare. ASCII (nearly all of a policy) is
 * folded by arithmetic: a 2 MB page is indexed without allocating a string per character.
 */
function foldCode(code: number): number {
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return SPACE_CODE;
    if (code >= 65 && code <= 90) return code + 32;
    return code === 96 ? 39 : code; // ` → '
  }
  let f = folded.get(code);
  if (f === undefined) {
    const s = foldChar(String.fromCharCode(code));
    f = s === '' ? DROP : s.charCodeAt(0);
    folded.set(code, f);
  }
  return f;
}

/** A string from UTF-16 codes, in chunks (one call's argument count is limited; `apply`, since spreading iterates). */
function fromCodes(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192)
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}

/** The folded form used on both sides: lower case, ASCII quotes and dashes, single spaces, trimmed. */
export function foldText(text: string): string {
  const out = new Uint16Array(text.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === DROP) continue;
    if (f === SPACE_CODE) {
      space = n > 0;
      continue;
    }
    if (space) out[n++] = SPACE_CODE;
    space = false;
    out[n++] = f;
  }
  return fromCodes(out.subarray(0, n));
}

export type TextIndex = {
  /** The folded text of every indexed node, in document order. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: which node (index into `nodes`) and which offset in it. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
};

/** A DOM position range, end exclusive. */
export type DomRange = { startNode: Text; startOffset: number; endNode: Text; endOffset: number; first: number; last: number };

function blockOf(node: Node, root: Node): Node {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) {
    if (el.nodeType === 1 && BLOCK.has((el as Element).tagName.toUpperCase())) return el;
  }
  return root;
}

export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  // Typed arrays grown by doubling: one slot per folded unit, no garbage per character.
  let codes = new Uint16Array(4096);
  let nodeOf = new Int32Array(4096);
  let offsetOf = new Int32Array(4096);
  let size = 0;
  const reserve = (more: number) => {
    if (size + more <= codes.length) return;
    const capacity = Math.max(2 * codes.length, size + more);
    const grown = [new Uint16Array(capacity), new Int32Array(capacity), new Int32Array(capacity)] as const;
    grown[0].set(codes.subarray(0, size));
    grown[1].set(nodeOf.subarray(0, size));
    grown[2].set(offsetOf.subarray(0, size));
    [codes, nodeOf, offsetOf] = grown;
  };
  let pendingSpace = false;
  let lastBlock: Node | null = null;
  const addText = (text: Text) => {
    const block = blockOf(text, root);
    if (lastBlock && block !== lastBlock) pendingSpace = true;
    lastBlock = block;
    const at = nodes.push(text) - 1;
    const data = text.data;
    reserve(data.length + 1); // each unit gives at most one, plus one pending space
    // Locals, not the closure's variables, in the hot loop.
    const [c, n, o] = [codes, nodeOf, offsetOf];
    let k = size;
    let pending = pendingSpace;
    for (let i = 0; i < data.length; i++) {
      const f = foldCode(data.charCodeAt(i));
      if (f === DROP) continue;
      if (f === SPACE_CODE) {
        pending = true;
        continue;
      }
      if (pending && k > 0) {
        c[k] = SPACE_CODE;
        n[k] = at;
        o[k++] = i;
      }
      pending = false;
      c[k] = f;
      n[k] = at;
      o[k++] = i;
    }
    size = k;
    pendingSpace = pending;
  };
  /** TreeWalker filter for an element: 2 rejects its subtree, 1 accepts (<br>), 3 looks inside. */
  const filter = (el: Element): number => {
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return 2;
    if (tag === 'BR') return 1;
    // Web components: an open shadow root (and its slots' light children) is what is rendered. It is
    // indexed right here, in document order (the walker asks about nodes in order), and the light subtree skipped.
    if (el.shadowRoot) {
      walk(el.shadowRoot);
      return 2;
    }
    const assigned = tag === 'SLOT' ? ((el as HTMLSlotElement).assignedNodes?.() ?? []) : [];
    if (assigned.length) {
      for (const node of assigned) visit(node);
      return 2;
    }
    return 3;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) return addText(node as Text);
    if (node.nodeType !== 1) return;
    const verdict = filter(node as Element);
    if (verdict === 1) pendingSpace = true;
    else if (verdict === 3) walk(node);
  };
  const walk = (from: Node) => {
    // SHOW_ELEMENT | SHOW_TEXT: elements only to reject skipped subtrees, to see <br> and to enter shadow roots.
    const walker = doc.createTreeWalker(from, 0x1 | 0x4, {
      acceptNode: (node: Node) => (node.nodeType === 3 ? 1 : filter(node as Element)),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) pendingSpace = true;
      else addText(node as Text);
    }
  };
  walk(root);
  return { text: fromCodes(codes.subarray(0, size)), nodes, nodeOf: nodeOf.slice(0, size), offsetOf: offsetOf.slice(0, size) };
}

/** Every place (folded start, end) where `sentence` occurs in the index, in document order. */
export function findAll(index: TextIndex, sentence: string): Array<{ start: number; end: number }> {
  const needle = foldText(sentence);
  if (!needle) return [];
  const found: Array<{ start: number; end: number }> = [];
  for (let at = index.text.indexOf(needle); at >= 0 && found.length < 50; at = index.text.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length });
  }
  if (found.length || needle.length < 80) return found;
  // The page may differ inside a long sentence (a footnote marker, an inline widget): match its two ends.
  const head = needle.slice(0, 40);
  const tail = needle.slice(-40);
  for (let at = index.text.indexOf(head); at >= 0 && found.length < 50; at = index.text.indexOf(head, at + 1)) {
    const tailAt = index.text.indexOf(tail, at + head.length);
    if (tailAt >= 0 && tailAt + tail.length - at <= needle.length * 1.5 + 20) found.push({ start: at, end: tailAt + tail.length });
  }
  return found;
}

/** The DOM positions of a folded range (its ends are never spaces: needles are trimmed). */
export function toDomRange(index: TextIndex, start: number, end: number): DomRange {
  const first = index.nodeOf[start]!;
  const last = index.nodeOf[end - 1]!;
  return {
    startNode: index.nodes[first]!,
    startOffset: index.offsetOf[start]!,
    endNode: index.nodes[last]!,
    endOffset: index.offsetOf[end - 1]! + 1,
    first,
    last,
  };
}
