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
exports.writeAtomic = writeAtomic;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const durable_1 = require("../durable");
const errors_1 = require("../errors");
/**
 * Replaces a file's bytes atomically: a temporary file in the same directory
 * is written completely, flushed to disk, read back and renamed over the
 * target, keeping its mode (and owner where allowed); the directory is
 * flushed after. On a failure (a full disk) the temporary file is removed
 * and the target keeps its bytes. A symlink is written through to its target. A
 * file that changed since it was read, or that is read-only, is refused;
 * so is a link whose target lies outside `roots` (the real paths given).
 */
function writeAtomic(file, original, data, roots) {
    let target;
    let stat;
    try {
        target = fs.realpathSync(file);
        stat = fs.statSync(target);
        fs.accessSync(target, fs.constants.W_OK);
    }
    catch (e) {
        const code = e.code;
        throw new errors_1.ToolError('write-failed', file, `cannot write (${code === 'EACCES' ? 'read-only' : (code ?? 'error')}); left unchanged`);
    }
    if (!(stat.mode & 0o222)) {
        // checked on the mode bits too: root passes access() checks on read-only files
        throw new errors_1.ToolError('write-failed', file, 'is read-only; left unchanged');
    }
    if (roots && !roots.some((r) => within(target, r))) {
        throw new errors_1.ToolError('write-failed', file, 'is a link to a file outside the given paths; left unchanged');
    }
    const current = fs.readFileSync(target);
    if (!current.equals(Buffer.from(original))) {
        throw new errors_1.ToolError('changed-on-disk', file, 'changed on disk while being processed; left unchanged', 'run the tool again');
    }
    try {
        (0, durable_1.replaceFile)(target, data, { mode: stat.mode & 0o7777, owner: { uid: stat.uid, gid: stat.gid }, durable: true });
    }
    catch (e) {
        const code = e.code ?? 'error';
        if (e.renamed)
            throw new errors_1.ToolError('write-failed', file, `written, but its folder could not be flushed to disk (${code})`);
        throw new errors_1.ToolError('write-failed', file, `cannot write (${code}); left unchanged`);
    }
}
/** Whether a real file path lies in a given path (a directory's real location, or the file named itself). */
function within(file, root) {
    let real;
    try {
        real = fs.statSync(root).isDirectory() ? fs.realpathSync(root) : path.resolve(root);
    }
    catch {
        return false;
    }
    return file === real || file.startsWith(real.endsWith(path.sep) ? real : real + path.sep);
}
//# sourceMappingURL=write.js.map