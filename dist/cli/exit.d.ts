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
export declare function flushed(stream: OutputStream): Promise<void>;
/**
 * A closed reader (EPIPE) is not an error of ours: stop writing quietly
 * instead of dying with an unhandled 'error' event and a stack trace. Any
 * other failure to write the stream ends the run with one line and exit 2.
 */
export declare function ignoreClosedReader(stream: OutputStream, name?: string): void;
/**
 * The bin's whole life: run `main`, flush both streams, then end the process
 * with `process.exit`. Waiting for the event loop to drain instead can hang
 * forever after wasm use (nodejs/node#54918), and nothing else (a worker, a
 * timer, a readline on stdin) gets a say in when we stop.
 */
export declare function runBin(argv: string[]): Promise<never>;
