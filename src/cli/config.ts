import * as fs from 'fs';
import * as path from 'path';
import type * as Toml from 'smol-toml';
import { ToolError } from '../errors';

/**
 * A configuration file as read: the `[tool.pypto-direction]` table (or a
 * dedicated file's top level), not yet validated, and the directory its globs
 * are relative to. Which keys exist and what they take is the option table's
 * business (`cli/options.ts`), which also merges the flags over it.
 */
export interface LoadedConfig {
  path?: string;
  dir: string;
  table: Record<string, unknown>;
}

function readTable(file: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ToolError('config', file, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let doc: Record<string, unknown>;
  // loaded only when there is a file to read
  const { parse, TomlError } = require('smol-toml') as typeof Toml;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    // smol-toml's message is "Invalid TOML document: WHAT" and then a code excerpt
    const what = (e as Error).message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    const at = e instanceof TomlError ? `:${e.line}:${e.column}: ` : '';
    throw new ToolError('config', file, `${at}invalid TOML: ${what}`);
  }
  if (path.basename(file) !== 'pyproject.toml') return doc; // a dedicated file holds the table at top level
  const tool = doc.tool as Record<string, unknown> | undefined;
  const table = tool?.['pypto-direction'];
  if (table === undefined) return undefined;
  if (typeof table !== 'object' || table === null || Array.isArray(table)) throw new ToolError('config', file, '[tool.pypto-direction] must be a table');
  return table as Record<string, unknown>;
}

/**
 * Loads the configuration: the file given with `--config`, else the nearest
 * `pyproject.toml` with a `[tool.pypto-direction]` table, searching upward from
 * `start`. No file means an empty table (the defaults).
 */
export function loadConfig(start: string, explicit?: string): LoadedConfig {
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new ToolError('config', explicit, 'no such file');
    return { path: explicit, dir: path.dirname(path.resolve(explicit)), table: readTable(explicit) ?? {} };
  }
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'pyproject.toml');
    if (fs.existsSync(file)) {
      const table = readTable(file);
      if (table) return { path: file, dir, table };
    }
    if (path.dirname(dir) === dir) return { dir: path.resolve(start), table: {} };
  }
}
