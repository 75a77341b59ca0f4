"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeAll = writeAll;
exports.holdsExactly = holdsExactly;
exports.syncDir = syncDir;
exports.tempPath = tempPath;
exports.replaceFile = replaceFile;
exports.processAlive = processAlive;
exports.removeStaleTemps = removeStaleTemps;
exports.makeDirs = makeDirs;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
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
function errnoError(code, message) {
    return Object.assign(new Error(`${code}: ${message}`), { code });
}
/**
 * Writes every byte of `data` at the file position of `fd`. `fs.writeSync`
 * may write fewer bytes than asked (a nearly full disk, a signal); the rest
 * is written again until all is written or the OS reports an error.
 */
function writeAll(fd, data) {
    let offset = 0;
    while (offset < data.length) {
        const n = fs.writeSync(fd, data, offset, data.length - offset);
        if (n <= 0)
            throw errnoError('ENOSPC', 'write made no progress');
        offset += n;
    }
}
/** Whether the file open on `fd` (for reading) holds exactly `data`: its size, then its bytes read back. */
function holdsExactly(fd, data) {
    if (fs.fstatSync(fd).size !== data.length)
        return false;
    const back = Buffer.alloc(data.length);
    let offset = 0;
    while (offset < back.length) {
        const n = fs.readSync(fd, back, offset, back.length - offset, offset);
        if (n <= 0)
            return false;
        offset += n;
    }
    return back.equals(data);
}
/**
 * Flushes a directory's entries (a rename) to disk. Platforms where a
 * directory cannot be opened or synced (Windows) need not: their rename is
 * durable on its own or cannot be made so.
 */
function syncDir(dir) {
    let fd;
    try {
        fd = fs.openSync(dir, 'r');
    }
    catch {
        return;
    }
    try {
        fs.fsyncSync(fd);
    }
    catch (e) {
        const code = e.code;
        if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF')
            throw e;
    }
    finally {
        fs.closeSync(fd);
    }
}
/** A fresh temporary name beside `target` that names it and this process (see `removeStaleTemps`). */
function tempPath(target) {
    return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}${TEMP_SUFFIX}`);
}
/**
 * Replaces `target` with `data`: a temporary file beside it is written
 * completely, checked to hold exactly `data`, and renamed over the target.
 * On any failure the temporary file is removed, the target is left as it was
 * and the error is thrown. A failure to flush the directory after the rename
 * throws too, with the new content in place (`renamed` set on the error).
 */
function replaceFile(target, data, options) {
    const tmp = tempPath(target);
    try {
        const fd = fs.openSync(tmp, 'wx+', options.mode ?? 0o666);
        try {
            writeAll(fd, data);
            if (options.durable)
                fs.fsyncSync(fd);
            if (!holdsExactly(fd, data))
                throw errnoError('EIO', 'the written file does not read back as written');
        }
        finally {
            fs.closeSync(fd);
        }
        if (options.mode !== undefined)
            fs.chmodSync(tmp, options.mode);
        if (options.owner) {
            try {
                fs.chownSync(tmp, options.owner.uid, options.owner.gid);
            }
            catch {
                // not permitted for other owners: the new file keeps ours
            }
        }
        fs.renameSync(tmp, target);
    }
    catch (e) {
        try {
            fs.unlinkSync(tmp);
        }
        catch {
            // never created, or already renamed
        }
        throw e;
    }
    if (options.durable) {
        try {
            syncDir(path.dirname(target));
        }
        catch (e) {
            throw Object.assign(e, { renamed: true });
        }
    }
}
/** Whether a process with this id exists (one we may not signal exists too). */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Removes the temporary files a killed run (`kill -9` while writing) left in
 * `dir`: those named by `tempPath` whose process no longer exists. Files of
 * live processes (this one, a concurrent run) are kept. Returns how many
 * were removed; an unreadable directory removes none.
 */
function removeStaleTemps(dir) {
    let names;
    try {
        names = fs.readdirSync(dir);
    }
    catch {
        return 0;
    }
    let removed = 0;
    for (const name of names) {
        const m = TEMP_NAME.exec(name);
        if (!m)
            continue;
        const pid = Number(m[2]);
        if (pid === process.pid || processAlive(pid))
            continue;
        try {
            fs.unlinkSync(path.join(dir, name));
            removed++;
        }
        catch {
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
function makeDirs(dir) {
    const abs = path.resolve(dir);
    const missing = [];
    for (let cur = abs;; cur = path.dirname(cur)) {
        if (fs.existsSync(cur))
            break;
        missing.unshift(cur);
        if (path.dirname(cur) === cur)
            break;
    }
    for (const d of missing) {
        try {
            fs.mkdirSync(d);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
    if (!fs.statSync(abs).isDirectory())
        throw errnoError('ENOTDIR', `${abs} is not a directory`);
}
//# sourceMappingURL=durable.js.map