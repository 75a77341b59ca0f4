import * as path from 'path';
import * as readline from 'readline';
import { isatty } from 'tty';
import type yargsModule from 'yargs';
import { ToolError } from '../errors';
import { describeError } from '../report/summary';
import { KeyReader, ttyKeys } from './keys';
import { completeOutput } from './output';
import { CommandName, flagsOf, resolveOptions, STDIN_PATH } from './options';
import { quickArgs } from './quick-args';
import { PathCommand, run, usableCacheDir } from './run';

/** Where the CLI writes; tests pass string sinks, `bin` passes the process streams. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** All of standard input (for `-` paths). */
  stdin?: () => Promise<Buffer>;
  /** Asks a question and resolves to the answer line (for `--interactive`); undefined at end of input. */
  ask?: (question: string) => Promise<string | undefined>;
  /** Releases what the IO opened (stdin readers), so nothing outlives the run. */
  close?: () => void;
  /** Starts reading single keys (for `--interactive`, preferred over `ask`); given only when stdin is a terminal. */
  keys?: () => KeyReader;
}

const VERSION: string = require('../../package.json').version;

const COMMANDS: Array<{ name: CommandName; describe: string }> = [
  { name: 'fix', describe: 'add the directions the golden specs require (writes files; --dry-run prints a diff)' },
  { name: 'check', describe: 'report pending changes and unresolved params without writing; exit 1 if any' },
  { name: 'explain', describe: 'list every entry param with its direction, status and evidence' },
  { name: 'server', describe: 'run the language server on stdin/stdout (diagnostics, quick fixes, hover) for an editor' },
];

/** The yargs parser of the whole command line (exported for the test that `quickArgs` agrees with it). */
export function buildParser() {
  // loaded only here: a plain command line (`quickArgs`) does not pay for it
  const loaded = require('yargs') as typeof yargsModule & { __esModule?: boolean; default: typeof yargsModule };
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
      for (const [name, spec] of flagsOf(cmd.name)) y.option(name, spec);
      if (cmd.name === 'server') return y.option('clientProcessId', { type: 'number', hidden: true });
      const describe = cmd.name === 'explain' ? 'files or directories (default: .), or FILE:LINE: what is reported for the param (or the entry) on that line' : 'files or directories (default: .)';
      return y.positional('paths', { type: 'string', array: true, describe });
    });
  }
  parser = parser.command('rules [ids..]', 'list the rules (with ids: their finding kinds and an example)', (y) =>
    y.positional('ids', { type: 'string', array: true, describe: 'rule ids' }),
  );
  return parser;
}

/**
 * Runs the CLI in-process and resolves to its exit code. Expected problems
 * (bad paths, unparsable files, usage) are one-line errors; anything else is
 * a bug, reported with its stack and exit code 2.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    // after `--` every word is a path (or a rule id), even one starting with `-`; yargs would drop them
    const dashes = argv.indexOf('--');
    const operands = dashes < 0 ? [] : argv.slice(dashes + 1);
    const quick = dashes < 0 ? quickArgs(argv, flagsOf) : undefined;
    const parsed = quick
      ? { args: quick, output: '', err: undefined }
      : await new Promise<{ err?: Error; args: Record<string, unknown>; output: string }>((resolve) => {
          const args = (dashes < 0 ? argv : argv.slice(0, dashes)).map((a) => (a === '-' ? STDIN_PATH : a));
          buildParser().parse(args, {}, (err, args, output) => resolve({ err: err ?? undefined, args: args as Record<string, unknown>, output }));
        });
    if (parsed.err) {
      io.stderr.write(`error: ${parsed.err.message}\n(run 'pypto-direction --help' for usage)\n`);
      return 2;
    }
    if (parsed.output) {
      io.stdout.write(parsed.output + '\n');
      return 0;
    }
    const command = String((parsed.args._ as unknown[])[0]) as CommandName | 'rules';
    const args = parsed.args;
    if (operands.length) {
      if (command === 'server') throw new ToolError('usage', undefined, `server takes no paths (got ${operands[0]})`);
      const key = command === 'rules' ? 'ids' : 'paths';
      args[key] = [...((args[key] as unknown[] | undefined) ?? []), ...operands.map((a) => (a === '-' ? STDIN_PATH : a))];
    }
    if (command === 'rules') {
      const { renderRules } = await import('./rules-command');
      io.stdout.write(renderRules(((args.ids as unknown[]) ?? []).map(String)));
      return 0;
    }
    // the server owns the process: it exits on the client's `exit`, never through the report path
    if (command === 'server') {
      // each workspace folder: its config file and the server's flags, resolved as the CLI resolves them
      const settingsOf = (folder: string, flagsOnly = false) => {
        const { analyze, settings } = resolveOptions('server', args, { cwd: io.cwd, env: io.env, start: folder, flagsOnly });
        // a subfolder: runs made while typing must not evict the entries of command-line runs
        // an unusable cache directory: one warning on stderr (the client's log), then none is used
        const cacheDir = analyze.cacheDir && usableCacheDir(path.join(analyze.cacheDir, 'server'), io);
        return { analyze: { ...analyze, cacheDir, workers: 0 }, severity: settings['server-severity'] };
      };
      settingsOf(io.cwd, true); // a bad flag is a usage error now, not a message in the editor later
      // loaded only here: the other commands do not pay for the protocol library
      return await (await import('../server/server')).startServer({ settingsOf });
    }
    const paths = ((args.paths as unknown[] | undefined) ?? []).map((p) => (String(p) === STDIN_PATH ? '-' : String(p)));
    return await run(command as PathCommand, paths, args, io);
  } catch (e) {
    return reportError(e, io);
  } finally {
    io.close?.();
  }
}

/** Expected errors as one line with their own exit code; anything else is a bug. */
function reportError(e: unknown, io: CliIO): number {
  if (e instanceof ToolError) {
    io.stderr.write(`error: ${describeError(e, io.cwd)}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  io.stderr.write(`internal error: ${err?.message ?? String(e)}\nThis is a bug in pypto-direction; please report it with this output.\n${err?.stack ?? ''}\n`);
  return 2;
}

/** The real process streams and environment. */
export function processIO(): CliIO {
  let reader: readline.Interface | undefined;
  let lines: AsyncIterator<string> | undefined;
  return {
    stdout: completeOutput(process.stdout, 1, 'standard output'),
    stderr: completeOutput(process.stderr, 2, 'standard error', true),
    env: process.env,
    cwd: process.cwd(),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
      if (!reader) return;
      reader.close();
      // a paused pipe is still a ref'd handle: let go of it so the process can end
      (process.stdin as { unref?: () => void }).unref?.();
    },
    // isatty(0), not process.stdin.isTTY: touching process.stdin opens a handle on it
    keys: isatty(0) ? () => ttyKeys(process.stdin) : undefined,
  };
}
