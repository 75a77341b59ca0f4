import { main } from './main';
import { writtenSynchronously } from './output';

/** A writable the process writes its output to (process.stdout / process.stderr). */
export interface OutputStream {
  write(chunk: string, cb?: (err?: Error | null) => void): boolean;
  once(event: 'error', listener: (err: Error) => void): unknown;
  off(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
  readonly destroyed?: boolean;
  readonly writableEnded?: boolean;
}

/**
 * Resolves once everything written to `stream` so far has been handed to the
 * OS (an empty write's callback runs after every earlier chunk), or once the
 * stream has failed or closed: a reader that went away (`| head -c`) must not
 * keep us waiting.
 */
export function flushed(stream: OutputStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) return resolve();
    const done = () => {
      stream.off('error', done);
      resolve();
    };
    stream.once('error', done);
    try {
      stream.write('', done);
    } catch {
      done();
    }
  });
}

/**
 * A closed reader (EPIPE) is not an error of ours: stop writing quietly
 * instead of dying with an unhandled 'error' event and a stack trace. Any
 * other failure to write the stream ends the run with one line and exit 2.
 */
export function ignoreClosedReader(stream: OutputStream, name = 'output'): void {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') return;
    try {
      process.stderr.write(`error: cannot write ${name} (${err.code ?? err.message}); the output is incomplete\n`);
    } finally {
      process.exit(2);
    }
  });
}

/**
 * The bin's whole life: run `main`, flush both streams, then end the process
 * with `process.exit`. Waiting for the event loop to drain instead can hang
 * forever after wasm use (nodejs/node#54918), and nothing else (a worker, a
 * timer, a readline on stdin) gets a say in when we stop.
 */
export async function runBin(argv: string[]): Promise<never> {
  ignoreClosedReader(process.stdout, 'standard output');
  ignoreClosedReader(process.stderr, 'standard error');
  let code: number;
  try {
    code = await main(argv);
  } catch (err) {
    // main turns every error into a code; reaching here is a bug in main itself
    const e = err as Error;
    process.stderr.write(`internal error: ${e?.stack ?? String(err)}\nThis is a bug in pypto-direction; please report it with this output.\n`);
    code = 2;
  }
  // a file or device was written by the tool itself (see `completeOutput`): nothing is pending there
  await Promise.all([1, 2].map((fd) => (writtenSynchronously(fd) ? undefined : flushed(fd === 1 ? process.stdout : process.stderr))));
  process.exit(code);
}
