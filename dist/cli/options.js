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
exports.STDIN_PATH = exports.OPTIONS = void 0;
exports.flagsOf = flagsOf;
exports.resolveOptions = resolveOptions;
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const config_1 = require("./config");
const errors_1 = require("../errors");
const report_1 = require("../report");
const select_1 = require("../report/select");
const catalog_1 = require("../rules/catalog");
/** The last of a repeated flag (`--era spec --era auto` is `auto`). */
const last = (v) => (Array.isArray(v) ? v[v.length - 1] : v);
const strings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** `--select a,b --select c` -> [a, b, c]. */
const commaList = (v) => (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);
const boolean = () => ({ flag: { type: 'boolean' }, valid: (v) => typeof v === 'boolean', expects: 'true or false', fromFlag: (v) => Boolean(last(v)) });
const choice = (values) => ({
    flag: { choices: values },
    valid: (v) => values.includes(v),
    expects: values.map((x) => `"${x}"`).join(', ').replace(/, ([^,]*)$/, ' or $1'),
    fromFlag: (v) => last(v),
});
const text = () => ({ flag: { type: 'string', requiresArg: true }, valid: (v) => typeof v === 'string', expects: 'a string', fromFlag: (v) => String(last(v)) });
/** Names, repeatable and comma-separated on the command line (`--select a,b`), a list in the file. */
const names = (what) => ({ flag: { type: 'string' }, valid: strings, expects: `a list of ${what}`, fromFlag: commaList });
/** Names as yargs arrays (`--spec-class A B`): kept as they always were. */
const nameArray = (what) => ({ flag: { type: 'string', array: true }, valid: strings, expects: `a list of ${what}`, fromFlag: (v) => (Array.isArray(v) ? v : [v]).map(String) });
/** A whole number, 0 or more. */
const count = () => ({
    flag: { type: 'string', requiresArg: true },
    valid: (v) => Number.isInteger(v) && v >= 0,
    expects: 'a whole number, 0 or more',
    fromFlag: (v, flag) => {
        const s = String(last(v)).trim();
        if (!/^\d+$/.test(s))
            throw new errors_1.ToolError('usage', undefined, `--${flag} must be a whole number, 0 or more (got "${s}")`);
        return Number(s);
    },
});
const globs = () => ({ flag: {}, valid: strings, expects: 'a list of glob strings', fromFlag: () => [] });
const setting = (s) => s;
const ANALYZE = ['fix', 'check', 'explain'];
const ALL = [...ANALYZE, 'server'];
/**
 * Every option, once: its flag (which commands take it), its config key,
 * its kind, default and how the two combine. The CLI's flags, the config
 * file's keys and their validation, and the resolver are all read from here.
 * A new option is one line (see the README's Configuration section).
 */
exports.OPTIONS = [
    setting({ name: 'dry-run', kind: boolean(), default: false, flag: { commands: ['fix'], describe: 'print a unified diff instead of writing' } }),
    setting({ name: 'interactive', kind: boolean(), default: false, flag: { commands: ['fix'], alias: 'i', describe: 'review each edit (y/n/a/q) before writing' } }),
    setting({ name: 'allow-dirty', kind: boolean(), default: false, flag: { commands: ['fix'], describe: 'write files even if they have uncommitted git changes' } }),
    setting({ name: 'format', kind: choice(report_1.FORMATS), default: 'text', flag: { commands: ANALYZE, describe: 'output format (every format reports the same findings)' } }),
    setting({ name: 'changed', kind: boolean(), default: false, flag: { commands: ANALYZE, describe: 'only files changed against --base (git), plus untracked ones' } }),
    setting({ name: 'base', kind: text(), default: 'HEAD', flag: { commands: ANALYZE, describe: 'the git ref --changed compares against' } }),
    setting({ name: 'stdio', kind: boolean(), default: true, flag: { commands: ['server'], describe: 'speak the protocol on stdin/stdout (the only transport; accepted for clients that pass it)' } }),
    setting({ name: 'cache', kind: boolean(), default: true, flag: { commands: ALL, describe: 'reuse results of an unchanged tree (--no-cache for a cold run)' } }),
    setting({ name: 'cache-dir', kind: text(), flag: { commands: ALL, describe: 'cache directory (default: $PYPTO_DIRECTION_CACHE_DIR, else ~/.cache/pypto-direction)' } }),
    setting({ name: 'workers', kind: count(), flag: { commands: ANALYZE, describe: 'threads for independent groups of files, the main one included (default: one per core above 2 cores; 0 or 1: main thread only)' } }),
    setting({ name: 'stdin-filename', kind: text(), flag: { commands: ANALYZE, describe: 'with the path -, read the source from stdin as if it were this file' } }),
    setting({ name: 'param', kind: names('ENTRY.PARAM'), default: [], flag: { commands: ['explain'], describe: 'explain only these params: ENTRY.PARAM (repeat it, or separate with commas)' } }),
    setting({ name: 'include', kind: globs(), config: true }),
    setting({ name: 'exclude', kind: globs(), config: true }),
    setting({ name: 'evidence', kind: choice(['all', 'final']), default: 'all', config: true, flag: { commands: ALL, describe: 'all (default): every spec built for a harness call; final: only the list it receives' } }),
    setting({ name: 'respect-gitignore', kind: boolean(), default: true, config: true, flag: { commands: ALL, describe: 'skip files ignored by .gitignore (default; --no-respect-gitignore to include them)' } }),
    setting({ name: 'config', kind: text(), flag: { commands: ANALYZE, describe: 'configuration file (default: the nearest pyproject.toml with [tool.pypto-direction])' } }),
    setting({ name: 'color', kind: choice(['auto', 'always', 'never']), default: 'auto', flag: { commands: ANALYZE, describe: 'colour output (auto: only on a terminal, never with NO_COLOR)' } }),
    setting({ name: 'verbose', kind: boolean(), default: false, flag: { commands: ANALYZE, alias: 'v', describe: 'also report the report-only warnings (in every format)' } }),
    setting({ name: 'spec-classes', kind: nameArray('class names'), default: [], config: true, merge: 'extend', flag: { name: 'spec-class', commands: ALL, describe: 'extra class name that builds a golden TensorSpec' } }),
    setting({ name: 'harness-functions', kind: nameArray('function names'), default: [], config: true, merge: 'extend', flag: { name: 'harness', commands: ALL, describe: 'extra harness function taking fn=/program= and specs=' } }),
    setting({ name: 'select', kind: names('rule ids'), config: true, merge: 'rules', flag: { commands: ALL, describe: 'comma-separated rules to run instead of the defaults (ids or ALL; see the rules command)' } }),
    setting({ name: 'extend-select', kind: names('rule ids'), config: true, merge: 'rules', flag: { commands: ALL, describe: 'comma-separated rules to run in addition' } }),
    setting({ name: 'ignore', kind: names('rule ids'), config: true, merge: 'rules', flag: { commands: ALL, describe: 'comma-separated rules not to run' } }),
    setting({ name: 'era', kind: choice(['auto', 'spec', 'signature']), default: 'auto', config: true, flag: { commands: ALL, describe: 'golden harness era (default auto: detected per spec call)' } }),
    setting({ name: 'strict', kind: boolean(), default: false, config: true, flag: { commands: ANALYZE, describe: 'spec-list agreement findings (abi-mismatch, spec-order, spec-shape, ...; not spec-name) also make the exit code 1' } }),
    setting({ name: 'unsafe-fixes', kind: boolean(), default: false, config: true, flag: { commands: ALL, describe: 'also apply unsafe fixes: they change what the golden test compares or uploads (see the rules command)' } }),
    setting({ name: 'work-counts', kind: boolean(), default: false, flag: { commands: ANALYZE, describe: 'print the work the run did (files parsed, evaluator steps, ...) to stderr as one JSON line (for benchmarks)' } }),
    setting({ name: 'server-severity', kind: choice(['warning', 'error']), default: 'warning', config: true }),
];
/** The yargs declaration of each flag a command takes. */
function flagsOf(command) {
    return exports.OPTIONS.flatMap((o) => {
        if (!o.flag?.commands.includes(command))
            return [];
        // no yargs default: a flag left out must not hide the config file's value; the resolver applies the defaults
        const shown = o.default === undefined || (Array.isArray(o.default) && !o.default.length) ? {} : { defaultDescription: JSON.stringify(o.default) };
        const spec = { ...o.kind.flag, describe: o.flag.describe, ...shown, ...(o.flag.alias ? { alias: o.flag.alias } : {}) };
        return [[o.flag.name ?? o.name, spec]];
    });
}
/**
 * The one place options are resolved, for the CLI and the language server
 * alike: the config file (`--config`, else the nearest `pyproject.toml` with
 * `[tool.pypto-direction]` from `ctx.start`), its keys validated, then each
 * flag the command takes over it: a flag wins over the file, list options
 * append, and the rule options are ruff's layers (the file's `select` /
 * `extend-select` / `ignore`, then the flags'). Usage and config errors are
 * ToolErrors (exit 2).
 */
function resolveOptions(command, argv, ctx) {
    const takes = (o) => !!o.flag?.commands.includes(command);
    const given = (o) => (takes(o) && argv[o.flag.name ?? o.name] !== undefined ? o.kind.fromFlag(argv[o.flag.name ?? o.name], o.flag.name ?? o.name) : undefined);
    const explicit = given(exports.OPTIONS.find((o) => o.name === 'config'));
    const config = ctx.flagsOnly ? { dir: ctx.start ?? ctx.cwd, table: {} } : (0, config_1.loadConfig)(ctx.start ?? ctx.cwd, explicit && path.resolve(ctx.cwd, explicit));
    const inFile = new Map(exports.OPTIONS.filter((o) => 'config' in o && o.config).map((o) => [o.name, o]));
    for (const [key, value] of Object.entries(config.table)) {
        const o = inFile.get(key);
        if (!o)
            throw new errors_1.ToolError('config', config.path, `unknown key "${key}" in [tool.pypto-direction]`, `known keys: ${[...inFile.keys()].join(', ')}`);
        if (!o.kind.valid(value))
            throw new errors_1.ToolError('config', config.path, `"${key}" must be ${o.kind.expects}`);
    }
    const settings = {};
    const layers = [{}, {}];
    const layerKey = { select: 'select', 'extend-select': 'extendSelect', ignore: 'ignore' };
    for (const o of exports.OPTIONS) {
        const flag = given(o);
        const file = o.config ? config.table[o.name] : undefined;
        switch (o.merge ?? 'override') {
            case 'override':
                settings[o.name] = flag ?? file ?? o.default;
                break;
            case 'extend':
                settings[o.name] = [...(file ?? []), ...(flag ?? [])];
                break;
            case 'rules':
                settings[o.name] = flag ?? file;
                layers[0][layerKey[o.name]] = file;
                layers[1][layerKey[o.name]] = flag;
                break;
        }
    }
    const rules = (0, catalog_1.selectRules)(...layers);
    if (!rules.length) {
        throw new errors_1.ToolError('usage', undefined, `no rule is selected: the select, extend-select and ignore given${config.path ? ` (in ${path.basename(config.path)} and on the command line)` : ''} leave none to run`, `known rules: ${catalog_1.RULE_IDS.map((r) => r.id).join(', ')}`);
    }
    const s = settings;
    const analyze = {
        evidence: s.evidence,
        respectGitignore: s['respect-gitignore'],
        specClasses: s['spec-classes'],
        harnessFunctions: s['harness-functions'],
        include: s.include,
        exclude: s.exclude,
        configDir: config.dir,
        cacheDir: s.cache ? cacheDir(s['cache-dir'], ctx) : undefined,
        workers: s.workers ?? defaultWorkers(),
        rules,
        era: s.era,
        unsafeFixes: s['unsafe-fixes'],
        warnings: (0, select_1.showsWarnings)(command, s.verbose),
    };
    return { settings: s, rules, config, analyze };
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
function cacheDir(given, ctx) {
    if (given)
        return path.resolve(ctx.cwd, given);
    if (ctx.env.PYPTO_DIRECTION_CACHE_DIR)
        return ctx.env.PYPTO_DIRECTION_CACHE_DIR;
    return path.join(ctx.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pypto-direction');
}
/** yargs drops a lone `-`; it is passed through under this name instead. */
exports.STDIN_PATH = '<stdin>';
//# sourceMappingURL=options.js.map