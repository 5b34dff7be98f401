/**
 * The hover/focus tooltip of a highlight: practice, verdict and why. It lives in a shadow root with
 * inline styles only (page CSS cannot reach it, page CSP cannot block it); text goes in as textContent.
 */
import type { HighlightRequest } from './tab-analysis';
import { TONE_COLORS } from './tone-colors';

export type TooltipItem = Pick<HighlightRequest, 'practiceTitle' | 'verdictLabel' | 'tone' | 'reason'>;

export const TOOLTIP_TAG = 'policylens-tooltip';

/** The host's pinned styles: a page rule cannot hide, fade, shrink, move, filter or clip it. */
const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'fixed',
  inset: '0 auto auto 0',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'backdrop-filter': 'none',
  'mix-blend-mode': 'normal',
  'clip-path': 'none',
  mask: 'none',
  contain: 'none',
  'content-visibility': 'visible',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
};

/** The zoom set on <html> (the host's parent; a zoom on <body> does not reach it). */
function pageZoom(doc: Document): number {
  const view = doc.defaultView;
  const value = view && doc.documentElement ? Number.parseFloat(view.getComputedStyle(doc.documentElement).getPropertyValue('zoom')) : 1;
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function styled<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, css: Record<string, string>): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [prop, value] of Object.entries(css)) el.style.setProperty(prop, value);
  return el;
}

export class EvidenceTooltip {
  private host: HTMLElement;
  private box: HTMLDivElement;
  private anchors: Element[] = [];

  constructor(private doc: Document) {
    this.host = doc.createElement(TOOLTIP_TAG);
    this.host.style.setProperty('all', 'initial', 'important');
    // Every property the page could use to hide, shrink, move or recolour it is pinned inline (!important beats
    // page rules); the host goes to the top layer (popover), out of any transformed or filtered ancestor.
    for (const [p, v] of Object.entries(HOST_STYLE)) this.host.style.setProperty(p, v, 'important');
    if (typeof this.host.showPopover === 'function') this.host.setAttribute('popover', 'manual');
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.box = styled(doc, 'div', {
      position: 'fixed',
      display: 'none',
      'max-width': '320px',
      'box-sizing': 'border-box',
      padding: '10px 12px',
      background: '#ffffff',
      color: '#1f2328',
      border: '1px solid #d0d7de',
      'border-radius': '8px',
      'box-shadow': '0 6px 20px rgba(0,0,0,0.18)',
      font: '13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'text-align': 'left',
      'white-space': 'normal',
      'letter-spacing': 'normal',
      'text-transform': 'none',
    });
    this.box.setAttribute('role', 'tooltip');
    this.box.id = 'policylens-tooltip';
    shadow.append(this.box);
  }

  /** Shows `items` next to the highlight made of `anchors` (one sentence may be several elements). */
  show(anchors: Element[], items: TooltipItem[]): void {
    // Beside <body>, not in it: the page's body markup stays exactly its own.
    if (!this.host.isConnected) this.doc.documentElement?.append(this.host);
    if (!this.host.isConnected) return;
    // Counter the page's zoom on <html> so the tooltip keeps its size.
    this.host.style.setProperty('zoom', String(1 / pageZoom(this.doc)), 'important');
    try {
      if (this.host.hasAttribute('popover') && !this.host.matches(':popover-open')) this.host.showPopover();
    } catch {
      // Not in the top layer (e.g. the page removed the attribute): the pinned fixed position still applies.
    }
    this.box.replaceChildren(...items.map((item, i) => this.renderItem(item, i > 0)));
    this.box.style.display = 'block';
    this.anchors = anchors;
    this.reposition();
  }

  /** Places the tooltip below its highlight, or above when there is no room below. */
  reposition(): void {
    if (!this.visible) return;
    const anchors = this.anchors.filter((a) => a.isConnected);
    if (!anchors.length) return this.hide();
    this.box.style.visibility = 'hidden';
    // Below the whole sentence (it may wrap over lines and elements), starting where its first line starts.
    const boxes = anchors.map((a) => a.getBoundingClientRect());
    const firstLine = anchors[0]!.getClientRects()[0] ?? boxes[0]!;
    const rect = { top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)), left: firstLine.left };
    const own = this.box.getBoundingClientRect();
    const view = this.doc.documentElement;
    const below = rect.bottom + 8 + own.height <= view.clientHeight;
    const top = below ? rect.bottom + 8 : Math.max(8, rect.top - 8 - own.height);
    const left = Math.min(Math.max(8, rect.left), Math.max(8, view.clientWidth - own.width - 8));
    this.box.style.top = `${Math.round(top)}px`;
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.visibility = 'visible';
  }

  hide(): void {
    this.anchors = [];
    this.box.style.display = 'none';
    try {
      if (this.host.matches?.(':popover-open')) this.host.hidePopover();
    } catch {
      // already hidden
    }
  }

  get visible(): boolean {
    return this.host.isConnected && this.box.style.display !== 'none';
  }

  destroy(): void {
    this.host.remove();
  }

  private renderItem(item: TooltipItem, separated: boolean): HTMLElement {
    const doc = this.doc;
    const color = TONE_COLORS[item.tone];
    const section = styled(doc, 'div', separated ? { 'margin-top': '8px', 'padding-top': '8px', 'border-top': '1px solid #e5e7eb' } : {});
    const head = styled(doc, 'div', { display: 'flex', 'align-items': 'center', gap: '8px', 'flex-wrap': 'wrap' });
    const title = styled(doc, 'strong', { 'font-weight': '600' });
    title.textContent = item.practiceTitle;
    const verdict = styled(doc, 'span', {
      display: 'inline-block',
      padding: '1px 8px',
      'border-radius': '999px',
      'font-size': '12px',
      'font-weight': '600',
      color: '#ffffff',
      background: color.solid,
    });
    verdict.textContent = item.verdictLabel;
    verdict.setAttribute('data-tone', item.tone);
    head.append(title, verdict);
    const reason = styled(doc, 'div', { 'margin-top': '4px', color: '#424a53' });
    reason.textContent = item.reason;
    section.append(head, reason);
    return section;
  }
}
