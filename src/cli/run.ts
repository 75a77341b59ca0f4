import * as fs from 'fs';
import * as path from 'path';
import { isEditFinding } from '../decide/findings';
import { ToolError } from '../errors';
import { encodeSource } from '../parse/source';
import { unusableCacheDir } from '../run/cache';
import { uniqueByRealPath } from '../discover/discover';
import { removeStaleTemps } from '../durable';
import { AnalysisResult, AnalyzeOptions, analyzeFiles, analyzePaths, FileResult } from '../run/pipeline';
import { palette, Palette, unifiedDiff } from '../report/diff';
import { messageOf } from '../report/messages';
import { displayPath, exitCode, RunReport } from '../report/summary';
import { render } from '../report';
import { fixTag, renderNotes } from '../report/text';
import type { CliIO } from './main';
import { resolveOptions } from './options';
import type { splitTargets } from './targets';
import type { Answer } from './prompt';

/** A command that analyzes paths. */
export type PathCommand = 'fix' | 'check' | 'explain';

/**
 * Runs one command: `argv` are the parsed flags, resolved over the config
 * file by `resolveOptions` (the same function the language server uses);
 * resolves to the exit code. A `fix` that writes holds the lock of each tree
 * it works on from before it reads until it has written (see `lockTrees`).
 */
export async function run(command: PathCommand, given: string[], argv: Record<string, unknown>, io: CliIO): Promise<number> {
  const resolved = resolveOptions(command, argv, { cwd: io.cwd, env: io.env });
  // explain FILE:LINE: the file is analyzed, the line selects what is shown
  const { paths: named, targets } = command === 'explain' ? (await import('./targets')).splitTargets(given, io.cwd) : { paths: given, targets: [] };
  const paths = (named.length ? named : ['.']).map((p) => path.resolve(io.cwd, p));
  const stdin = named.length === 1 && named[0] === '-';
  const writing = command === 'fix' && !resolved.settings['dry-run'] && !stdin;
  const locks = writing ? await (await import('./tree-lock')).lockTrees(paths, (m) => io.stderr.write(`${m}\n`)) : undefined;
  try {
    return await analyzeAndReport(command, resolved, { paths, targets, stdin, writing }, io);
  } finally {
    locks?.release();
  }
}

async function analyzeAndReport(
  command: PathCommand,
  { settings: opts, analyze }: ReturnType<typeof resolveOptions>,
  { paths, targets, stdin, writing }: { paths: string[]; targets: ReturnType<typeof splitTargets>['targets']; stdin: boolean; writing: boolean },
  io: CliIO,
): Promise<number> {
  const progress = progressBar(io);
  // only explain shows the explanation-only findings: the others may read a brief cached result
  const analyzeOptions: Partial<AnalyzeOptions> = { ...analyze, cacheDir: analyze.cacheDir && usableCacheDir(analyze.cacheDir, io), onProgress: progress.update, explanations: command === 'explain' };
  let result: AnalysisResult;
  if (stdin) {
    if (!opts['stdin-filename']) throw new ToolError('usage', undefined, 'reading from stdin (-) needs --stdin-filename');
    if (!io.stdin) throw new ToolError('usage', undefined, 'no standard input available');
    const file = path.resolve(io.cwd, opts['stdin-filename']);
    result = await analyzeFiles([file], { ...analyzeOptions, overrides: new Map([[file, await io.stdin()]]) }, [path.dirname(file)]);
  } else {
    if (opts.changed) {
      const under = (f: string) => paths.some((p) => f === p || f.startsWith(p + path.sep));
      const files = uniqueByRealPath((await import('./git')).changedFiles(io.cwd, opts.base ?? 'HEAD').filter((f) => under(f) && fs.existsSync(f)));
      result = await analyzeFiles(files, analyzeOptions, paths.filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory()));
    } else {
      result = await analyzePaths(paths, analyzeOptions);
    }
  }
  progress.done();
  if (opts['work-counts']) io.stderr.write(`work counts: ${JSON.stringify(result.work ?? {})}\n`);

  const c = palette(opts.color === 'always' || (opts.color === 'auto' && !!io.stdout.isTTY && !io.env.NO_COLOR));
  let changed = result.files.filter((f) => f.output !== undefined && f.original && f.output !== f.original.text);
  // stdin is never written (fix prints the fixed source): its edits stay pending, as in a dry run
  const report: RunReport = { command, dryRun: opts['dry-run'] || stdin, result, changed, writeErrors: [], cwd: io.cwd, strict: opts.strict, verbose: opts.verbose };
  if (command === 'explain') report.only = await (await import('./targets')).selection(targets, opts.param, result, io.cwd);

  if (writing && !opts['allow-dirty']) {
    const dirty = (await import('./git')).dirtyFiles(changed.map((f) => path.resolve(io.cwd, f.path)));
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
    // temporary files a killed run left beside the files this one may write
    for (const d of new Set(result.files.map((f) => realFolder(f.path)))) removeStaleTemps(d);
    report.changed = [];
    const { writeAtomic } = await import('../rewrite/write');
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

  if (stdin && command === 'fix' && opts.format === 'text') {
    // like a formatter: the fixed source on stdout, findings on stderr
    const file = result.files[0];
    if (file?.original) io.stdout.write(encodeSource({ text: file.output ?? file.original.text, bom: file.original.bom }).toString('utf8'));
    io.stderr.write(renderNotes(report, c));
    return exitCode(report);
  }
  const out = render(report, opts.format, c);
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
  const { applyAndVerify } = await import('../rewrite/apply');
  const ask = (await import('./prompt')).answerer(io, c);
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
          answer = await ask.answer(`${c.bold(`edit ${index} of ${total}: ${shown}`)}\n${preview}${messageOf(fix.finding)}${fixTag(fix.finding)}\n${evidence}\n`);
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

/** The folder a file's writes land in: a symlink's target's. */
function realFolder(file: string): string {
  try {
    return path.dirname(fs.realpathSync(file));
  } catch {
    return path.dirname(path.resolve(file));
  }
}

/** Cache directories already looked at by this process: the server resolves its settings often. */
const cacheDirChecked = new Map<string, boolean>();

/**
 * The cache directory if it can be used; otherwise undefined after one
 * warning on stderr (the run goes on without the cache). Each directory is
 * looked at, and warned about, once per process.
 */
export function usableCacheDir(dir: string, io: CliIO): string | undefined {
  let usable = cacheDirChecked.get(dir);
  if (usable === undefined) {
    const why = unusableCacheDir(dir);
    if (why) io.stderr.write(`warning: cache directory ${dir} cannot be used (${why}); running without the cache\n`);
    cacheDirChecked.set(dir, (usable = !why));
  }
  return usable ? dir : undefined;
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
