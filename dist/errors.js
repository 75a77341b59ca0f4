"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ToolError = void 0;
/**
 * An expected error: bad input or usage, never a bug. It carries a one-line
 * message (naming the file where there is one), an optional hint and the exit
 * code the CLI returns for it. Anything that is not a ToolError is a bug.
 */
class ToolError extends Error {
    code;
    file;
    detail;
    hint;
    exitCode;
    /**
     * @param file the path as given to the tool, when the error is about a file
     * @param detail what went wrong, without the path
     */
    constructor(code, file, detail, hint, exitCode = 2) {
        super(file ? `${file}${detail.startsWith(':') ? '' : ': '}${detail}` : detail);
        this.code = code;
        this.file = file;
        this.detail = detail;
        this.hint = hint;
        this.exitCode = exitCode;
        this.name = 'ToolError';
    }
}
exports.ToolError = ToolError;
//# sourceMappingURL=errors.js.map