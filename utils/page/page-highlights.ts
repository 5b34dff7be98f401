/**
 * Evidence highlights on the live page: find each sentence, wrap it, show the tooltip on hover and
 * keyboard focus, scroll to it on request. Everything is reversible with `clear()`.
 */
import { EvidenceTooltip, type TooltipItem } from '../evidence-tooltip';
import { Highlighter, PRACTICE_ATTR } from '../highlight-dom';
import type { HighlightRequest } from '../tab-analysis';
import { buildTextIndex, findAll, foldText, toDomRange, type TextIndex } from './text-index';
import { TONE_COLORS } from '../tone-colors';

const START_ATTR = 'data-policylens-start';
const GROUP_ATTR = 'data-policylens-group';

function isShown(node: Node): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // checkVisibility is missing in older engines and test DOMs: then assume visible.
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}

/** Headings, navigation and contents lists are never highlighted: they name a topic, they decide nothing. */
const NOT_EVIDENCE = 'h1,h2,h3,h4,h5,h6,nav';

function inNonEvidence(node: Node): boolean {
  return !!node.parentElement?.closest(NOT_EVIDENCE);
}

function styleMark(mark: HTMLElement, request: HighlightRequest): void {
  const { solid, wash } = TONE_COLORS[request.tone];
  // Neutralise page rules for <mark> (display, padding, colours) so layout never changes: background and underline only.
  const css: Array<[string, string]> = [
    ['display', 'inline'],
    ['position', 'static'],
    ['float', 'none'],
    ['margin', '0'],
    ['padding', '0'],
    ['border', '0'],
    ['box-shadow', 'none'],
    ['font', 'inherit'],
    ['color', 'inherit'],
    // A page rule cannot fade or hide the highlight itself; 'inherit' still leaves text the page hid hidden.
    ['opacity', '1'],
    ['visibility', 'inherit'],
    ['vertical-align', 'baseline'],
    ['background-color', wash],
    ['text-decoration', `underline 2px ${solid}`],
    ['text-underline-offset', '3px'],
    ['text-decoration-skip-ink', 'none'],
    ['border-radius', '2px'],
    ['cursor', 'help'],
  ];
  for (const [prop, value] of css) mark.style.setProperty(prop, value, 'important');
}

type Plan = { request: HighlightRequest; group: string; start: number; end: number };

/** Visible occurrences first; a sentence repeated in the text takes the next occurrence each time. */
function chooseMatch(index: TextIndex, request: HighlightRequest, used: Map<string, number>): { start: number; end: number } | null {
  const matches = findAll(index, request.text).filter((m) => !inNonEvidence(index.nodes[index.nodeOf[m.start]!]!));
  if (!matches.length) return null;
  const shown = matches.filter((m) => isShown(index.nodes[index.nodeOf[m.start]!]!));
  const candidates = [...shown, ...matches.filter((m) => !shown.includes(m))];
  const key = `${request.practice}\u0000${foldText(request.text)}`;
  const nth = used.get(key) ?? 0;
  used.set(key, nth + 1);
  return candidates[Math.min(nth, candidates.length - 1)]!;
}

export class PageHighlights {
  private highlighter = new Highlighter();
  private tooltip: EvidenceTooltip;
  private requests = new Map<string, HighlightRequest>();
  /** Each group's marks: kept here because marks inside shadow roots are out of document.querySelector's reach. */
  private marks = new Map<string, HTMLElement[]>();
  private listening = false;
  /** The marks this instance made: the tooltip answers these only, never an element that copies their attributes. */
  private ours = new WeakSet<Element>();
  /** One tab stop for all highlights (roving tabindex): the first mark of each sentence, in reading order; arrows step. Short names: the content script is at its 60 KiB budget. */
  private tabs: HTMLElement[] = [];
  private seq: Array<[number, HTMLElement]> = [];

  constructor(private doc: Document) {
    this.tooltip = new EvidenceTooltip(doc);
  }

  /** Highlights every request it can find on the page; returns how many sentences were placed. */
  highlight(requests: HighlightRequest[]): number {
    this.clear();
    this.listen();
    const index = buildTextIndex(this.doc.body);
    const used = new Map<string, number>();
    const plans: Plan[] = [];
    [...requests]
      .sort((a, b) => a.start - b.start)
      .forEach((request, i) => {
        const match = chooseMatch(index, request, used);
        if (match) plans.push({ request, group: String(i), ...match });
      });
    // Wrapped from the end of the page backwards: splitting a text node keeps the original node for
    // the text before the cut, so the positions of earlier sentences stay valid and one index serves all.
    plans.sort((a, b) => b.start - a.start || b.end - a.end || Number(a.group) - Number(b.group));
    let placed = 0;
    let floor = Infinity;
    let last: { start: number; end: number; marks: HTMLElement[] } | null = null;
    const overlapping: Plan[] = [];
    for (const plan of plans) {
      if (last && plan.start === last.start && plan.end === last.end) {
        // The same sentence for another practice: nested inside the first practice's marks.
        placed += this.finish(
          plan,
          last.marks.map((outer) => this.highlighter.wrapContents(outer, () => this.makeMark(plan))),
          true,
        );
        continue;
      }
      if (plan.end > floor) {
        overlapping.push(plan);
        continue;
      }
      const marks = this.highlighter.wrap(index, toDomRange(index, plan.start, plan.end), () => this.makeMark(plan));
      floor = plan.start;
      last = { start: plan.start, end: plan.end, marks };
      placed += this.finish(plan, marks, false);
    }
    for (const plan of overlapping) {
      // Rare (a loose match across another sentence): find it again in the changed DOM.
      const fresh = buildTextIndex(this.doc.body);
      const [match] = findAll(fresh, plan.request.text);
      if (match)
        placed += this.finish(
          plan,
          this.highlighter.wrap(fresh, toDomRange(fresh, match.start, match.end), () => this.makeMark(plan)),
          false,
        );
    }
    this.tabs = this.seq.sort((a, b) => a[0] - b[0]).map((s) => s[1]);
    this.tabs.forEach((m, i) => (m.tabIndex = i ? -1 : 0));
    return placed;
  }

  private makeMark(plan: Plan): HTMLElement {
    const mark = this.doc.createElement('mark');
    mark.setAttribute(PRACTICE_ATTR, plan.request.practice);
    mark.setAttribute(START_ATTR, String(plan.request.start));
    mark.setAttribute(GROUP_ATTR, plan.group);
    mark.setAttribute('data-policylens-tone', plan.request.tone);
    styleMark(mark, plan.request);
    return mark;
  }

  private finish(plan: Plan, marks: HTMLElement[], nested: boolean): number {
    if (!marks.length) return 0;
    const { request } = plan;
    this.requests.set(plan.group, request);
    this.marks.set(plan.group, [...(this.marks.get(plan.group) ?? []), ...marks]);
    for (const mark of marks) this.ours.add(mark);
    // Each sentence is a stop of the one roving tab stop (a nested practice shares its outer mark's), described for screen readers.
    if (!nested) this.seq.push([plan.start, marks[0]!]);
    marks[0]!.setAttribute('aria-description', `${request.practiceTitle}: ${request.verdictLabel}. ${request.reason}`);
    return 1;
  }

  /** Scrolls the highlight of evidence `start` into view and flashes it; false when there is none. */
  scrollTo(start: number): boolean {
    const entry = [...this.marks]
      .flatMap(([group, marks]) => marks.map((m) => [group, m] as const))
      .find(([group, m]) => m.isConnected && this.requests.get(group)?.start === start);
    if (!entry) return false;
    const [group, mark] = entry;
    const details = mark.closest('details');
    if (details && !details.open) details.open = true;
    mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
    (this.marks.get(group) ?? []).forEach((part) => {
      // Web Animations: not blocked by page CSP, leaves no style behind.
      part.animate?.(
        [
          { outline: '3px solid rgba(26, 115, 232, 0.9)', outlineOffset: '2px' },
          { outline: '3px solid rgba(26, 115, 232, 0)', outlineOffset: '2px' },
        ],
        {
          duration: 1600,
          easing: 'ease-out',
        },
      );
    });
    mark.focus({ preventScroll: true });
    return true;
  }

  clear(): void {
    this.tooltip.hide();
    this.highlighter.clear();
    this.ours = new WeakSet();
    this.requests.clear();
    this.marks.clear();
    this.tabs = [];
    this.seq = [];
  }

  /** The mark of ours nearest to `target` (itself or an ancestor, across shadow roots). */
  private ownMarkAround(target: EventTarget | null): Element | null {
    // nodeType, not instanceof: page nodes seen from an isolated world may not share its constructors.
    if (!target || (target as Node).nodeType !== 1) return null;
    for (let el: Element | null = target as Element; el;) {
      if (this.ours.has(el)) return el;
      el = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
    }
    return null;
  }

  private itemsAt(target: EventTarget | null): { anchors: Element[]; items: TooltipItem[] } | null {
    const anchor = this.ownMarkAround(target);
    if (!anchor) return null;
    const groupOf = new Map<Element, string>();
    for (const [group, marks] of this.marks) for (const mark of marks) groupOf.set(mark, group);
    const items: TooltipItem[] = [];
    // Nested highlights (one sentence, several practices): our marks around the pointer and ours nested inside
    // covering the same text; innermost first. Found by reference, never by attribute.
    const same = [...groupOf.keys()]
      .filter((inner) => inner !== anchor && anchor.contains(inner) && inner.textContent === anchor.textContent)
      .reverse();
    const around: Element[] = [];
    for (let mark: Element | null = anchor; mark; mark = this.ownMarkAround(mark.parentElement)) around.push(mark);
    for (const mark of [...same, ...around]) {
      const request = this.requests.get(groupOf.get(mark) ?? '');
      if (request && !items.includes(request)) items.push(request);
    }
    const anchors = this.marks.get(groupOf.get(anchor) ?? '') ?? [];
    return items.length ? { anchors, items } : null;
  }

  /** Arrow keys on a highlight step to the next or previous one (wrapping); any other key is the page's. */
  private step(event: KeyboardEvent): void {
    const at = this.tabs.indexOf(event.composedPath()[0] as HTMLElement);
    const by = ({ ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 } as Record<string, number>)[event.key];
    if (at < 0 || !by) return;
    event.preventDefault();
    const stops = this.tabs;
    const next = stops[(at + by + stops.length) % stops.length]!;
    for (const m of stops) m.tabIndex = m === next ? 0 : -1;
    next.focus();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    // composedPath()[0]: the mark itself even when it sits in a shadow root (event.target is then the host).
    const show = (event: Event) => {
      const found = this.itemsAt(event.composedPath?.()[0] ?? event.target);
      if (found) this.tooltip.show(found.anchors, found.items);
    };
    const hide = (event: Event) => {
      const next = (event as MouseEvent | FocusEvent).relatedTarget;
      if (!this.itemsAt(next)) this.tooltip.hide();
    };
    // Passive observers on the document: the page's own handlers see every event unchanged.
    this.doc.addEventListener('mouseover', show, { capture: true, passive: true });
    this.doc.addEventListener('focusin', show, { capture: true, passive: true });
    this.doc.addEventListener('mouseout', hide, { capture: true, passive: true });
    this.doc.addEventListener('focusout', hide, { capture: true, passive: true });
    this.doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.tooltip.hide(), { capture: true, passive: true });
    // Arrow keys on a highlight step to the next or previous one; any other key, or a key elsewhere, is the page's.
    this.doc.addEventListener('keydown', (e) => this.step(e), { capture: true });
    // Scrolling moves the highlight: the tooltip follows it (the browser sends mouseout if it leaves the pointer).
    this.doc.defaultView?.addEventListener('scroll', () => this.tooltip.reposition(), { capture: true, passive: true });
  }
}
