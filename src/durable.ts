import * as fs from 'fs';
import * as path from 'path';

/**
 * File-system primitives that either do all of their work or fail loudly:
 * complete writes (a full disk makes `write` return a short count, not an
 * error), checked temporary files, renames made durable, directory creation
 * that cannot spin, and clean-up of the temporary files of killed runs.
 */

/** The suffix of every temporary file the tool creates beside a file it replaces. */
const TEMP_SUFFIX = '.pypto-direction.tmp';
/** `.<name>.<pid>.<random>.pypto-direction.tmp` */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-z]*\.pypto-direction\.tmp$/;

/** An errno-style error, for failures the OS does not report as one (a write that makes no progress). */
function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Writes every byte of `data` at the file position of `fd`. `fs.writeSync`
 * may write fewer bytes than asked (a nearly full disk, a signal); the rest
 * is written again until all is written or the OS reports an error.
 */
export function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const n = fs.writeSync(fd, data, offset, data.length - offset);
    if (n <= 0) throw errnoError('ENOSPC', 'write made no progress');
    offset += n;
  }
}

/** Whether the file open on `fd` (for reading) holds exactly `data`: its size, then its bytes read back. */
export function holdsExactly(fd: number, data: Uint8Array): boolean {
  if (fs.fstatSync(fd).size !== data.length) return false;
  const back = Buffer.alloc(data.length);
  let offset = 0;
  while (offset < back.length) {
    const n = fs.readSync(fd, back, offset, back.length - offset, offset);
    if (n <= 0) return false;
    offset += n;
  }
  return back.equals(data);
}

/**
 * Flushes a directory's entries (a rename) to disk. Platforms where a
 * directory cannot be opened or synced (Windows) need not: their rename is
 * durable on its own or cannot be made so.
 */
export function syncDir(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

/** A fresh temporary name beside `target` that names it and this process (see `removeStaleTemps`). */
export function tempPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}${TEMP_SUFFIX}`);
}

/** How a temporary file is filled in before it replaces its target. */
export interface ReplaceOptions {
  /** Mode of the new file (the umask may drop bits: it is set again after writing). */
  mode?: number;
  /** Owner to give the new file where permitted. */
  owner?: { uid: number; gid: number };
  /** fsync the file before the rename and its directory after (for users' files; a cache can do without). */
  durable: boolean;
}

/**
 * Replaces `target` with `data`: a temporary file beside it is written
 * completely, checked to hold exactly `data`, and renamed over the target.
 * On any failure the temporary file is removed, the target is left as it was
 * and the error is thrown. A failure to flush the directory after the rename
 * throws too, with the new content in place (`renamed` set on the error).
 */
export function replaceFile(target: string, data: Uint8Array, options: ReplaceOptions): void {
  const tmp = tempPath(target);
  try {
    const fd = fs.openSync(tmp, 'wx+', options.mode ?? 0o666);
    try {
      writeAll(fd, data);
      if (options.durable) fs.fsyncSync(fd);
      if (!holdsExactly(fd, data)) throw errnoError('EIO', 'the written file does not read back as written');
    } finally {
      fs.closeSync(fd);
    }
    if (options.mode !== undefined) fs.chmodSync(tmp, options.mode);
    if (options.owner) {
      try {
        fs.chownSync(tmp, options.owner.uid, options.owner.gid);
      } catch {
        // not permitted for other owners: the new file keeps ours
      }
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw e;
  }
  if (options.durable) {
    try {
      syncDir(path.dirname(target));
    } catch (e) {
      throw Object.assign(e as Error, { renamed: true });
    }
  }
}

/** Whether a process with this id exists (one we may not signal exists too). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed run (`kill -9` while writing) left in
 * `dir`: those named by `tempPath` whose process no longer exists. Files of
 * live processes (this one, a concurrent run) are kept. Returns how many
 * were removed; an unreadable directory removes none.
 */
export function removeStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      fs.unlinkSync(path.join(dir, name));
      removed++;
    } catch {
      // gone already (another run cleaning up), or not ours to remove
    }
  }
  return removed;
}

/**
 * Creates a directory and its missing parents one level at a time, and
 * throws the first failure. Node's `mkdirSync(..., { recursive: true })`
 * retries forever at full CPU where a parent exists but refuses children
 * (`/proc/x`).
 */
export function makeDirs(dir: string): void {
  const abs = path.resolve(dir);
  const missing: string[] = [];
  for (let cur = abs; ; cur = path.dirname(cur)) {
    if (fs.existsSync(cur)) break;
    missing.unshift(cur);
    if (path.dirname(cur) === cur) break;
  }
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  if (!fs.statSync(abs).isDirectory()) throw errnoError('ENOTDIR', `${abs} is not a directory`);
}
