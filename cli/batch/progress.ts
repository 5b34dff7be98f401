import type { Outcome } from './job';

const seconds = (ms: number) => (ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000).toString()) + ' s';

function clock(s: number): string {
  const h = Math.floor(s / 3600),
    m = Math.floor((s % 3600) / 60),
    sec = Math.floor(s % 60);
  return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(sec).padStart(2, '0')}`;
}

/** Counts outcomes; draws a progress line on a terminal's stderr (redrawn at most 5 times a second) and the summary. */
export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private counts: Record<Outcome, number> = { policy: 0, 'not-policy': 0, failed: 0 };
  /** Known once every input has been listed. */
  total: number | null = null;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly live: boolean,
    private readonly quiet: boolean,
  ) {}

  get done(): number {
    return this.counts.policy + this.counts['not-policy'] + this.counts.failed;
  }

  get failed(): number {
    return this.counts.failed;
  }

  add(outcome: Outcome): void {
    this.counts[outcome]++;
    const now = performance.now();
    if (this.live && !this.quiet && now - this.lastDraw > 200) {
      this.lastDraw = now;
      this.stream.write(`\r\x1b[K${this.line(now)}`);
    }
  }

  line(now = performance.now()): string {
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    const of = this.total === null ? '' : ` of ${this.total}`;
    const eta = this.total !== null && rate > 0 ? `, ETA ${clock((this.total - this.done) / rate)}` : '';
    const failed = this.counts.failed ? `, ${this.counts.failed} failed` : '';
    return `${this.done}${of} inputs${failed}, ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta}`;
  }

  /** "policylens: 3 inputs in 0.4 s (7.5/s): 2 analyzed (1 not a policy), 1 failed". */
  summary(): string {
    const ms = performance.now() - this.started;
    const analyzed = this.counts.policy + this.counts['not-policy'];
    const rate = this.done / Math.max(0.001, ms / 1000);
    return `policylens: ${this.done} input${this.done === 1 ? '' : 's'} in ${seconds(ms)} (${rate.toFixed(rate < 10 ? 1 : 0)}/s): ${analyzed} analyzed (${this.counts['not-policy']} not a policy), ${this.counts.failed} failed`;
  }

  finish(stopped: boolean): void {
    if (this.quiet) return;
    if (this.live) this.stream.write('\r\x1b[K');
    this.stream.write(this.summary() + (stopped ? ' (stopped: the output was closed)' : '') + '\n');
  }
}
