import * as fs from 'fs';
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
 * Where `stream` (descriptor `fd`) is redirected to a regular file, a sink
 * that writes every byte or fails loudly: Node's own stream for a file
 * ignores how many bytes a write took, so on a full disk `fix - > out.py`
 * would leave a cut file and exit as if all went well. A failure throws a
 * ToolError naming the file (the run ends with exit 2), or is ignored when
 * `quiet` (standard error: there is nowhere left to say it). Pipes and
 * terminals keep the stream, which writes everything.
 */
export function completeOutput<S extends Output>(stream: S, fd: number, name: string, quiet = false): Output | S {
  try {
    if (!fs.fstatSync(fd).isFile()) return stream;
  } catch {
    return stream;
  }
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
