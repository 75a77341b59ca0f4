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
exports.buildParser = buildParser;
exports.main = main;
exports.processIO = processIO;
const path = __importStar(require("path"));
const readline = __importStar(require("readline"));
const tty_1 = require("tty");
const errors_1 = require("../errors");
const summary_1 = require("../report/summary");
const keys_1 = require("./keys");
const output_1 = require("./output");
const options_1 = require("./options");
const quick_args_1 = require("./quick-args");
const run_1 = require("./run");
const VERSION = require('../../package.json').version;
const COMMANDS = [
    { name: 'fix', describe: 'add the directions the golden specs require (writes files; --dry-run prints a diff)' },
    { name: 'check', describe: 'report pending changes and unresolved params without writing; exit 1 if any' },
    { name: 'explain', describe: 'list every entry param with its direction, status and evidence' },
    { name: 'server', describe: 'run the language server on stdin/stdout (diagnostics, quick fixes, hover) for an editor' },
];
/** The yargs parser of the whole command line (exported for the test that `quickArgs` agrees with it). */
function buildParser() {
    // loaded only here: a plain command line (`quickArgs`) does not pay for it
    const loaded = require('yargs');
    const yargs = loaded.__esModule ? loaded.default : loaded; // what `import yargs from 'yargs'` compiles to
    let parser = yargs()
        .scriptName('pypto-direction')
        .usage('$0 <command> [paths..]\n\nGives PyPTO orchestration-entry params the pl.Out / pl.InOut direction their golden specs require.')
        .demandCommand(1, 'name a command: fix, check, explain, rules or server')
        .strict()
        .exitProcess(false)
        .version(VERSION)
        .help()
        .epilog('Exit codes: 0 nothing pending, 1 changes or unresolved findings pending, 2 a file could not be processed or usage error.');
    for (const cmd of COMMANDS) {
        parser = parser.command(cmd.name === 'server' ? 'server' : `${cmd.name} [paths..]`, cmd.describe, (y) => {
            for (const [name, spec] of (0, options_1.flagsOf)(cmd.name))
                y.option(name, spec);
            if (cmd.name === 'server')
                return y.option('clientProcessId', { type: 'number', hidden: true });
            const describe = cmd.name === 'explain' ? 'files or directories (default: .), or FILE:LINE: what is reported for the param (or the entry) on that line' : 'files or directories (default: .)';
            return y.positional('paths', { type: 'string', array: true, describe });
        });
    }
    parser = parser.command('rules [ids..]', 'list the rules (with ids: their finding kinds and an example)', (y) => y.positional('ids', { type: 'string', array: true, describe: 'rule ids' }));
    return parser;
}
/**
 * Runs the CLI in-process and resolves to its exit code. Expected problems
 * (bad paths, unparsable files, usage) are one-line errors; anything else is
 * a bug, reported with its stack and exit code 2.
 */
async function main(argv, io = processIO()) {
    try {
        // after `--` every word is a path (or a rule id), even one starting with `-`; yargs would drop them
        const dashes = argv.indexOf('--');
        const operands = dashes < 0 ? [] : argv.slice(dashes + 1);
        const quick = dashes < 0 ? (0, quick_args_1.quickArgs)(argv, options_1.flagsOf) : undefined;
        const parsed = quick
            ? { args: quick, output: '', err: undefined }
            : await new Promise((resolve) => {
                const args = (dashes < 0 ? argv : argv.slice(0, dashes)).map((a) => (a === '-' ? options_1.STDIN_PATH : a));
                buildParser().parse(args, {}, (err, args, output) => resolve({ err: err ?? undefined, args: args, output }));
            });
        if (parsed.err) {
            io.stderr.write(`error: ${parsed.err.message}\n(run 'pypto-direction --help' for usage)\n`);
            return 2;
        }
        if (parsed.output) {
            io.stdout.write(parsed.output + '\n');
            return 0;
        }
        const command = String(parsed.args._[0]);
        const args = parsed.args;
        if (operands.length) {
            if (command === 'server')
                throw new errors_1.ToolError('usage', undefined, `server takes no paths (got ${operands[0]})`);
            const key = command === 'rules' ? 'ids' : 'paths';
            args[key] = [...(args[key] ?? []), ...operands.map((a) => (a === '-' ? options_1.STDIN_PATH : a))];
        }
        if (command === 'rules') {
            const { renderRules } = await Promise.resolve().then(() => __importStar(require('./rules-command')));
            io.stdout.write(renderRules((args.ids ?? []).map(String)));
            return 0;
        }
        // the server owns the process: it exits on the client's `exit`, never through the report path
        if (command === 'server') {
            // each workspace folder: its config file and the server's flags, resolved as the CLI resolves them
            const settingsOf = (folder, flagsOnly = false) => {
                const { analyze, settings } = (0, options_1.resolveOptions)('server', args, { cwd: io.cwd, env: io.env, start: folder, flagsOnly });
                // a subfolder: runs made while typing must not evict the entries of command-line runs
                // an unusable cache directory: one warning on stderr (the client's log), then none is used
                const cacheDir = analyze.cacheDir && (0, run_1.usableCacheDir)(path.join(analyze.cacheDir, 'server'), io);
                return { analyze: { ...analyze, cacheDir, workers: 0 }, severity: settings['server-severity'] };
            };
            settingsOf(io.cwd, true); // a bad flag is a usage error now, not a message in the editor later
            // loaded only here: the other commands do not pay for the protocol library
            return await (await Promise.resolve().then(() => __importStar(require('../server/server')))).startServer({ settingsOf });
        }
        const paths = (args.paths ?? []).map((p) => (String(p) === options_1.STDIN_PATH ? '-' : String(p)));
        return await (0, run_1.run)(command, paths, args, io);
    }
    catch (e) {
        return reportError(e, io);
    }
    finally {
        io.close?.();
    }
}
/** Expected errors as one line with their own exit code; anything else is a bug. */
function reportError(e, io) {
    if (e instanceof errors_1.ToolError) {
        io.stderr.write(`error: ${(0, summary_1.describeError)(e, io.cwd)}\n`);
        return e.exitCode;
    }
    const err = e;
    io.stderr.write(`internal error: ${err?.message ?? String(e)}\nThis is a bug in pypto-direction; please report it with this output.\n${err?.stack ?? ''}\n`);
    return 2;
}
/** The real process streams and environment. */
function processIO() {
    let reader;
    let lines;
    return {
        stdout: (0, output_1.completeOutput)(process.stdout, 1, 'standard output'),
        stderr: (0, output_1.completeOutput)(process.stderr, 2, 'standard error', true),
        env: process.env,
        cwd: process.cwd(),
        stdin: async () => {
            const chunks = [];
            for await (const chunk of process.stdin)
                chunks.push(chunk);
            return Buffer.concat(chunks);
        },
        ask: async (question) => {
            process.stderr.write(question);
            reader ??= readline.createInterface({ input: process.stdin });
            lines ??= reader[Symbol.asyncIterator]();
            const next = await lines.next();
            return next.done ? undefined : next.value;
        },
        close: () => {
            if (!reader)
                return;
            reader.close();
            // a paused pipe is still a ref'd handle: let go of it so the process can end
            process.stdin.unref?.();
        },
        // isatty(0), not process.stdin.isTTY: touching process.stdin opens a handle on it
        keys: (0, tty_1.isatty)(0) ? () => (0, keys_1.ttyKeys)(process.stdin) : undefined,
    };
}
//# sourceMappingURL=main.js.map