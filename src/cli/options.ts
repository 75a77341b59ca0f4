import type { Options as YargsOption } from 'yargs';
import { FORMATS, Format } from '../report';

/** The typed options every command receives. */
export interface CliOptions {
  command: 'fix' | 'check' | 'explain';
  paths: string[];
  dryRun: boolean;
  format: Format;
  /** Undefined where neither a flag nor the config says: the defaults apply. */
  evidence?: 'all' | 'final';
  respectGitignore?: boolean;
  config?: string;
  color: 'auto' | 'always' | 'never';
  verbose: boolean;
  specClass: string[];
  harness: string[];
  /** `--changed`: only files changed against this git ref (`--base`, default HEAD). */
  changed?: string;
  allowDirty: boolean;
  interactive: boolean;
  stdinFilename?: string;
  cache: boolean;
  cacheDir?: string;
  /** Worker threads; undefined means one per core for large runs. */
  workers?: number;
  /** Rule selection flags (undefined: not given). */
  select?: string[];
  extendSelect: string[];
  ignore: string[];
  era?: 'auto' | 'spec' | 'signature';
  strict?: boolean;
}

/** Every command: the three that analyze paths, and the language server. */
export type CommandName = CliOptions['command'] | 'server';

/** One declarative table of flags; `commands` says which commands take each. */
export const OPTION_TABLE: Array<{ name: string; commands: CommandName[]; spec: YargsOption }> = [
  { name: 'dry-run', commands: ['fix'], spec: { type: 'boolean', default: false, describe: 'print a unified diff instead of writing' } },
  { name: 'interactive', commands: ['fix'], spec: { type: 'boolean', alias: 'i', default: false, describe: 'review each edit (y/n/a/q) before writing' } },
  { name: 'allow-dirty', commands: ['fix'], spec: { type: 'boolean', default: false, describe: 'write files even if they have uncommitted git changes' } },
  { name: 'format', commands: ['fix', 'check', 'explain'], spec: { choices: [...FORMATS], default: 'text', describe: 'output format' } },
  { name: 'changed', commands: ['fix', 'check', 'explain'], spec: { type: 'boolean', default: false, describe: 'only files changed against --base (git), plus untracked ones' } },
  { name: 'base', commands: ['fix', 'check', 'explain'], spec: { type: 'string', default: 'HEAD', describe: 'the git ref --changed compares against' } },
  { name: 'stdio', commands: ['server'], spec: { type: 'boolean', default: true, describe: 'speak the protocol on stdin/stdout (the only transport; accepted for clients that pass it)' } },
  { name: 'cache', commands: ['fix', 'check', 'explain', 'server'], spec: { type: 'boolean', default: true, describe: 'reuse results of an unchanged tree (--no-cache for a cold run)' } },
  { name: 'cache-dir', commands: ['fix', 'check', 'explain', 'server'], spec: { type: 'string', describe: 'cache directory (default: $PYPTO_DIRECTION_CACHE_DIR, else ~/.cache/pypto-direction)' } },
  { name: 'workers', commands: ['fix', 'check', 'explain'], spec: { type: 'number', describe: 'threads for independent groups of files, the main one included (default: one per core above 2 cores; 0 or 1: main thread only)' } },
  { name: 'stdin-filename', commands: ['fix', 'check', 'explain'], spec: { type: 'string', describe: 'with the path -, read the source from stdin as if it were this file' } },
  {
    name: 'evidence',
    commands: ['fix', 'check', 'explain'],
    spec: { choices: ['all', 'final'], describe: 'all (default): every spec built for a harness call; final: only the list it receives' },
  },
  { name: 'respect-gitignore', commands: ['fix', 'check', 'explain'], spec: { type: 'boolean', describe: 'skip files ignored by .gitignore (default; --no-respect-gitignore to include them)' } },
  { name: 'config', commands: ['fix', 'check', 'explain'], spec: { type: 'string', describe: 'configuration file (default: the nearest pyproject.toml with [tool.pypto-direction])' } },
  { name: 'color', commands: ['fix', 'check', 'explain'], spec: { choices: ['auto', 'always', 'never'], default: 'auto', describe: 'colour output (auto: only on a terminal, never with NO_COLOR)' } },
  { name: 'verbose', commands: ['fix', 'check', 'explain'], spec: { type: 'boolean', alias: 'v', default: false, describe: 'also print warnings (report-only findings)' } },
  { name: 'spec-class', commands: ['fix', 'check', 'explain'], spec: { type: 'string', array: true, default: [], describe: 'extra class name that builds a golden TensorSpec' } },
  { name: 'harness', commands: ['fix', 'check', 'explain'], spec: { type: 'string', array: true, default: [], describe: 'extra harness function taking fn=/program= and specs=' } },
  { name: 'select', commands: ['fix', 'check', 'explain'], spec: { type: 'string', describe: 'comma-separated rules to run instead of the defaults (ids or ALL; see the rules command)' } },
  { name: 'extend-select', commands: ['fix', 'check', 'explain'], spec: { type: 'string', describe: 'comma-separated rules to run in addition' } },
  { name: 'ignore', commands: ['fix', 'check', 'explain'], spec: { type: 'string', describe: 'comma-separated rules not to run' } },
  { name: 'era', commands: ['fix', 'check', 'explain'], spec: { choices: ['auto', 'spec', 'signature'], describe: 'golden harness era (default auto: detected per spec call)' } },
  { name: 'strict', commands: ['fix', 'check', 'explain'], spec: { type: 'boolean', describe: 'spec-list agreement findings (abi-mismatch, spec-order, spec-shape, ...; not spec-name) also make the exit code 1' } },
];

/** Turns parsed yargs arguments into typed options. */
/** yargs drops a lone `-`; it is passed through under this name instead. */
export const STDIN_PATH = '<stdin>';

export function toOptions(command: CliOptions['command'], argv: Record<string, unknown>): CliOptions {
  const paths = ((argv.paths as string[] | undefined)?.map(String) ?? []).map((p) => (p === STDIN_PATH ? '-' : p));
  return {
    command,
    paths: paths.length ? paths : ['.'],
    dryRun: Boolean(argv['dry-run']),
    format: argv.format as CliOptions['format'],
    evidence: argv.evidence as CliOptions['evidence'],
    respectGitignore: argv['respect-gitignore'] as boolean | undefined,
    config: argv.config as string | undefined,
    color: argv.color as CliOptions['color'],
    verbose: Boolean(argv.verbose),
    specClass: ((argv['spec-class'] as unknown[]) ?? []).map(String),
    harness: ((argv.harness as unknown[]) ?? []).map(String),
    changed: argv.changed ? String(argv.base ?? 'HEAD') : undefined,
    allowDirty: Boolean(argv['allow-dirty']),
    interactive: Boolean(argv.interactive),
    stdinFilename: argv['stdin-filename'] as string | undefined,
    cache: argv.cache !== false,
    cacheDir: argv['cache-dir'] as string | undefined,
    select: argv.select === undefined ? undefined : splitList(argv.select),
    extendSelect: splitList(argv['extend-select']),
    ignore: splitList(argv.ignore),
    era: argv.era as CliOptions['era'],
    strict: argv.strict as boolean | undefined,
    workers: typeof argv.workers === 'number' && Number.isFinite(argv.workers) ? Math.max(0, Math.floor(argv.workers)) : undefined,
  };
}

/** `--select a,b --select c` -> [a, b, c]. */
function splitList(v: unknown): string[] {
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return list.flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);
}
