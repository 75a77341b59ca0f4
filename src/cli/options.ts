import * as os from 'os';
import * as path from 'path';
import type { Options as YargsOption } from 'yargs';
import { loadConfig, LoadedConfig } from './config';
import { ToolError } from '../errors';
import type { AnalyzeOptions } from '../run/pipeline';
import { FORMATS } from '../report';
import { showsWarnings } from '../report/select';
import { RULE_IDS, RuleSelection, selectRules } from '../rules/catalog';

/** Every command that takes options: the three that analyze paths, and the language server. */
export type CommandName = 'fix' | 'check' | 'explain' | 'server';

/** How a value is written on the command line (its yargs type) and in the config file, and how each is read. */
interface Kind<T> {
  flag: YargsOption;
  /** Whether a config value is of this kind; `expects` says what it must be. */
  valid(v: unknown): boolean;
  expects: string;
  /** The typed value of a flag as yargs parsed it; a usage error if it is not one. */
  fromFlag(v: unknown, flag: string): T;
}

/** The last of a repeated flag (`--era spec --era auto` is `auto`). */
const last = (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v);
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** `--select a,b --select c` -> [a, b, c]. */
const commaList = (v: unknown) => (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);

const boolean = (): Kind<boolean> => ({ flag: { type: 'boolean' }, valid: (v) => typeof v === 'boolean', expects: 'true or false', fromFlag: (v) => Boolean(last(v)) });
const choice = <const V extends string>(values: readonly V[]): Kind<V> => ({
  flag: { choices: values },
  valid: (v) => values.includes(v as V),
  expects: values.map((x) => `"${x}"`).join(', ').replace(/, ([^,]*)$/, ' or $1'),
  fromFlag: (v) => last(v) as V,
});
const text = (): Kind<string | undefined> => ({ flag: { type: 'string', requiresArg: true }, valid: (v) => typeof v === 'string', expects: 'a string', fromFlag: (v) => String(last(v)) });
/** Names, repeatable and comma-separated on the command line (`--select a,b`), a list in the file. */
const names = (what: string): Kind<string[]> => ({ flag: { type: 'string' }, valid: strings, expects: `a list of ${what}`, fromFlag: commaList });
/** Names as yargs arrays (`--spec-class A B`): kept as they always were. */
const nameArray = (what: string): Kind<string[]> => ({ flag: { type: 'string', array: true }, valid: strings, expects: `a list of ${what}`, fromFlag: (v) => (Array.isArray(v) ? v : [v]).map(String) });
/** A whole number, 0 or more. */
const count = (): Kind<number | undefined> => ({
  flag: { type: 'string', requiresArg: true },
  valid: (v) => Number.isInteger(v) && (v as number) >= 0,
  expects: 'a whole number, 0 or more',
  fromFlag: (v, flag) => {
    const s = String(last(v)).trim();
    if (!/^\d+$/.test(s)) throw new ToolError('usage', undefined, `--${flag} must be a whole number, 0 or more (got "${s}")`);
    return Number(s);
  },
});
const globs = (): Kind<string[] | undefined> => ({ flag: {}, valid: strings, expects: 'a list of glob strings', fromFlag: () => [] });

/** How a flag and the config file combine: the flag wins (`override`), or the flag's list is appended (`extend`), or ruff's rule layers (`rules`). */
type Merge = 'override' | 'extend' | 'rules';

interface Setting<N extends string, T> {
  /** The setting's name: its config key when `config`, and its flag unless `flag.name` says otherwise. */
  name: N;
  kind: Kind<T>;
  /** The command-line flag: the commands that take it and its help. Absent: config file only. */
  flag?: { name?: string; commands: readonly CommandName[]; describe: string; alias?: string };
  /** `[tool.pypto-direction]` can set it (under `name`). */
  config?: true;
  /** The value when neither the flag nor the file gives one. */
  default?: NoInfer<T>;
  merge?: Merge;
}

const setting = <const N extends string, T>(s: Setting<N, T>): Setting<N, T> => s;
const ANALYZE = ['fix', 'check', 'explain'] as const;
const ALL = [...ANALYZE, 'server'] as const;

/**
 * Every option, once: its flag (which commands take it), its config key,
 * its kind, default and how the two combine. The CLI's flags, the config
 * file's keys and their validation, and the resolver are all read from here.
 * A new option is one line (see the README's Configuration section).
 */
export const OPTIONS = [
  setting({ name: 'dry-run', kind: boolean(), default: false, flag: { commands: ['fix'], describe: 'print a unified diff instead of writing' } }),
  setting({ name: 'interactive', kind: boolean(), default: false, flag: { commands: ['fix'], alias: 'i', describe: 'review each edit (y/n/a/q) before writing' } }),
  setting({ name: 'allow-dirty', kind: boolean(), default: false, flag: { commands: ['fix'], describe: 'write files even if they have uncommitted git changes' } }),
  setting({ name: 'format', kind: choice(FORMATS), default: 'text', flag: { commands: ANALYZE, describe: 'output format (every format reports the same findings)' } }),
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
] as const;

type AnySetting = (typeof OPTIONS)[number];

/** Every resolved setting by name, typed by its kind. */
export type Settings = { [S in AnySetting as S['name']]: S extends Setting<string, infer T> ? T : never };

/** The yargs declaration of each flag a command takes. */
export function flagsOf(command: CommandName): Array<[string, YargsOption]> {
  return OPTIONS.flatMap((o: Setting<string, unknown>) => {
    if (!o.flag?.commands.includes(command)) return [];
    // no yargs default: a flag left out must not hide the config file's value; the resolver applies the defaults
    const shown = o.default === undefined || (Array.isArray(o.default) && !o.default.length) ? {} : { defaultDescription: JSON.stringify(o.default) };
    const spec: YargsOption = { ...o.kind.flag, describe: o.flag.describe, ...shown, ...(o.flag.alias ? { alias: o.flag.alias } : {}) };
    return [[o.flag.name ?? o.name, spec] as [string, YargsOption]];
  });
}

/** Where options are resolved: the working directory (for relative flag paths), the environment, and where the config search starts. */
export interface ResolveContext {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The directory the config file is searched upward from (default: `cwd`). */
  start?: string;
  /** Read no config file (to check the flags alone). */
  flagsOnly?: boolean;
}

/** Options as a run uses them: every setting, the rules that run, the config file read, and the analysis options they make. */
export interface Resolved {
  settings: Settings;
  rules: string[];
  config: LoadedConfig;
  analyze: Partial<AnalyzeOptions>;
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
export function resolveOptions(command: CommandName, argv: Record<string, unknown>, ctx: ResolveContext): Resolved {
  const takes = (o: Setting<string, unknown>) => !!o.flag?.commands.includes(command);
  const given = (o: Setting<string, unknown>) => (takes(o) && argv[o.flag!.name ?? o.name] !== undefined ? o.kind.fromFlag(argv[o.flag!.name ?? o.name], o.flag!.name ?? o.name) : undefined);
  const explicit = given(OPTIONS.find((o) => o.name === 'config')!) as string | undefined;
  const config: LoadedConfig = ctx.flagsOnly ? { dir: ctx.start ?? ctx.cwd, table: {} } : loadConfig(ctx.start ?? ctx.cwd, explicit && path.resolve(ctx.cwd, explicit));
  const inFile = new Map<string, Setting<string, unknown>>(OPTIONS.filter((o) => 'config' in o && o.config).map((o) => [o.name, o]));
  for (const [key, value] of Object.entries(config.table)) {
    const o = inFile.get(key);
    if (!o) throw new ToolError('config', config.path, `unknown key "${key}" in [tool.pypto-direction]`, `known keys: ${[...inFile.keys()].join(', ')}`);
    if (!o.kind.valid(value)) throw new ToolError('config', config.path, `"${key}" must be ${o.kind.expects}`);
  }
  const settings: Record<string, unknown> = {};
  const layers: [RuleSelection, RuleSelection] = [{}, {}];
  const layerKey = { select: 'select', 'extend-select': 'extendSelect', ignore: 'ignore' } as const;
  for (const o of OPTIONS as readonly Setting<string, unknown>[]) {
    const flag = given(o);
    const file = o.config ? config.table[o.name] : undefined;
    switch (o.merge ?? 'override') {
      case 'override':
        settings[o.name] = flag ?? file ?? o.default;
        break;
      case 'extend':
        settings[o.name] = [...((file as unknown[]) ?? []), ...((flag as unknown[]) ?? [])];
        break;
      case 'rules':
        settings[o.name] = flag ?? file;
        layers[0][layerKey[o.name as keyof typeof layerKey]] = file as string[] | undefined;
        layers[1][layerKey[o.name as keyof typeof layerKey]] = flag as string[] | undefined;
        break;
    }
  }
  const rules = selectRules(...layers);
  if (!rules.length) {
    throw new ToolError('usage', undefined, `no rule is selected: the select, extend-select and ignore given${config.path ? ` (in ${path.basename(config.path)} and on the command line)` : ''} leave none to run`, `known rules: ${RULE_IDS.map((r) => r.id).join(', ')}`);
  }
  const s = settings as Settings;
  const analyze: Partial<AnalyzeOptions> = {
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
    warnings: showsWarnings(command, s.verbose),
  };
  return { settings: s, rules, config, analyze };
}

/**
 * Threads per core on machines with more than two cores; none on two. Measured
 * on 2 cores (pypto-lib, 192 files): 2 threads were 1.2x faster but used 1.45x
 * the memory, and 10 copies of it went past 500 MB (400 MB without).
 */
function defaultWorkers(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return cores > 2 ? cores : 0;
}

/** Where results are cached: --cache-dir, $PYPTO_DIRECTION_CACHE_DIR, $XDG_CACHE_HOME, or ~/.cache. */
function cacheDir(given: string | undefined, ctx: ResolveContext): string {
  if (given) return path.resolve(ctx.cwd, given);
  if (ctx.env.PYPTO_DIRECTION_CACHE_DIR) return ctx.env.PYPTO_DIRECTION_CACHE_DIR;
  return path.join(ctx.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pypto-direction');
}

/** yargs drops a lone `-`; it is passed through under this name instead. */
export const STDIN_PATH = '<stdin>';
