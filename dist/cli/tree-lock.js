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
exports.LOCK_NAME = void 0;
exports.lockFilesFor = lockFilesFor;
exports.lockTrees = lockTrees;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const durable_1 = require("../durable");
const discover_1 = require("../discover/discover");
const git_1 = require("./git");
/** The lock file's name: in the git directory of a work tree, else in the folder itself. */
exports.LOCK_NAME = 'pypto-direction.lock';
/** How often a waiting run looks at the lock again. */
const POLL_MS = 100;
/** A lock file without a process id (its writer died between creating and filling it) is stale after this. */
const EMPTY_LOCK_STALE_MS = 10_000;
/**
 * Where the locks of the trees holding the paths live: in a git work tree
 * `<git dir>/pypto-direction.lock` (one lock per work tree, out of `git
 * status`), else `<folder>/.pypto-direction.lock` (a file's folder, a folder
 * itself). Paths that do not exist have none. git is asked once per work
 * tree, not once per path (pre-commit passes every staged file).
 */
function lockFilesFor(paths) {
    const trees = [];
    const locks = new Set();
    for (const p of paths) {
        let dir;
        try {
            dir = fs.realpathSync(p);
            if (!fs.statSync(dir).isDirectory())
                dir = path.dirname(dir);
        }
        catch {
            continue;
        }
        const tree = trees.find((t) => sameWorkTree(dir, t.top)) ?? (0, git_1.gitLocation)(dir);
        if (tree && !trees.includes(tree))
            trees.push(tree);
        locks.add(tree ? path.join(tree.gitDir, exports.LOCK_NAME) : path.join(dir, `.${exports.LOCK_NAME}`));
    }
    return [...locks].sort();
}
/** Whether `dir` lies in the work tree whose top is `top`, with no nested repository (`.git`) between. */
function sameWorkTree(dir, top) {
    if (dir !== top && !dir.startsWith(top.endsWith(path.sep) ? top : top + path.sep))
        return false;
    for (let cur = dir; cur !== top; cur = path.dirname(cur))
        if (fs.existsSync(path.join(cur, '.git')))
            return false;
    return true;
}
/**
 * Takes the advisory lock of every tree the paths lie in, so that two `fix`
 * runs on one tree never interleave their reads and writes: a second run
 * waits (saying so once on `notify`) until the first has finished, then
 * reads what the first wrote. A lock whose process is gone (killed) is taken
 * over. Where no lock file can be made (a read-only folder) the run goes on
 * without one: it will not write there either. Locks are taken in path
 * order, so two runs over several trees cannot wait for each other.
 */
async function lockTrees(paths, notify) {
    const files = lockFilesFor(paths);
    const held = [];
    try {
        for (const file of files)
            if (await (isFolderLock(file) ? acquireFolder(file, notify) : acquire(file, notify)))
                held.push(file);
    }
    catch (e) {
        release(held);
        throw e;
    }
    let released = false;
    return {
        release() {
            if (!released)
                release(held);
            released = true;
        },
    };
}
function release(files) {
    for (const file of files) {
        // only our own: a lock is taken over only when its process is gone, which we are not
        if (ownerOf(file) === process.pid)
            fs.rmSync(file, { force: true });
    }
}
/** The process id written in a lock file; null if it has none (yet); undefined if there is no file. */
function ownerOf(file) {
    return readLock(file)?.pid ?? (fs.existsSync(file) ? null : undefined);
}
/** A lock file's contents: `pid\nstart\n` (start: see `startTime`, empty where unknown). */
function readLock(file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const m = /^(\d+)\n(?:([^\n]*)\n)?/.exec(text);
    return m ? { pid: Number(m[1]), start: m[2] ?? '' } : undefined;
}
/**
 * When a process started, in clock ticks since boot (Linux: field 22 of
 * /proc/PID/stat); empty elsewhere. With the id it names one process, so a
 * lock whose process ended and whose id was reused is still seen as stale.
 */
function startTime(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
    }
    catch {
        return '';
    }
}
/** Whether the process that wrote a lock still runs. */
function holderAlive(lock) {
    if (!(0, durable_1.processAlive)(lock.pid))
        return false;
    const now = startTime(lock.pid);
    return !lock.start || !now || lock.start === now;
}
/** A lock of a folder outside git (`<folder>/.pypto-direction.lock`), which folders nested in it or around it may also hold. */
function isFolderLock(file) {
    return path.basename(file) === `.${exports.LOCK_NAME}`;
}
/**
 * Takes a folder's lock outside git, where runs on nested folders have lock
 * files of their own: the outer run goes first. Holding its own lock, a run
 * yields to a live lock of an enclosing folder (lets its own go, waits, tries
 * again); then it waits for the live locks of folders inside its own. Each
 * run makes its lock before it looks at the others', so two nested runs
 * cannot both miss each other, and only the inner one ever lets go, so they
 * cannot wait for each other.
 */
async function acquireFolder(file, notify) {
    const dir = path.dirname(file);
    for (;;) {
        if (!(await acquire(file, notify)))
            return false;
        const outer = liveLockAbove(dir);
        if (!outer)
            break;
        release([file]);
        await waitUntilFree(outer, notify);
    }
    for (const inner of liveLocksBelow(dir))
        await waitUntilFree(inner, notify);
    return true;
}
/** The lock of an enclosing folder held by another live run, if any. */
function liveLockAbove(dir) {
    for (let cur = path.dirname(dir);; cur = path.dirname(cur)) {
        const f = path.join(cur, `.${exports.LOCK_NAME}`);
        if (heldByOther(f))
            return f;
        if (path.dirname(cur) === cur)
            return undefined;
    }
}
/** Most folders looked at for the locks of runs inside a folder (a bound on the walk, not on correctness of small trees). */
const MAX_FOLDERS = 100_000;
/** The locks of folders inside `dir` held by other live runs (symlinks and the folders discovery skips not entered: nothing there is written). */
function liveLocksBelow(dir) {
    const out = [];
    const stack = [dir];
    for (let seen = 0; stack.length && seen < MAX_FOLDERS; seen++) {
        const cur = stack.pop();
        let entries;
        try {
            entries = fs.readdirSync(cur, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            if (e.isDirectory() && !discover_1.SKIP_DIRS.has(e.name))
                stack.push(path.join(cur, e.name));
            else if (cur !== dir && e.name === `.${exports.LOCK_NAME}` && heldByOther(path.join(cur, e.name)))
                out.push(path.join(cur, e.name));
        }
    }
    return out;
}
/** Whether a lock file names another process that still runs (an empty one: while it is young). */
function heldByOther(file) {
    const lock = readLock(file);
    if (lock)
        return lock.pid !== process.pid && holderAlive(lock);
    return fs.existsSync(file) && ageMs(file) <= EMPTY_LOCK_STALE_MS;
}
/** Waits until another run's lock file is gone or stale (it is not taken: its folder is not ours). */
async function waitUntilFree(file, notify) {
    let told = false;
    while (heldByOther(file)) {
        if (!told)
            notify(waitingFor(file, readLock(file)?.pid));
        told = true;
        await new Promise((r) => setTimeout(r, POLL_MS));
    }
}
/** What a run says once while it waits for another run's lock. */
function waitingFor(file, owner) {
    return `waiting for another pypto-direction run${owner ? ` (pid ${owner})` : ''} to finish with this tree (lock ${file})`;
}
/** Waits for and takes one lock; false when it cannot be made at all. */
async function acquire(file, notify) {
    let told = false;
    for (;;) {
        let fd;
        try {
            fd = fs.openSync(file, 'wx');
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                return false;
            const lock = readLock(file);
            const owner = lock?.pid ?? (fs.existsSync(file) ? null : undefined);
            if (owner === undefined)
                continue; // released just now
            if (lock ? !holderAlive(lock) : ageMs(file) > EMPTY_LOCK_STALE_MS) {
                takeOver(file, owner);
                continue;
            }
            if (!told)
                notify(waitingFor(file, owner));
            told = true;
            await new Promise((r) => setTimeout(r, POLL_MS));
            continue;
        }
        try {
            (0, durable_1.writeAll)(fd, Buffer.from(`${process.pid}\n${startTime(process.pid)}\n`));
        }
        catch {
            // a full disk: no lock can be had here, and this run will not write here either
            fs.closeSync(fd);
            fs.rmSync(file, { force: true });
            return false;
        }
        fs.closeSync(fd);
        return true;
    }
}
function ageMs(file) {
    try {
        return Date.now() - fs.statSync(file).mtimeMs;
    }
    catch {
        return 0;
    }
}
/**
 * Removes the stale lock of a process that is gone. It is first renamed
 * aside (one rename of a given file succeeds), then checked: if two runs
 * broke the lock at once and this one moved the other's fresh lock, that
 * lock is put back.
 */
function takeOver(file, staleOwner) {
    const aside = `${file}.${process.pid}.stale`;
    try {
        fs.renameSync(file, aside);
    }
    catch {
        return; // someone else moved it first
    }
    if (ownerOf(aside) !== staleOwner) {
        try {
            fs.linkSync(aside, file);
        }
        catch {
            // a third run holds the lock now: the one moved aside is no longer the lock
        }
    }
    fs.rmSync(aside, { force: true });
}
//# sourceMappingURL=tree-lock.js.map