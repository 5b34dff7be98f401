/**
 * One tab stop for all highlights (a roving tabindex): Tab reaches the current highlight once, the
 * arrow keys step to the next or previous one. A long policy adds one stop to the page, not dozens.
 */
const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

export class RovingStops {
  private stops: HTMLElement[] = [];

  /** The highlights in reading order; the first becomes the page's one tab stop. */
  set(stops: HTMLElement[]): void {
    this.stops = stops;
    stops.forEach((stop, i) => (stop.tabIndex = i === 0 ? 0 : -1));
  }

  clear(): void {
    this.stops = [];
  }

  has(el: Element | null): el is HTMLElement {
    return !!el && this.stops.includes(el as HTMLElement);
  }

  /** Makes `stop` the one that Tab reaches (after a click in the popup or an arrow key). */
  makeCurrent(stop: HTMLElement): void {
    if (!this.has(stop)) return;
    for (const s of this.stops) s.tabIndex = s === stop ? 0 : -1;
  }

  /** The stop an arrow key moves to from `from`, or null when the key is not an arrow or `from` is not a stop. */
  target(from: Element | null, key: string): HTMLElement | null {
    if (!this.has(from) || (!NEXT.has(key) && !PREVIOUS.has(key))) return null;
    const live = this.stops.filter((s) => s.isConnected);
    const at = live.indexOf(from);
    if (at < 0 || !live.length) return null;
    return live[(at + (NEXT.has(key) ? 1 : live.length - 1)) % live.length]!;
  }
}
