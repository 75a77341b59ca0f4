import * as fs from 'fs';
import * as path from 'path';
import type { GroupResult } from './analyze-group';
import type { AnalysisSession } from '../analyze/session';
import { FileHashes, MAX_GROUP_ENTRIES, ResultCache, runKey, statKey } from './cache';
import type { EvidenceMode } from '../decide/decide';
import type { EraSetting } from '../rules/types';
import type { Finding } from '../decide/findings';
import { discover, uniqueByRealPath } from '../discover/discover';
import type { ToolError } from '../errors';
import type { Edit } from '../rewrite/edits';
import type { FileFacts } from '../facts/facts';
import { WorkCounts } from '../work';

/** Heap size past which the garbage of finished groups is collected. */
export const GROUP_HEAP_MB = 64;

/** Options of an analysis run (the CLI's flags map onto these). */
export interface AnalyzeOptions {
  /** `all`: every spec built while evaluating `specs=`; `final`: only the list passed. */
  evidence: EvidenceMode;
  respectGitignore: boolean;
  /** Extra class/function names that build a golden spec. */
  specClasses: string[];
  /** Extra harness function names taking `fn=`/`program=` and `specs=`. */
  harnessFunctions: string[];
  /** Globs for directory walks (see `discover`), relative to `configDir`. */
  include?: string[];
  exclude?: string[];
  configDir?: string;
  /**
   * Contents to use instead of reading a file, by resolved path: the source
   * read from stdin, or an editor's unsaved buffers (analyzed files and
   * imported modules alike).
   */
  overrides?: Map<string, Uint8Array>;
  /** Called as groups of files finish: (files done, files in all). */
  onProgress?: (done: number, total: number) => void;
  /** Directory of the result cache; undefined disables it. */
  cacheDir?: string;
  /** Worker threads for independent groups of files (0 or 1: none). */
  workers: number;
  /** Stops the run between groups of files (it rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Split the files into independent import groups (default true). */
  partition?: boolean;
  /**
   * The files' import groups, when the caller has them (a language server
   * keeps each folder's partition): they are analyzed as given, not
   * partitioned again. Together they hold exactly the files given.
   */
  groups?: string[][];
  /** Ids of the rules that run (see `rules/index.ts`); default: the rules on by default. */
  rules?: string[];
  /** The golden harness era: detected per spec call (`auto`, the default) or forced. */
  era?: EraSetting;
  /**
   * What analyses share (library parses, region numbers): a language-server
   * workspace passes its own so that it outlives one analysis; a run makes
   * one when none is given. Never crosses into a worker thread.
   */
  session?: AnalysisSession;
  /** Apply unsafe fixes too (`--unsafe-fixes`); by default they are reported and left pending. */
  unsafeFixes?: boolean;
  /**
   * Whether report-only findings (warnings) will be shown (default true).
   * When false, rules may skip work that feeds only them (the spec-era
   * golden cross-check), so results differ: it is part of the cache key.
   */
  warnings?: boolean;
  /**
   * Whether the result must hold the explanation-only findings (`ok`, `era`, ...;
   * see `explanationOnly`), default true. When false, a whole-run cache hit
   * may leave them out and read a much smaller entry: `check` and `fix` show none.
   */
  explanations?: boolean;
}

export const DEFAULT_OPTIONS: AnalyzeOptions = { evidence: 'all', respectGitignore: true, specClasses: [], harnessFunctions: [], workers: 0 };

/** The outcome for one analyzed file. */
export interface FileResult {
  path: string;
  findings: Finding[];
  edits: Edit[];
  /** Each finding this run fixes, with the edits that make it (for interactive review). */
  fixes: Array<{ finding: Finding; edits: Edit[] }>;
  /** Unsafe fixes this run does not apply (no --unsafe-fixes): offered by the language server, shown in SARIF. */
  withheld?: Array<{ finding: Finding; edits: Edit[] }>;
  /** Source text (BOM stripped) and whether it had a BOM. */
  original?: { text: string; bom: boolean; bytes: Uint8Array };
  /** The fixed text, when there are edits. */
  output?: string;
  error?: ToolError;
}

/** The outcome of a run over a set of paths. */
export interface AnalysisResult {
  files: FileResult[];
  /** Problems with given paths that are not files (missing, unreadable). */
  errors: ToolError[];
  /** The work this run did (what came from the cache cost none). */
  work?: WorkCounts;
}

/** Discovers Python files under `paths` and analyzes them, each real file once (see `uniqueByRealPath`). */
export async function analyzePaths(paths: string[], options: Partial<AnalyzeOptions> = {}): Promise<AnalysisResult> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const found = discover(paths, { respectGitignore: opts.respectGitignore, include: opts.include, exclude: opts.exclude, base: opts.configDir });
  const roots = paths.filter((p) => fs.existsSync(p)).map((p) => path.resolve(fs.statSync(p).isDirectory() ? p : path.dirname(p)));
  const result = await analyzeFiles(uniqueByRealPath(found.files), opts, roots);
  result.errors.unshift(...found.errors);
  return result;
}

/**
 * Analyzes the given files together (imports between them and to modules on
 * disk are followed, read-only), decides every entry param, and computes and
 * verifies the edits. Nothing is written.
 */
export async function analyzeFiles(files: string[], options: Partial<AnalyzeOptions> = {}, roots?: string[]): Promise<AnalysisResult> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const cache = opts.cacheDir ? new ResultCache(opts.cacheDir, undefined, true) : undefined;
  const key = runKey(files, runOptions(opts, roots));
  // overridden contents (stdin, an editor's buffers) are hashed as analyzed: a hit needs the same contents again
  const hashes = new FileHashes(
    (f) => opts.overrides?.get(path.resolve(f)) ?? tryRead(f),
    (f) => (opts.overrides?.has(path.resolve(f)) ? undefined : statKey(f)),
  );
  const work = new WorkCounts();
  const hit = cache?.lookup(key, hashes, files, opts.explanations === false);
  if (hit) return { files: withOutputs(hit.files), errors: [], work };
  // loaded only past a whole-run miss: a warm run does not pay for the analysis machinery
  const { AnalysisSession } = require('../analyze/session') as typeof import('../analyze/session');
  const { FactsStore } = require('../facts/store') as typeof import('../facts/store');
  const session = opts.session ?? new AnalysisSession();
  session.startRun();
  const groupCache = cache && { cache: new ResultCache(path.join(opts.cacheDir!, 'groups'), MAX_GROUP_ENTRIES), hashes };
  // facts by content hash: the partition and the group cache read no text twice and scan none seen before
  // (without a cache, facts live for this run only: a file's path is key enough, and nothing is hashed)
  const store = new FactsStore(opts.cacheDir && path.join(opts.cacheDir, 'facts'), work);
  const facts = (file: string) => store.get(opts.cacheDir ? hashes.hash(file) : `path:${file}`, () => decodeLoosely(hashes.bytes(file)));
  const { files: results, read } = await analyzeInGroups(files, { ...opts, session }, roots, work, facts, groupCache);
  groupCache?.cache.evict();
  if (opts.cacheDir && work.groups) {
    // loaded only after an analysis (which loaded it already): a run answered from the cache never does
    const { TreeCache, treeCacheDir } = await import('./tree-cache');
    new TreeCache(treeCacheDir(opts.cacheDir)).evict();
  }
  store.save();
  const result: AnalysisResult = { files: results, errors: [], work };
  cache?.store(key, result, read, true, hashes);
  return result;
}

/** What, besides the files, a cached result depends on. */
function runOptions(opts: AnalyzeOptions, roots?: string[]) {
  return { evidence: opts.evidence, specClasses: opts.specClasses, harnessFunctions: opts.harnessFunctions, roots, rules: opts.rules, era: opts.era, unsafeFixes: !!opts.unsafeFixes, warnings: opts.warnings !== false };
}

/** Cached files with their fixed text: edits were verified when stored and the files hash the same. */
function withOutputs(files: FileResult[]): FileResult[] {
  // loaded only when some file has edits: an unchanged clean tree's warm run does not pay for the rewriter
  let apply: typeof import('../rewrite/apply').applyEdits | undefined;
  for (const f of files) if (f.original && f.edits.length) f.output = (apply ??= (require('../rewrite/apply') as typeof import('../rewrite/apply')).applyEdits)(f.original.text, f.edits);
  return files;
}

/**
 * Analyzes independent groups of files one after another (or in worker
 * threads), freeing each group's trees before the next, so memory follows
 * the largest group rather than the whole tree. Groups whose real imports
 * reach into another group are merged and analyzed again.
 */
async function analyzeInGroups(files: string[], opts: AnalyzeOptions, roots: string[] | undefined, work: WorkCounts, facts: (file: string) => FileFacts | undefined, groupCache?: { cache: ResultCache; hashes: FileHashes }): Promise<{ files: FileResult[]; read: Map<string, string> }> {
  const all = new Set(files.map((f) => path.resolve(f)));
  let groups = opts.groups ?? (opts.partition === false ? [files] : (require('./partition') as typeof import('./partition')).partitionByFacts(files, facts, opts.session?.exists));
  const byFile = new Map<string, FileResult>();
  const read = new Map<string, string>();
  const cached = cachedGroups(groupCache, opts, roots, all, facts);
  for (let round = 0; groups.length; round++) {
    // a merged group re-analyzes files already counted: progress is reported for the first round only
    const o = round === 0 ? opts : { ...opts, onProgress: undefined };
    const hits = groups.map((g) => cached.lookup(g));
    const misses = groups.filter((_, i) => !hits[i]);
    const fromCache = files.length - misses.reduce((n, g) => n + g.length, 0);
    const fresh: GroupResult[] = misses.length ? await analyzeMisses(misses, o, roots, all, files.length, fromCache) : [];
    fresh.forEach((r, k) => {
      cached.store(misses[k], r);
      work.add(r.work);
    });
    const outcomes = hits.map((h) => h ?? fresh.shift()!);
    const redo: string[][] = [];
    const groupOf = new Map(groups.flatMap((g, i) => g.map((f): [string, number] => [path.resolve(f), i])));
    outcomes.forEach((o, i) => {
      // a group that reached into another: analyze both whole groups together
      const others = [...new Set(o.strays.map((s) => groupOf.get(s) ?? -1))].filter((j) => j !== i);
      if (others.length && round < 3) redo.push(groups[i].concat(...others.map((j) => (j >= 0 ? groups[j] : o.strays))));
      for (const f of o.files) byFile.set(path.resolve(f.path), f);
      for (const [k, v] of o.read) read.set(k, v);
    });
    groups = mergeOverlapping(redo, files);
  }
  return { files: files.map((f) => byFile.get(path.resolve(f))!), read };
}

/** Analyzes groups that had no cache entry; the analyzer is loaded only when there are some. */
async function analyzeMisses(groups: string[][], opts: AnalyzeOptions, roots: string[] | undefined, all: Set<string>, total: number, already: number): Promise<GroupResult[]> {
  if (opts.workers > 1 && groups.length > 1 && !opts.overrides) return (await import('./workers')).runInWorkers(groups, opts, roots, all);
  const { analyzeGroup } = await import('./analyze-group');
  return sequential(groups, (g) => analyzeGroup(g, opts, roots, all, opts.session), opts, total, already);
}

async function sequential(groups: string[][], run: (g: string[]) => Promise<GroupResult>, opts: AnalyzeOptions, total: number, already = 0): Promise<GroupResult[]> {
  const out: GroupResult[] = [];
  let done = already;
  for (const g of groups) {
    opts.signal?.throwIfAborted();
    // the garbage of the groups before is collected before the next one, not after the last (a server's run is one group)
    if (out.length) (require('./memory') as typeof import('./memory')).collectIfAbove(GROUP_HEAP_MB);
    out.push(await run(g));
    done += g.length;
    opts.onProgress?.(done, total);
  }
  return out;
}

/**
 * Results of whole import groups, by the group's files and the run's
 * options: after an edit to one file only its group is analyzed again. A
 * group is stored only when it reached into no other group, and a hit is
 * used only if that still holds: no file it read is now an analyzed file of
 * another group that may hold entries.
 */
function cachedGroups(store: { cache: ResultCache; hashes: FileHashes } | undefined, opts: AnalyzeOptions, roots: string[] | undefined, all: ReadonlySet<string>, facts: (file: string) => FileFacts | undefined) {
  const keyOf = (g: string[]) => runKey(g, { group: true, ...runOptions(opts, roots) });
  const mayHold = (file: string) => facts(file)?.mayHoldEntries ?? false;
  return {
    lookup(group: string[]): GroupResult | undefined {
      const hit = store?.cache.lookup(keyOf(group), store.hashes, group);
      if (!hit) return undefined;
      const own = new Set(group.map((f) => path.resolve(f)));
      const strays = [...hit.deps.keys()].filter((f) => all.has(f) && !own.has(f) && mayHold(f));
      if (strays.length) return undefined;
      return { files: withOutputs(hit.files), read: hit.deps, strays: [], work: new WorkCounts() };
    },
    store(group: string[], result: GroupResult): void {
      if (!result.strays.length && !result.files.some((f) => f.error)) store?.cache.store(keyOf(group), result, result.read, false, store.hashes);
    },
  };
}

/** Groups to analyze again, merged where they share files; names as the caller gave them. */
function mergeOverlapping(groups: string[][], files: string[]): string[][] {
  const given = new Map(files.map((f) => [path.resolve(f), f]));
  const merged: Array<Set<string>> = [];
  for (const g of groups) {
    const set = new Set(g.map((f) => path.resolve(f)));
    for (let i = merged.length - 1; i >= 0; i--) {
      if ([...merged[i]].some((f) => set.has(f))) {
        for (const f of merged[i]) set.add(f);
        merged.splice(i, 1);
      }
    }
    merged.push(set);
  }
  return merged.map((s) => [...s].map((f) => given.get(f) ?? f));
}

/** Text for the light scans (a BOM or invalid UTF-8 is no reason to skip one: the parse refuses such files). */
function decodeLoosely(bytes: Uint8Array | undefined): string | undefined {
  return bytes && Buffer.from(bytes).toString('utf8');
}

function tryRead(file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

