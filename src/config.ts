import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'smol-toml';
import { ToolError } from './errors';

/** Settings of `[tool.pypto-direction]`; CLI flags override them. */
export interface FileConfig {
  /** Globs (relative to the config's directory) a walked file must match. */
  include?: string[];
  /** Globs of files and directories never walked into. */
  exclude?: string[];
  respectGitignore?: boolean;
  evidence?: 'all' | 'final';
  specClasses?: string[];
  harnessFunctions?: string[];
  /** Severity of pending findings in the language server (default warning). */
  serverSeverity?: 'warning' | 'error';
  /** Rule ids (ruff-like): `select` replaces the defaults, `extend-select` adds, `ignore` removes. */
  select?: string[];
  extendSelect?: string[];
  ignore?: string[];
  /** The golden harness era (`auto` detects it per spec call). */
  era?: 'auto' | 'spec' | 'signature';
  /** Report-only agreement findings (`abi-mismatch`) make `check` exit 1. */
  strict?: boolean;
  /** Apply unsafe fixes too (like `--unsafe-fixes`). */
  unsafeFixes?: boolean;
}

/** A loaded configuration and the directory its globs are relative to. */
export interface LoadedConfig {
  path?: string;
  dir: string;
  config: FileConfig;
}

type KeySpec = { field: keyof FileConfig; check: (v: unknown) => boolean; expects: string };
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const KEYS: Record<string, KeySpec> = {
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
  'unsafe-fixes': { field: 'unsafeFixes', check: (v) => typeof v === 'boolean', expects: 'true or false' },
};

/** Validates a `[tool.pypto-direction]` table; unknown keys and wrong types are errors. */
export function validateConfig(table: Record<string, unknown>, file: string): FileConfig {
  const out: FileConfig = {};
  for (const [key, value] of Object.entries(table)) {
    const spec = KEYS[key];
    if (!spec) {
      throw new ToolError('config', file, `unknown key "${key}" in [tool.pypto-direction]`, `known keys: ${Object.keys(KEYS).join(', ')}`);
    }
    if (!spec.check(value)) throw new ToolError('config', file, `"${key}" must be ${spec.expects}`);
    (out as Record<string, unknown>)[spec.field] = value;
  }
  return out;
}

function readTable(file: string): Record<string, unknown> | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ToolError('config', file, code ? `cannot read (${code})` : `is not valid TOML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (path.basename(file) !== 'pyproject.toml') return doc; // a dedicated file holds the table at top level
  const tool = doc.tool as Record<string, unknown> | undefined;
  return tool?.['pypto-direction'] as Record<string, unknown> | undefined;
}

/**
 * Loads the configuration: the file given with `--config`, else the nearest
 * `pyproject.toml` with a `[tool.pypto-direction]` table, searching upward from
 * `start`. No file means defaults.
 */
export function loadConfig(start: string, explicit?: string): LoadedConfig {
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new ToolError('config', explicit, 'no such file');
    const table = readTable(explicit) ?? {};
    return { path: explicit, dir: path.dirname(path.resolve(explicit)), config: validateConfig(table, explicit) };
  }
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'pyproject.toml');
    if (fs.existsSync(file)) {
      const table = readTable(file);
      if (table) return { path: file, dir, config: validateConfig(table, file) };
    }
    if (path.dirname(dir) === dir) return { dir: path.resolve(start), config: {} };
  }
}
