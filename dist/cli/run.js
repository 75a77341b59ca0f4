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
exports.cacheDir = cacheDir;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const config_1 = require("../config");
const rules_1 = require("../rules");
const findings_1 = require("../decide/findings");
const errors_1 = require("../errors");
const source_1 = require("../parse/source");
const pipeline_1 = require("../pipeline");
const diff_1 = require("../report/diff");
const messages_1 = require("../report/messages");
const summary_1 = require("../report/summary");
const report_1 = require("../report");
const text_1 = require("../report/text");
const apply_1 = require("../rewrite/apply");
const write_1 = require("../rewrite/write");
const git_1 = require("./git");
const prompt_1 = require("./prompt");
/** Runs one command with parsed options; resolves to the exit code. */
async function run(opts, io) {
    const { config, dir } = (0, config_1.loadConfig)(io.cwd, opts.config && path.resolve(io.cwd, opts.config));
    const progress = progressBar(io);
    const analyzeOptions = {
        evidence: opts.evidence ?? config.evidence ?? 'all',
        respectGitignore: opts.respectGitignore ?? config.respectGitignore ?? true,
        specClasses: [...(config.specClasses ?? []), ...opts.specClass],
        harnessFunctions: [...(config.harnessFunctions ?? []), ...opts.harness],
        include: config.include,
        exclude: config.exclude,
        configDir: dir,
        onProgress: progress.update,
        cacheDir: opts.cache ? cacheDir(opts.cacheDir, io) : undefined,
        workers: opts.workers ?? defaultWorkers(),
        rules: (0, rules_1.selectRules)({ select: opts.select ?? config.select, extendSelect: [...(config.extendSelect ?? []), ...opts.extendSelect], ignore: [...(config.ignore ?? []), ...opts.ignore] }),
        era: opts.era ?? config.era ?? 'auto',
    };
    const stdin = opts.paths.length === 1 && opts.paths[0] === '-';
    const paths = opts.paths.map((p) => path.resolve(io.cwd, p));
    let result;
    if (stdin) {
        if (!opts.stdinFilename)
            throw new errors_1.ToolError('usage', undefined, 'reading from stdin (-) needs --stdin-filename');
        if (!io.stdin)
            throw new errors_1.ToolError('usage', undefined, 'no standard input available');
        const file = path.resolve(io.cwd, opts.stdinFilename);
        result = await (0, pipeline_1.analyzeFiles)([file], { ...analyzeOptions, overrides: new Map([[file, await io.stdin()]]) }, [path.dirname(file)]);
    }
    else {
        if (opts.changed !== undefined) {
            const under = (f) => paths.some((p) => f === p || f.startsWith(p + path.sep));
            const files = (0, git_1.changedFiles)(io.cwd, opts.changed).filter((f) => under(f) && fs.existsSync(f));
            result = await (0, pipeline_1.analyzeFiles)(files, analyzeOptions, paths.filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory()));
        }
        else {
            result = await (0, pipeline_1.analyzePaths)(paths, analyzeOptions);
        }
    }
    progress.done();
    const c = (0, diff_1.palette)(opts.color === 'always' || (opts.color === 'auto' && !!io.stdout.isTTY && !io.env.NO_COLOR));
    let changed = result.files.filter((f) => f.output !== undefined && f.original && f.output !== f.original.text);
    const report = { command: opts.command, dryRun: opts.dryRun, result, changed, writeErrors: [], cwd: io.cwd, strict: opts.strict ?? config.strict ?? false };
    const writing = opts.command === 'fix' && !opts.dryRun && !stdin;
    if (writing && !opts.allowDirty) {
        const dirty = (0, git_1.dirtyFiles)(changed.map((f) => path.resolve(io.cwd, f.path)));
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
        report.changed = [];
        for (const file of changed) {
            try {
                (0, write_1.writeAtomic)(file.path, file.original.bytes, (0, source_1.encodeSource)({ text: file.output, bom: file.original.bom }), paths);
                report.changed.push(file);
            }
            catch (e) {
                if (!(e instanceof errors_1.ToolError))
                    throw e;
                report.writeErrors.push(e);
            }
        }
    }
    if (stdin && opts.command === 'fix' && opts.format === 'text') {
        // like a formatter: the fixed source on stdout, findings on stderr
        const file = result.files[0];
        if (file?.original)
            io.stdout.write((0, source_1.encodeSource)({ text: file.output ?? file.original.text, bom: file.original.bom }).toString('utf8'));
        io.stderr.write((0, text_1.renderNotes)({ ...report, dryRun: true }, c));
        return (0, summary_1.exitCode)({ ...report, dryRun: true });
    }
    const out = (0, report_1.render)(report, opts.format, c, opts.verbose);
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
    const ask = (0, prompt_1.answerer)(io, c);
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
                    const preview = (0, diff_1.unifiedDiff)(shown, file.original.text, await (0, apply_1.applyAndVerify)(file.path, file.original.text, fix.edits), c);
                    const evidence = 'evidence' in fix.finding ? fix.finding.evidence.map((e) => `  ${e.role} ${(0, summary_1.displayPath)(e.path, io.cwd)}:${e.line}: ${e.text}`).join('\n') : '';
                    answer = await ask.answer(`${c.bold(`edit ${index} of ${total}: ${shown}`)}\n${preview}${(0, messages_1.messageOf)(fix.finding)}\n${evidence}\n`);
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
            kept.push({ ...file, edits, fixes: accepted, findings: file.findings.filter((f) => !(0, findings_1.isEditFinding)(f) || accepted.some((a) => a.finding === f)), output: await (0, apply_1.applyAndVerify)(file.path, file.original.text, edits) });
        }
    }
    finally {
        ask.close();
    }
    return kept;
}
/**
 * Threads per core on machines with more than two cores; none on two. Measured
 * on 2 cores (pypto-lib, 192 files): 2 threads were 1.2x faster but used 1.45x
 * the memory, and 10 copies of it went past 500 MB (400 MB without).
 */
function defaultWorkers() {
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    return cores > 2 ? cores : 0;
}
/** Where results are cached: --cache-dir, $PYPTO_DIRECTION_CACHE_DIR, $XDG_CACHE_HOME, or ~/.cache. */
function cacheDir(given, io) {
    if (given)
        return path.resolve(io.cwd, given);
    if (io.env.PYPTO_DIRECTION_CACHE_DIR)
        return io.env.PYPTO_DIRECTION_CACHE_DIR;
    return path.join(io.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pypto-direction');
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