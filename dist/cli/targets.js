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
exports.splitTargets = splitTargets;
exports.selection = selection;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const outline_1 = require("../analyze/outline");
const errors_1 = require("../errors");
const summary_1 = require("../report/summary");
const isFile = (p) => {
    try {
        return fs.statSync(p).isFile();
    }
    catch {
        return false;
    }
};
/**
 * Splits `explain`'s arguments into paths and FILE:LINE targets. An argument
 * that exists on disk is a path, whatever it looks like (a file named `a:1`);
 * otherwise `FILE:LINE` or `FILE:LINE:COL` (a location as `check` prints it;
 * the column is not needed) is a target when FILE is an existing file. The
 * rest stay paths (and fail as missing ones do). A target's file is analyzed
 * like a path.
 */
function splitTargets(args, cwd) {
    const paths = [];
    const targets = [];
    for (const arg of args) {
        // the file part: the longest one that exists (`a:1:5` is `a:1` line 5 when `a:1` is a file)
        const file = arg === '-' || fs.existsSync(path.resolve(cwd, arg)) ? undefined : [/^(.+):(\d+)$/s, /^(.+):(\d+):\d+$/s].map((re) => re.exec(arg)).find((x) => x && isFile(path.resolve(cwd, x[1])));
        if (!file) {
            paths.push(arg);
            continue;
        }
        const line = Number(file[2]);
        if (line < 1)
            throw new errors_1.ToolError('usage', undefined, `${arg}: lines count from 1`);
        targets.push({ arg, file: path.resolve(cwd, file[1]), line });
        if (!paths.includes(file[1]))
            paths.push(file[1]);
    }
    return { paths, targets };
}
/** A finding's position, by file. */
const key = (file, line, column) => `${path.resolve(file)}:${line}:${column}`;
/**
 * The positions a FILE:LINE means: on a decorator, the `def` line or another
 * line of a signature outside any param, every param of that function (and
 * what is reported at its `def`); on a param (any of its lines), that param
 * and any other starting on the same line; elsewhere, whatever is reported
 * on the line itself (a harness call's era, a spec's keyword).
 */
function positionsAt(target, outline) {
    const inside = (s) => s.start <= target.line && target.line <= s.end;
    for (const fn of outline) {
        if (!inside(fn.header))
            continue;
        const params = fn.params.filter((p) => inside(p.span));
        const whole = target.line <= fn.def.line || !params.length;
        const chosen = whole ? fn.params : params;
        const positions = new Set(chosen.map((p) => key(target.file, p.line, p.column)));
        if (whole)
            positions.add(key(target.file, fn.def.line, fn.def.column));
        return { positions, function: fn };
    }
    return { positions: new Set() };
}
/** `--param ENTRY.PARAM`: the entry's last dotted name (`Prog.orch.x` is `orch`'s `x`) and the param. */
function parseParam(spec) {
    const m = /^(?:.*\.)?([^.]+)\.([^.]+)$/.exec(spec);
    if (!m)
        throw new errors_1.ToolError('usage', undefined, `--param ${spec}: expected ENTRY.PARAM (an entry's name, a dot, a param's name)`);
    return { entry: m[1], param: m[2] };
}
/**
 * What `explain` shows when given FILE:LINE targets or `--param`s: the
 * findings any of them selects (undefined: no selection, everything). A
 * target that selects nothing is a usage error naming it and what the file
 * holds; so is a `--param` that names no param. A file that could not be
 * analyzed is left to its own error.
 */
async function selection(targets, params, result, cwd) {
    if (!targets.length && !params.length)
        return undefined;
    const byFile = new Map(result.files.map((f) => [path.resolve(f.path), f]));
    const positions = new Set();
    const lines = new Set();
    const missing = [];
    for (const t of targets) {
        const file = byFile.get(t.file);
        if (!file || file.error)
            continue;
        const outline = await (0, outline_1.outlineOf)(t.file, fs.readFileSync(t.file));
        const at = positionsAt(t, outline);
        const hits = file.findings.filter((f) => at.positions.has(key(f.path, f.line, f.column)));
        hits.forEach((f) => positions.add(key(f.path, f.line, f.column)));
        if (!at.function) {
            // not in a signature: what is reported on the line itself
            const here = file.findings.filter((f) => f.line === t.line);
            if (here.length)
                lines.add(`${t.file}:${t.line}`);
            if (here.length)
                continue;
        }
        else if (hits.length) {
            continue;
        }
        const where = outline.map((fn) => `${fn.name} (lines ${fn.header.start}-${fn.header.end})`).join(', ');
        missing.push(`${(0, summary_1.displayPath)(t.file, cwd)}:${t.line}: ${at.function ? `nothing is reported for ${at.function.name} here` : 'no entry param, entry or harness call with a finding on this line'}${where ? ` (pypto functions in this file: ${where})` : ' (this file has no pypto function)'}`);
    }
    const wanted = params.map(parseParam);
    const found = new Set();
    const paramMatch = (f) => {
        if (!('param' in f))
            return false;
        const i = wanted.findIndex((w) => w.entry === f.entry && w.param === f.param);
        if (i >= 0)
            found.add(i);
        return i >= 0;
    };
    for (const file of result.files)
        file.findings.forEach(paramMatch);
    wanted.forEach((w, i) => {
        if (found.has(i))
            return;
        const same = [...new Set(result.files.flatMap((file) => file.findings.flatMap((f) => ('param' in f && f.entry === w.entry ? [f.param] : []))))];
        missing.push(`--param ${params[i]}: no such param in the analyzed files${same.length ? ` (${w.entry} has ${same.join(', ')})` : ''}`);
    });
    if (missing.length)
        throw new errors_1.ToolError('usage', undefined, missing.join('; '));
    return (f) => positions.has(key(f.path, f.line, f.column)) || lines.has(`${path.resolve(f.path)}:${f.line}`) || paramMatch(f);
}
//# sourceMappingURL=targets.js.map