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

/** One key: a CSI or SS3 escape sequence, or one character. */
const KEY = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1bO.|[\s\S]/gu;

/**
 * Puts a terminal into raw mode (no line buffering, no echo, Ctrl-C arrives
 * as a key instead of a signal) until `close`. Restoring is also hooked to
 * process exit, so no path out of the process leaves the terminal raw.
 */
export function ttyKeys(input: RawInput): KeyReader {
  const queue: string[] = [];
  const waiting: Array<(key: string | undefined) => void> = [];
  let ended = false;
  let closed = false;
  const onData = (chunk?: Buffer | string) => {
    for (const key of String(chunk ?? '').match(KEY) ?? []) {
      const resolve = waiting.shift();
      if (resolve) resolve(key);
      else queue.push(key);
    }
  };
  const onEnd = () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  };
  const restore = () => {
    if (input.isRaw !== false) input.setRawMode(false);
  };
  input.setRawMode(true);
  process.on('exit', restore);
  input.on('data', onData);
  input.on('end', onEnd);
  input.resume();
  return {
    next() {
      if (queue.length) return Promise.resolve(queue.shift());
      if (ended || closed) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close() {
      if (closed) return;
      closed = true;
      input.off('data', onData);
      input.off('end', onEnd);
      process.off('exit', restore);
      restore();
      input.pause();
      onEnd();
    },
  };
}
