/** Ends a command-line tool without losing output: `process.exit` right after a large write to a pipe drops
 * whatever the pipe had not taken yet, so we wait until stdout and stderr have handed every byte to the OS. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  // A write's callback runs once it, and so every write queued before it, has left the process.
  return new Promise((done) => {
    if (stream.destroyed || !stream.writable) return done();
    stream.write('', () => done());
  });
}

export async function exitWhenDrained(code: number): Promise<void> {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  // Exit explicitly: an idle keep-alive socket from a fetched URL would otherwise hold the process open.
  process.exit(code);
}

/** Runs a command's `main` and ends through exitWhenDrained with its code; a crash prints its stack and ends with 1. */
export function runCommand(main: () => Promise<number>): void {
  main().then(exitWhenDrained, (err: unknown) => {
    process.stderr.write(`policylens: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return exitWhenDrained(1);
  });
}
