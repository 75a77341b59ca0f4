import * as fs from 'fs';
import { isatty } from 'tty';
import { writeAll } from '../durable';
import { ToolError } from '../errors';

/** A sink the CLI writes its output to (see `CliIO`). */
export interface Output {
  write(s: string): unknown;
  isTTY?: boolean;
}

/** The path a descriptor is open on, where the OS tells (Linux); else `fallback`. */
function pathOf(fd: number, fallback: string): string {
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return fallback;
  }
}

/**
 * Whether Node writes descriptor `fd` synchronously, with its file stream (a
 * regular file, or a device that is no terminal: /dev/full, /dev/null):
 * nothing is ever pending there, so there is nothing to flush.
 */
export function writtenSynchronously(fd: number): boolean {
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFile() || (stat.isCharacterDevice() && !isatty(fd));
  } catch {
    return false;
  }
}

/**
 * Where `stream` (descriptor `fd`) is redirected to a regular file, a sink
 * that writes every byte or fails loudly: Node's own stream for a file
 * ignores how many bytes a write took, so on a full disk `fix - > out.py`
 * would leave a cut file and exit as if all went well. A failure throws a
 * ToolError naming the file (the run ends with exit 2), or is ignored when
 * `quiet` (standard error: there is nowhere left to say it). Pipes,
 * sockets and terminals keep the stream, which writes everything.
 */
export function completeOutput<S extends Output>(stream: S, fd: number, name: string, quiet = false): Output | S {
  if (!writtenSynchronously(fd)) return stream;
  return {
    isTTY: false,
    write(s: string) {
      try {
        writeAll(fd, Buffer.from(s, 'utf8'));
      } catch (e) {
        if (quiet) return false;
        throw new ToolError('write-failed', pathOf(fd, name), `cannot write ${name} (${(e as NodeJS.ErrnoException).code ?? 'error'}); the output is incomplete`);
      }
      return true;
    },
  };
}
