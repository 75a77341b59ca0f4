import * as fs from 'fs';
import * as path from 'path';
import { replaceFile } from '../durable';
import { ToolError } from '../errors';

/**
 * Replaces a file's bytes atomically: a temporary file in the same directory
 * is written completely, flushed to disk, read back and renamed over the
 * target, keeping its mode (and owner where allowed); the directory is
 * flushed after. On a failure (a full disk) the temporary file is removed
 * and the target keeps its bytes. A symlink is written through to its target. A
 * file that changed since it was read, or that is read-only, is refused;
 * so is a link whose target lies outside `roots` (the real paths given).
 */
export function writeAtomic(file: string, original: Uint8Array, data: Buffer, roots?: string[]): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
    fs.accessSync(target, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ToolError('write-failed', file, `cannot write (${code === 'EACCES' ? 'read-only' : (code ?? 'error')}); left unchanged`);
  }
  if (!(stat.mode & 0o222)) {
    // checked on the mode bits too: root passes access() checks on read-only files
    throw new ToolError('write-failed', file, 'is read-only; left unchanged');
  }
  if (roots && !roots.some((r) => within(target, r))) {
    throw new ToolError('write-failed', file, 'is a link to a file outside the given paths; left unchanged');
  }
  const current = fs.readFileSync(target);
  if (!current.equals(Buffer.from(original))) {
    throw new ToolError('changed-on-disk', file, 'changed on disk while being processed; left unchanged', 'run the tool again');
  }
  try {
    replaceFile(target, data, { mode: stat.mode & 0o7777, owner: { uid: stat.uid, gid: stat.gid }, durable: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if ((e as { renamed?: boolean }).renamed) throw new ToolError('write-failed', file, `written, but its folder could not be flushed to disk (${code})`);
    throw new ToolError('write-failed', file, `cannot write (${code}); left unchanged`);
  }
}

/** Whether a real file path lies in a given path (a directory's real location, or the file named itself). */
function within(file: string, root: string): boolean {
  let real: string;
  try {
    real = fs.statSync(root).isDirectory() ? fs.realpathSync(root) : path.resolve(root);
  } catch {
    return false;
  }
  return file === real || file.startsWith(real.endsWith(path.sep) ? real : real + path.sep);
}
