/** Single keypresses from a terminal, for `fix --interactive`. */
export interface KeyReader {
    /** The next key (`'\x03'` for Ctrl-C, a whole escape sequence for an arrow key); undefined at end of input. */
    next(): Promise<string | undefined>;
    /** Stops reading and restores the terminal mode; safe to call more than once. */
    close(): void;
}
/** What `ttyKeys` needs of `process.stdin`. */
export interface RawInput {
    isRaw?: boolean;
    setRawMode(raw: boolean): unknown;
    on(event: 'data' | 'end', listener: (chunk?: Buffer | string) => void): unknown;
    off(event: 'data' | 'end', listener: (chunk?: Buffer | string) => void): unknown;
    resume(): unknown;
    pause(): unknown;
}
/**
 * Puts a terminal into raw mode (no line buffering, no echo, Ctrl-C arrives
 * as a key instead of a signal) until `close`. Restoring is also hooked to
 * process exit, so no path out of the process leaves the terminal raw.
 */
export declare function ttyKeys(input: RawInput): KeyReader;
