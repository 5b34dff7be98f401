import type { Format } from './job';

/**
 * Writes rendered entries to stdout as they come, framed for the format: `json` is the same bytes as
 * `JSON.stringify(array, null, 2)` (opened at the first entry, closed at the end), `markdown` the blocks joined by
 * rules, `jsonl` one line each. Respects backpressure and treats a reader that went away (EPIPE) as the end.
 */
export class StreamedOutput {
  private count = 0;
  private waiting: Promise<void> | null = null;
  /** Set once the reader is gone (`head` had enough): the run should stop quietly. */
  closed = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly format: Format,
    onClosed: () => void,
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (!this.closed && err.code !== 'EPIPE') process.stderr.write(`policylens: cannot write the output: ${err.message}\n`);
      this.closed = true;
      onClosed();
    });
  }

  entry(rendered: string): void {
    const sep =
      this.count === 0
        ? this.format === 'json'
          ? '[\n'
          : ''
        : this.format === 'json'
          ? ',\n'
          : this.format === 'markdown'
            ? '\n---\n\n'
            : '';
    this.count++;
    this.write(sep + rendered);
  }

  end(): void {
    if (this.format === 'json') this.write(this.count ? '\n]\n' : '[]\n');
  }

  get congested(): boolean {
    return this.waiting !== null;
  }

  /** Resolves when the stream takes more without buffering (at once unless a write returned false). */
  ready(): Promise<void> {
    return this.waiting ?? Promise.resolve();
  }

  private write(chunk: string): void {
    if (this.closed || !chunk) return;
    if (!this.stream.write(chunk) && !this.waiting) {
      this.waiting = new Promise((resume) => {
        const done = () => {
          this.waiting = null;
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resume();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }
}
