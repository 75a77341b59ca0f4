import * as path from 'path';
import yargs from 'yargs';
import { loadConfig } from '../config';
import { ToolError } from '../errors';
import { encodeSource } from '../parse/source';
import { analyzePaths, FileResult } from '../pipeline';
import { palette } from '../report/diff';
import { renderJson } from '../report/json';
import { describeError, exitCode, RunReport } from '../report/summary';
import { renderDiff, renderExplain, renderText } from '../report/text';
import { writeAtomic } from '../rewrite/write';
import { CliOptions, OPTION_TABLE, toOptions } from './options';

/** Where the CLI writes; tests pass string sinks, `bin` passes the process streams. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
}

const VERSION: string = require('../../package.json').version;

const COMMANDS: Array<{ name: CliOptions['command']; describe: string }> = [
  { name: 'fix', describe: 'add the directions the golden specs require (writes files; --dry-run prints a diff)' },
  { name: 'check', describe: 'report pending changes and unresolved params without writing; exit 1 if any' },
  { name: 'explain', describe: 'list every entry param with its direction, status and evidence' },
];

function buildParser() {
  let parser = yargs()
    .scriptName('pypto-direction')
    .usage('$0 <command> [paths..]\n\nGives PyPTO orchestration-entry params the pl.Out / pl.InOut direction their golden specs require.')
    .demandCommand(1, 'name a command: fix, check or explain')
    .strict()
    .exitProcess(false)
    .version(VERSION)
    .help()
    .epilog('Exit codes: 0 nothing pending, 1 changes or unresolved findings pending, 2 a file could not be processed or usage error.');
  for (const cmd of COMMANDS) {
    parser = parser.command(`${cmd.name} [paths..]`, cmd.describe, (y) => {
      for (const opt of OPTION_TABLE) if (opt.commands.includes(cmd.name)) y.option(opt.name, opt.spec);
      return y.positional('paths', { type: 'string', array: true, describe: 'files or directories (default: .)' });
    });
  }
  return parser;
}

/**
 * Runs the CLI in-process and resolves to its exit code. Expected problems
 * (bad paths, unparsable files, usage) are one-line errors; anything else is
 * a bug, reported with its stack and exit code 2.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    const parsed = await new Promise<{ err?: Error; args: Record<string, unknown>; output: string }>((resolve) => {
      buildParser().parse(argv, {}, (err, args, output) => resolve({ err: err ?? undefined, args: args as Record<string, unknown>, output }));
    });
    if (parsed.err) {
      io.stderr.write(`error: ${parsed.err.message}\n(run 'pypto-direction --help' for usage)\n`);
      return 2;
    }
    if (parsed.output) {
      io.stdout.write(parsed.output + '\n');
      return 0;
    }
    const command = String((parsed.args._ as unknown[])[0]) as CliOptions['command'];
    return await run(toOptions(command, parsed.args), io);
  } catch (e) {
    if (e instanceof ToolError) {
      io.stderr.write(`error: ${describeError(e, io.cwd)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`internal error: ${err?.message ?? String(e)}\nThis is a bug in pypto-direction; please report it with this output.\n${err?.stack ?? ''}\n`);
    return 2;
  }
}

async function run(opts: CliOptions, io: CliIO): Promise<number> {
  const { config, dir } = loadConfig(io.cwd, opts.config && path.resolve(io.cwd, opts.config));
  const result = await analyzePaths(opts.paths.map((p) => path.resolve(io.cwd, p)), {
    evidence: opts.evidence ?? config.evidence ?? 'all',
    respectGitignore: opts.respectGitignore ?? config.respectGitignore ?? true,
    specClasses: [...(config.specClasses ?? []), ...opts.specClass],
    harnessFunctions: [...(config.harnessFunctions ?? []), ...opts.harness],
    include: config.include,
    exclude: config.exclude,
    configDir: dir,
  });
  const changed: FileResult[] = result.files.filter((f) => f.output !== undefined && f.original && f.output !== f.original.text);
  const report: RunReport = { command: opts.command, dryRun: opts.dryRun, result, changed, writeErrors: [], cwd: io.cwd };
  if (opts.command === 'fix' && !opts.dryRun) {
    report.changed = [];
    for (const file of changed) {
      try {
        writeAtomic(file.path, file.original!.bytes, encodeSource({ text: file.output!, bom: file.original!.bom }));
        report.changed.push(file);
      } catch (e) {
        if (!(e instanceof ToolError)) throw e;
        report.writeErrors.push(e);
      }
    }
  }
  const color = opts.color === 'always' || (opts.color === 'auto' && !!io.stdout.isTTY && !io.env.NO_COLOR);
  const c = palette(color);
  if (opts.format === 'json') io.stdout.write(renderJson(report));
  else if (opts.command === 'explain') io.stdout.write(renderExplain(report, c));
  else if (opts.command === 'fix' && opts.dryRun) {
    const out = renderDiff(report, c);
    io.stdout.write(out.stdout);
    io.stderr.write(out.stderr);
  } else io.stdout.write(renderText(report, c, opts.verbose));
  return exitCode(report);
}

/** The real process streams and environment. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
