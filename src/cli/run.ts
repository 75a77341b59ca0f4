import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadConfig } from '../config';
import { selectRules } from '../rules';
import { isEditFinding } from '../decide/findings';
import { ToolError } from '../errors';
import { encodeSource } from '../parse/source';
import { AnalysisResult, AnalyzeOptions, analyzeFiles, analyzePaths, FileResult } from '../pipeline';
import { palette, Palette, unifiedDiff } from '../report/diff';
import { messageOf } from '../report/messages';
import { displayPath, exitCode, RunReport } from '../report/summary';
import { render } from '../report';
import { renderNotes } from '../report/text';
import { applyAndVerify } from '../rewrite/apply';
import { writeAtomic } from '../rewrite/write';
import { changedFiles, dirtyFiles } from './git';
import type { CliIO } from './main';
import type { CliOptions } from './options';
import { Answer, answerer } from './prompt';

/** Runs one command with parsed options; resolves to the exit code. */
export async function run(opts: CliOptions, io: CliIO): Promise<number> {
  const { config, dir } = loadConfig(io.cwd, opts.config && path.resolve(io.cwd, opts.config));
  const progress = progressBar(io);
  const analyzeOptions: Partial<AnalyzeOptions> = {
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
    rules: selectRules({ select: opts.select ?? config.select, extendSelect: [...(config.extendSelect ?? []), ...opts.extendSelect], ignore: [...(config.ignore ?? []), ...opts.ignore] }),
    era: opts.era ?? config.era ?? 'auto',
  };
  const stdin = opts.paths.length === 1 && opts.paths[0] === '-';
  const paths = opts.paths.map((p) => path.resolve(io.cwd, p));
  let result: AnalysisResult;
  if (stdin) {
    if (!opts.stdinFilename) throw new ToolError('usage', undefined, 'reading from stdin (-) needs --stdin-filename');
    if (!io.stdin) throw new ToolError('usage', undefined, 'no standard input available');
    const file = path.resolve(io.cwd, opts.stdinFilename);
    result = await analyzeFiles([file], { ...analyzeOptions, overrides: new Map([[file, await io.stdin()]]) }, [path.dirname(file)]);
  } else {
    if (opts.changed !== undefined) {
      const under = (f: string) => paths.some((p) => f === p || f.startsWith(p + path.sep));
      const files = changedFiles(io.cwd, opts.changed).filter((f) => under(f) && fs.existsSync(f));
      result = await analyzeFiles(files, analyzeOptions, paths.filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory()));
    } else {
      result = await analyzePaths(paths, analyzeOptions);
    }
  }
  progress.done();
  if (opts.workCounts) io.stderr.write(`work counts: ${JSON.stringify(result.work ?? {})}\n`);

  const c = palette(opts.color === 'always' || (opts.color === 'auto' && !!io.stdout.isTTY && !io.env.NO_COLOR));
  let changed = result.files.filter((f) => f.output !== undefined && f.original && f.output !== f.original.text);
  const report: RunReport = { command: opts.command, dryRun: opts.dryRun, result, changed, writeErrors: [], cwd: io.cwd, strict: opts.strict ?? config.strict ?? false };
  const writing = opts.command === 'fix' && !opts.dryRun && !stdin;

  if (writing && !opts.allowDirty) {
    const dirty = dirtyFiles(changed.map((f) => path.resolve(io.cwd, f.path)));
    if (dirty.length) {
      throw new ToolError('dirty', undefined, `${dirty.length} file(s) to fix have uncommitted changes (${dirty.slice(0, 3).map((f) => displayPath(f, io.cwd)).join(', ')}${dirty.length > 3 ? ', ...' : ''}); nothing written`, 'commit or stash them, or pass --allow-dirty');
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
        writeAtomic(file.path, file.original!.bytes, encodeSource({ text: file.output!, bom: file.original!.bom }), paths);
        report.changed.push(file);
      } catch (e) {
        if (!(e instanceof ToolError)) throw e;
        report.writeErrors.push(e);
      }
    }
  }

  if (stdin && opts.command === 'fix' && opts.format === 'text') {
    // like a formatter: the fixed source on stdout, findings on stderr
    const file = result.files[0];
    if (file?.original) io.stdout.write(encodeSource({ text: file.output ?? file.original.text, bom: file.original.bom }).toString('utf8'));
    io.stderr.write(renderNotes({ ...report, dryRun: true }, c));
    return exitCode({ ...report, dryRun: true });
  }
  const out = render(report, opts.format, c, opts.verbose);
  io.stdout.write(out.stdout);
  if (out.stderr) io.stderr.write(out.stderr);
  return exitCode(report);
}

/**
 * `fix --interactive`: shows each edit ("edit 3 of 38", the file, the diff
 * hunk and its evidence) and asks y(es) / n(o) / a(ll remaining) / q(uit).
 * Only accepted edits are kept; the terminal is restored on every way out.
 */
async function review(files: FileResult[], io: CliIO, c: Palette): Promise<FileResult[]> {
  const ask = answerer(io, c);
  const total = files.reduce((n, f) => n + f.fixes.length, 0);
  const kept: FileResult[] = [];
  let index = 0;
  let all = false;
  let quit = false;
  try {
    for (const file of files) {
      const accepted: FileResult['fixes'] = [];
      for (const fix of file.fixes) {
        if (quit) break;
        index++;
        let answer: Answer = 'y';
        if (!all) {
          const shown = displayPath(file.path, io.cwd);
          const preview = unifiedDiff(shown, file.original!.text, await applyAndVerify(file.path, file.original!.text, fix.edits), c);
          const evidence = 'evidence' in fix.finding ? fix.finding.evidence.map((e) => `  ${e.role} ${displayPath(e.path, io.cwd)}:${e.line}: ${e.text}`).join('\n') : '';
          answer = await ask.answer(`${c.bold(`edit ${index} of ${total}: ${shown}`)}\n${preview}${messageOf(fix.finding)}\n${evidence}\n`);
        }
        if (answer === 'q') quit = true;
        if (answer === 'a') all = true;
        if (answer === 'y' || answer === 'a') accepted.push(fix);
      }
      if (!accepted.length) continue;
      const edits = accepted.flatMap((f) => f.edits);
      kept.push({ ...file, edits, fixes: accepted, findings: file.findings.filter((f) => !isEditFinding(f) || accepted.some((a) => a.finding === f)), output: await applyAndVerify(file.path, file.original!.text, edits) });
    }
  } finally {
    ask.close();
  }
  return kept;
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
export function cacheDir(given: string | undefined, io: CliIO): string {
  if (given) return path.resolve(io.cwd, given);
  if (io.env.PYPTO_DIRECTION_CACHE_DIR) return io.env.PYPTO_DIRECTION_CACHE_DIR;
  return path.join(io.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pypto-direction');
}

/** A progress bar on stderr, shown only on a terminal once a run takes over a second. */
function progressBar(io: CliIO) {
  const start = Date.now();
  let shown = false;
  return {
    update(done: number, total: number) {
      if (!io.stderr.isTTY || Date.now() - start < 1000) return;
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      io.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}
