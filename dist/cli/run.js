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
exports.run = run;
exports.usableCacheDir = usableCacheDir;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const findings_1 = require("../decide/findings");
const errors_1 = require("../errors");
const source_1 = require("../parse/source");
const cache_1 = require("../run/cache");
const discover_1 = require("../discover/discover");
const durable_1 = require("../durable");
const pipeline_1 = require("../run/pipeline");
const diff_1 = require("../report/diff");
const messages_1 = require("../report/messages");
const summary_1 = require("../report/summary");
const report_1 = require("../report");
const text_1 = require("../report/text");
const options_1 = require("./options");
/**
 * Runs one command: `argv` are the parsed flags, resolved over the config
 * file by `resolveOptions` (the same function the language server uses);
 * resolves to the exit code. A `fix` that writes holds the lock of each tree
 * it works on from before it reads until it has written (see `lockTrees`).
 */
async function run(command, given, argv, io) {
    const resolved = (0, options_1.resolveOptions)(command, argv, { cwd: io.cwd, env: io.env });
    // explain FILE:LINE: the file is analyzed, the line selects what is shown
    const { paths: named, targets } = command === 'explain' ? (await Promise.resolve().then(() => __importStar(require('./targets')))).splitTargets(given, io.cwd) : { paths: given, targets: [] };
    const paths = (named.length ? named : ['.']).map((p) => path.resolve(io.cwd, p));
    const stdin = named.length === 1 && named[0] === '-';
    const writing = command === 'fix' && !resolved.settings['dry-run'] && !stdin;
    const locks = writing ? await (await Promise.resolve().then(() => __importStar(require('./tree-lock')))).lockTrees(paths, (m) => io.stderr.write(`${m}\n`)) : undefined;
    try {
        return await analyzeAndReport(command, resolved, { paths, targets, stdin, writing }, io);
    }
    finally {
        locks?.release();
    }
}
async function analyzeAndReport(command, { settings: opts, analyze }, { paths, targets, stdin, writing }, io) {
    const progress = progressBar(io);
    // only explain shows the explanation-only findings: the others may read a brief cached result
    const analyzeOptions = { ...analyze, cacheDir: analyze.cacheDir && usableCacheDir(analyze.cacheDir, io), onProgress: progress.update, explanations: command === 'explain' };
    let result;
    if (stdin) {
        if (!opts['stdin-filename'])
            throw new errors_1.ToolError('usage', undefined, 'reading from stdin (-) needs --stdin-filename');
        if (!io.stdin)
            throw new errors_1.ToolError('usage', undefined, 'no standard input available');
        const file = path.resolve(io.cwd, opts['stdin-filename']);
        result = await (0, pipeline_1.analyzeFiles)([file], { ...analyzeOptions, overrides: new Map([[file, await io.stdin()]]) }, [path.dirname(file)]);
    }
    else {
        if (opts.changed) {
            const under = (f) => paths.some((p) => f === p || f.startsWith(p + path.sep));
            const files = (0, discover_1.uniqueByRealPath)((await Promise.resolve().then(() => __importStar(require('./git')))).changedFiles(io.cwd, opts.base ?? 'HEAD').filter((f) => under(f) && fs.existsSync(f)));
            result = await (0, pipeline_1.analyzeFiles)(files, analyzeOptions, paths.filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory()));
        }
        else {
            result = await (0, pipeline_1.analyzePaths)(paths, analyzeOptions);
        }
    }
    progress.done();
    if (opts['work-counts'])
        io.stderr.write(`work counts: ${JSON.stringify(result.work ?? {})}\n`);
    const c = (0, diff_1.palette)(opts.color === 'always' || (opts.color === 'auto' && !!io.stdout.isTTY && !io.env.NO_COLOR));
    let changed = result.files.filter((f) => f.output !== undefined && f.original && f.output !== f.original.text);
    // stdin is never written (fix prints the fixed source): its edits stay pending, as in a dry run
    const report = { command, dryRun: opts['dry-run'] || stdin, result, changed, writeErrors: [], cwd: io.cwd, strict: opts.strict, verbose: opts.verbose };
    if (command === 'explain')
        report.only = await (await Promise.resolve().then(() => __importStar(require('./targets')))).selection(targets, opts.param, result, io.cwd);
    if (writing && !opts['allow-dirty']) {
        const dirty = (await Promise.resolve().then(() => __importStar(require('./git')))).dirtyFiles(changed.map((f) => path.resolve(io.cwd, f.path)));
        if (dirty.length) {
            throw new errors_1.ToolError('dirty', undefined, `${dirty.length} file(s) to fix have uncommitted changes (${dirty.slice(0, 3).map((f) => (0, summary_1.displayPath)(f, io.cwd)).join(', ')}${dirty.length > 3 ? ', ...' : ''}); nothing written`, 'commit or stash them, or pass --allow-dirty');
        }
    }
    if (writing && opts.interactive) {
        const offered = changed.reduce((n, f) => n + f.fixes.length, 0);
        changed = report.changed = await review(changed, io, c);
        report.declined = offered - changed.reduce((n, f) => n + f.fixes.length, 0);
    }
    if (writing) {
        // temporary files a killed run left beside the files this one may write
        for (const d of new Set(result.files.map((f) => realFolder(f.path))))
            (0, durable_1.removeStaleTemps)(d);
        report.changed = [];
        const { writeAtomic } = await Promise.resolve().then(() => __importStar(require('../rewrite/write')));
        for (const file of changed) {
            try {
                writeAtomic(file.path, file.original.bytes, (0, source_1.encodeSource)({ text: file.output, bom: file.original.bom }), paths);
                report.changed.push(file);
            }
            catch (e) {
                if (!(e instanceof errors_1.ToolError))
                    throw e;
                report.writeErrors.push(e);
            }
        }
    }
    if (stdin && command === 'fix' && opts.format === 'text') {
        // like a formatter: the fixed source on stdout, findings on stderr
        const file = result.files[0];
        if (file?.original)
            io.stdout.write((0, source_1.encodeSource)({ text: file.output ?? file.original.text, bom: file.original.bom }).toString('utf8'));
        io.stderr.write((0, text_1.renderNotes)(report, c));
        return (0, summary_1.exitCode)(report);
    }
    const out = (0, report_1.render)(report, opts.format, c);
    io.stdout.write(out.stdout);
    if (out.stderr)
        io.stderr.write(out.stderr);
    return (0, summary_1.exitCode)(report);
}
/**
 * `fix --interactive`: shows each edit ("edit 3 of 38", the file, the diff
 * hunk and its evidence) and asks y(es) / n(o) / a(ll remaining) / q(uit).
 * Only accepted edits are kept; the terminal is restored on every way out.
 */
async function review(files, io, c) {
    const { applyAndVerify } = await Promise.resolve().then(() => __importStar(require('../rewrite/apply')));
    const ask = (await Promise.resolve().then(() => __importStar(require('./prompt')))).answerer(io, c);
    const total = files.reduce((n, f) => n + f.fixes.length, 0);
    const kept = [];
    let index = 0;
    let all = false;
    let quit = false;
    try {
        for (const file of files) {
            const accepted = [];
            for (const fix of file.fixes) {
                if (quit)
                    break;
                index++;
                let answer = 'y';
                if (!all) {
                    const shown = (0, summary_1.displayPath)(file.path, io.cwd);
                    const preview = (0, diff_1.unifiedDiff)(shown, file.original.text, await applyAndVerify(file.path, file.original.text, fix.edits), c);
                    const evidence = 'evidence' in fix.finding ? fix.finding.evidence.map((e) => `  ${e.role} ${(0, summary_1.displayPath)(e.path, io.cwd)}:${e.line}: ${e.text}`).join('\n') : '';
                    answer = await ask.answer(`${c.bold(`edit ${index} of ${total}: ${shown}`)}\n${preview}${(0, messages_1.messageOf)(fix.finding)}${(0, text_1.fixTag)(fix.finding)}\n${evidence}\n`);
                }
                if (answer === 'q')
                    quit = true;
                if (answer === 'a')
                    all = true;
                if (answer === 'y' || answer === 'a')
                    accepted.push(fix);
            }
            if (!accepted.length)
                continue;
            const edits = accepted.flatMap((f) => f.edits);
            kept.push({ ...file, edits, fixes: accepted, findings: file.findings.filter((f) => !(0, findings_1.isEditFinding)(f) || accepted.some((a) => a.finding === f)), output: await applyAndVerify(file.path, file.original.text, edits) });
        }
    }
    finally {
        ask.close();
    }
    return kept;
}
/** The folder a file's writes land in: a symlink's target's. */
function realFolder(file) {
    try {
        return path.dirname(fs.realpathSync(file));
    }
    catch {
        return path.dirname(path.resolve(file));
    }
}
/** Cache directories already looked at by this process: the server resolves its settings often. */
const cacheDirChecked = new Map();
/**
 * The cache directory if it can be used; otherwise undefined after one
 * warning on stderr (the run goes on without the cache). Each directory is
 * looked at, and warned about, once per process.
 */
function usableCacheDir(dir, io) {
    let usable = cacheDirChecked.get(dir);
    if (usable === undefined) {
        const why = (0, cache_1.unusableCacheDir)(dir);
        if (why)
            io.stderr.write(`warning: cache directory ${dir} cannot be used (${why}); running without the cache\n`);
        cacheDirChecked.set(dir, (usable = !why));
    }
    return usable ? dir : undefined;
}
/** A progress bar on stderr, shown only on a terminal once a run takes over a second. */
function progressBar(io) {
    const start = Date.now();
    let shown = false;
    return {
        update(done, total) {
            if (!io.stderr.isTTY || Date.now() - start < 1000)
                return;
            shown = true;
            const width = 30;
            const filled = Math.round((done / Math.max(total, 1)) * width);
            io.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
        },
        done() {
            if (shown)
                io.stderr.write('\r\x1b[K');
        },
    };
}
//# sourceMappingURL=run.js.map