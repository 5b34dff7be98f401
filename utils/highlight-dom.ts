/**
 * Wraps ranges of a live page's text in highlight elements and removes them again, restoring the
 * page's own text nodes (same objects, same text), so frameworks that hold references keep working.
 */
import type { DomRange, TextIndex } from './page/text-index';

/** The attribute every highlight carries; tests and the tooltip find highlights by it. */
export const PRACTICE_ATTR = 'data-policylens-practice';

/** Text directly inside these cannot take an inline element without breaking the markup. */
const NO_PHRASING = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'OPTGROUP', 'COLGROUP', 'HTML', 'HEAD']);

type Undo = { kind: 'split'; head: Text; tail: Text } | { kind: 'wrap'; mark: Element };

export class Highlighter {
  private log: Undo[] = [];

  /** Wraps the text of `range` (possibly spanning several nodes) with elements made by `makeMark`. */
  wrap(index: TextIndex, range: DomRange, makeMark: () => HTMLElement): HTMLElement[] {
    const marks: HTMLElement[] = [];
    for (let k = range.first; k <= range.last; k++) {
      const node = index.nodes[k]!;
      const from = k === range.first ? range.startOffset : 0;
      const to = k === range.last ? range.endOffset : node.data.length;
      const parent = node.parentNode;
      if (from >= to || !parent || !node.data.slice(from, to).trim()) continue;
      if (parent.nodeType === 1 && NO_PHRASING.has((parent as Element).tagName.toUpperCase())) continue;
      let target = node;
      if (from > 0) {
        const tail = target.splitText(from);
        this.log.push({ kind: 'split', head: target, tail });
        target = tail;
      }
      if (to - from < target.data.length) {
        const tail = target.splitText(to - from);
        this.log.push({ kind: 'split', head: target, tail });
      }
      const mark = makeMark();
      parent.insertBefore(mark, target);
      mark.appendChild(target);
      this.log.push({ kind: 'wrap', mark });
      marks.push(mark);
    }
    return marks;
  }

  /** Wraps everything inside `outer` (a highlight) in one more highlight: a second practice on the same text. */
  wrapContents(outer: Element, makeMark: () => HTMLElement): HTMLElement {
    const inner = makeMark();
    while (outer.firstChild) inner.appendChild(outer.firstChild);
    outer.appendChild(inner);
    this.log.push({ kind: 'wrap', mark: inner });
    return inner;
  }

  /** Undoes every wrap and split in reverse order; parts the page changed meanwhile are left alone. */
  clear(): void {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const step = this.log[i]!;
      if (step.kind === 'wrap') unwrap(step.mark);
      else if (step.head.nextSibling === step.tail) {
        step.head.appendData(step.tail.data);
        step.tail.remove();
      }
    }
    this.log = [];
    // Only marks this instance made are removed: an element of the page that carries our attribute is the page's.
  }
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}
