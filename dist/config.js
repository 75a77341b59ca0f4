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
exports.validateConfig = validateConfig;
exports.loadConfig = loadConfig;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const smol_toml_1 = require("smol-toml");
const errors_1 = require("./errors");
const strings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const KEYS = {
    include: { field: 'include', check: strings, expects: 'a list of glob strings' },
    exclude: { field: 'exclude', check: strings, expects: 'a list of glob strings' },
    'respect-gitignore': { field: 'respectGitignore', check: (v) => typeof v === 'boolean', expects: 'true or false' },
    evidence: { field: 'evidence', check: (v) => v === 'all' || v === 'final', expects: '"all" or "final"' },
    'spec-classes': { field: 'specClasses', check: strings, expects: 'a list of class names' },
    'harness-functions': { field: 'harnessFunctions', check: strings, expects: 'a list of function names' },
    'server-severity': { field: 'serverSeverity', check: (v) => v === 'warning' || v === 'error', expects: '"warning" or "error"' },
    select: { field: 'select', check: strings, expects: 'a list of rule ids' },
    'extend-select': { field: 'extendSelect', check: strings, expects: 'a list of rule ids' },
    ignore: { field: 'ignore', check: strings, expects: 'a list of rule ids' },
    era: { field: 'era', check: (v) => v === 'auto' || v === 'spec' || v === 'signature', expects: '"auto", "spec" or "signature"' },
    strict: { field: 'strict', check: (v) => typeof v === 'boolean', expects: 'true or false' },
};
/** Validates a `[tool.pypto-direction]` table; unknown keys and wrong types are errors. */
function validateConfig(table, file) {
    const out = {};
    for (const [key, value] of Object.entries(table)) {
        const spec = KEYS[key];
        if (!spec) {
            throw new errors_1.ToolError('config', file, `unknown key "${key}" in [tool.pypto-direction]`, `known keys: ${Object.keys(KEYS).join(', ')}`);
        }
        if (!spec.check(value))
            throw new errors_1.ToolError('config', file, `"${key}" must be ${spec.expects}`);
        out[spec.field] = value;
    }
    return out;
}
function readTable(file) {
    let doc;
    try {
        doc = (0, smol_toml_1.parse)(fs.readFileSync(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors_1.ToolError('config', file, code ? `cannot read (${code})` : `is not valid TOML: ${e.message.split('\n')[0]}`);
    }
    if (path.basename(file) !== 'pyproject.toml')
        return doc; // a dedicated file holds the table at top level
    const tool = doc.tool;
    return tool?.['pypto-direction'];
}
/**
 * Loads the configuration: the file given with `--config`, else the nearest
 * `pyproject.toml` with a `[tool.pypto-direction]` table, searching upward from
 * `start`. No file means defaults.
 */
function loadConfig(start, explicit) {
    if (explicit) {
        if (!fs.existsSync(explicit))
            throw new errors_1.ToolError('config', explicit, 'no such file');
        const table = readTable(explicit) ?? {};
        return { path: explicit, dir: path.dirname(path.resolve(explicit)), config: validateConfig(table, explicit) };
    }
    for (let dir = path.resolve(start);; dir = path.dirname(dir)) {
        const file = path.join(dir, 'pyproject.toml');
        if (fs.existsSync(file)) {
            const table = readTable(file);
            if (table)
                return { path: file, dir, config: validateConfig(table, file) };
        }
        if (path.dirname(dir) === dir)
            return { dir: path.resolve(start), config: {} };
    }
}
//# sourceMappingURL=config.js.map