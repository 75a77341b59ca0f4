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
exports.writtenSynchronously = writtenSynchronously;
exports.completeOutput = completeOutput;
const fs = __importStar(require("fs"));
const tty_1 = require("tty");
const durable_1 = require("../durable");
const errors_1 = require("../errors");
/** The path a descriptor is open on, where the OS tells (Linux); else `fallback`. */
function pathOf(fd, fallback) {
    try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
    }
    catch {
        return fallback;
    }
}
/**
 * Whether Node writes descriptor `fd` synchronously, with its file stream (a
 * regular file, or a device that is no terminal: /dev/full, /dev/null):
 * nothing is ever pending there, so there is nothing to flush.
 */
function writtenSynchronously(fd) {
    try {
        const stat = fs.fstatSync(fd);
        return stat.isFile() || (stat.isCharacterDevice() && !(0, tty_1.isatty)(fd));
    }
    catch {
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
function completeOutput(stream, fd, name, quiet = false) {
    if (!writtenSynchronously(fd))
        return stream;
    return {
        isTTY: false,
        write(s) {
            try {
                (0, durable_1.writeAll)(fd, Buffer.from(s, 'utf8'));
            }
            catch (e) {
                if (quiet)
                    return false;
                throw new errors_1.ToolError('write-failed', pathOf(fd, name), `cannot write ${name} (${e.code ?? 'error'}); the output is incomplete`);
            }
            return true;
        },
    };
}
//# sourceMappingURL=output.js.map