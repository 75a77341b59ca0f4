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
exports.loadConfig = loadConfig;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const errors_1 = require("../errors");
function readTable(file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new errors_1.ToolError('config', file, `cannot read (${e.code ?? e.message})`);
    }
    let doc;
    // loaded only when there is a file to read
    const { parse, TomlError } = require('smol-toml');
    try {
        doc = parse(text);
    }
    catch (e) {
        // smol-toml's message is "Invalid TOML document: WHAT" and then a code excerpt
        const what = e.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
        const at = e instanceof TomlError ? `:${e.line}:${e.column}: ` : '';
        throw new errors_1.ToolError('config', file, `${at}invalid TOML: ${what}`);
    }
    if (path.basename(file) !== 'pyproject.toml')
        return doc; // a dedicated file holds the table at top level
    const tool = doc.tool;
    const table = tool?.['pypto-direction'];
    if (table === undefined)
        return undefined;
    if (typeof table !== 'object' || table === null || Array.isArray(table))
        throw new errors_1.ToolError('config', file, '[tool.pypto-direction] must be a table');
    return table;
}
/**
 * Loads the configuration: the file given with `--config`, else the nearest
 * `pyproject.toml` with a `[tool.pypto-direction]` table, searching upward from
 * `start`. No file means an empty table (the defaults).
 */
function loadConfig(start, explicit) {
    if (explicit) {
        if (!fs.existsSync(explicit))
            throw new errors_1.ToolError('config', explicit, 'no such file');
        return { path: explicit, dir: path.dirname(path.resolve(explicit)), table: readTable(explicit) ?? {} };
    }
    for (let dir = path.resolve(start);; dir = path.dirname(dir)) {
        const file = path.join(dir, 'pyproject.toml');
        if (fs.existsSync(file)) {
            const table = readTable(file);
            if (table)
                return { path: file, dir, table };
        }
        if (path.dirname(dir) === dir)
            return { dir: path.resolve(start), table: {} };
    }
}
//# sourceMappingURL=config.js.map