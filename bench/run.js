'use strict';
/*
 * bench/run.js -- performance benchmark of the pypto-direction CLI.
 *
 * Usage (after `npm run compile`, or just `npm run bench`):
 *
 *   node bench/run.js [--corpus PATH] [--runs N] [--quick] [--json]
 *
 *   --corpus PATH  a tree of PyPTO .py files (e.g. a pypto-lib checkout); default: $PYPTO_LIB,
 *                  else a synthetic corpus written to a temp dir by bench/gen-corpus.js
 *   --runs N       runs per measurement in the alternating loop (default 7; 3 with --quick)
 *   --quick        3 runs and no 10x scaling step
 *   --json         print only the JSON line on stdout (progress still goes to stderr)
 *
 * Measures, alternating the commands inside one loop so that load drifts hit all of them alike:
 *   cold   `check --no-cache` with the default workers and with `--workers 0`
 *   warm   `check --cache-dir TMP`, primed by one run before the loop (nothing changes after)
 *   edit   `check --cache-dir TMP2` on a copy of the corpus after appending a statement to one file
 *          (a new one before every run), primed like warm: the entry module of the largest import
 *          group that most of the group imports (--edit-file REL picks another)
 *   ast-grep `run -p 'pl.Tensor[$$$A]' -l python CORPUS` (if node_modules/.bin/ast-grep exists)
 * then the language server through a real LSP client (bench/server.js: first open with an empty
 * cache, and diagnostics after each of 5 edits, 3 server starts) on the edited file, or on
 * --server-file in --server-workspace (issue 18 measures pypto-lib 8104075d^
 * models/deepseek/v4/decode_layer.py); --no-server skips it;
 * then (without --quick) cold `check --no-cache` on a 10x corpus (ten copies of the tree).
 * Before the loop, one untimed `check --no-cache --workers 0 --work-counts` gives the deterministic
 * work counts of the corpus (src/work.ts), printed as a table and in the JSON.
 * Prints a markdown table, the targets with PASS/MISS, and one JSON line with the raw numbers.
 *
 * The report also gives the share of the CPUs other processes used meanwhile (from /proc/stat),
 * as a noise indicator. PYPTO_BENCH_RSS=time|proc|none forces the peak-RSS method.
 *
 * Exit code: 0 whatever the targets say (this measures, it does not judge); 1 if a run of a tool
 * ended abnormally (an exit code other than 0/1/2, a signal, or no summary line) or dist/ was
 * rebuilt during the bench, since the numbers then mean little; 2 on a usage or setup error.
 * Temp dirs are removed on exit (also on SIGINT/SIGTERM).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { generateCorpus } = require('./gen-corpus');
const { detectRssMethod, describeRssMethod, runOnce, stopCurrent, cpuSnapshot, foreignCpuPercent, median, min, max } = require('./measure');

const ROOT = path.resolve(__dirname, '..');
const TOOL = path.join(ROOT, 'bin', 'pypto-direction.js');
const AST_GREP = path.join(ROOT, 'node_modules', '.bin', 'ast-grep');
const SEED = 20240611;
const X10_RUNS = 3;
const COPIES = 10;
/** Directories neither counted nor copied (the tool skips them too). */
const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.ruff_cache', '.pytest_cache', '.pypto-direction-cache']);

/** Issue 18's targets. */
const TARGETS = {
  cold: 5.0, // cold (default workers) median <= 5.0x ast-grep median (stretch 3x)
  edit: 1.0, // one file of the largest import group edited since the cached run: median <= 1.0x ast-grep median
  warm: 0.3, // warm (unchanged tree) median <= 0.3x ast-grep median
  x10: 11, // 10x median <= 11x the 1x cold median (linear)
  x10RssMb: 400, // 10x peak RSS <= 400 MB
  serverEditS: 0.5, // language server: diagnostics <= 0.5 s after an edit (debounce included)
  serverOpenS: 3.0, // language server: diagnostics <= 3 s after the first open with an empty cache
};

const USAGE = 'usage: node bench/run.js [--corpus PATH] [--runs N] [--quick] [--json] [--edit-file REL] [--server-workspace DIR] [--server-file REL] [--no-server]\n';

function parseArgs(argv) {
  const o = { corpus: undefined, runs: undefined, quick: false, json: false, editFile: undefined, serverWorkspace: undefined, serverFile: undefined, server: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const v = inline !== undefined ? inline : argv[++i];
      if (v === undefined) usageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--corpus') o.corpus = value();
    else if (flag === '--runs') {
      o.runs = Number(value());
      if (!Number.isInteger(o.runs) || o.runs < 1) usageError('--runs must be a positive integer');
    } else if (flag === '--quick') o.quick = true;
    else if (flag === '--edit-file') o.editFile = value();
    else if (flag === '--server-workspace') o.serverWorkspace = value();
    else if (flag === '--server-file') o.serverFile = value();
    else if (flag === '--no-server') o.server = false;
    else if (flag === '--json') o.json = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else usageError(`unknown argument ${argv[i]}`);
  }
  o.runs = o.runs ?? (o.quick ? 3 : 7);
  return o;
}

function usageError(msg) {
  process.stderr.write(`bench: ${msg}\n${USAGE}`);
  process.exit(2);
}

const log = (msg) => process.stderr.write(`${msg}\n`);
// `node bench/run.js | head` closes stdout early: not an error worth a stack trace
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

/** .py files under dir (skipping SKIP_DIRS): { files, bytes }. */
function corpusSize(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && e.name.endsWith('.py')) {
        files++;
        bytes += fs.statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/**
 * The file the edit row touches: in the largest import group (as the tool partitions files, so an
 * edit there re-analyzes the most), the module holding a `@pl.jit` entry that the most files of
 * the group import, ties by path. A worst case, chosen the same way on any corpus.
 */
function editFile(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && e.name.endsWith('.py')) files.push(p);
    }
  };
  walk(dir);
  const { partition } = require(path.join(ROOT, 'dist', 'run', 'partition'));
  const { factsOf } = require(path.join(ROOT, 'dist', 'facts', 'facts'));
  const read = (f) => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      return undefined;
    }
  };
  const groups = partition(files, read).sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const group = groups[0] ?? [];
  const entries = group.filter((f) => /@pl\.jit\b/.test(read(f) ?? '')).sort();
  const importers = new Map(entries.map((f) => [f, 0]));
  const stem = (f) => path.basename(f, '.py');
  for (const f of group) {
    const names = new Set(factsOf(read(f) ?? '').imports.map((i) => i.dotted.split('.').pop()));
    for (const e of entries) if (e !== f && names.has(stem(e))) importers.set(e, importers.get(e) + 1);
  }
  const best = entries.sort((a, b) => importers.get(b) - importers.get(a) || a.localeCompare(b))[0];
  return best && { file: best, groupSize: group.length, importers: importers.get(best) };
}

/** Newest mtime under dir (ms), to notice a rebuild of dist/ while the bench runs. */
function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** `git rev-parse --short HEAD` of the corpus, if it is a checkout. */
function gitRev(dir) {
  const r = spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const MB = 1024 * 1024;
const fmtS = (ms) => (ms === undefined ? 'n/a' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(3)} s`);
const fmtMb = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MB`);
const fmtX = (r) => (r === undefined || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(2)}x`);
const fmtN = (n, d = 0) => (n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(d));
const ratio = (a, b) => (a === undefined || b === undefined || !b ? undefined : a / b);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const say = opts.json ? () => {} : (s) => process.stdout.write(`${s}\n`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('bench: dist/ is missing; run `npm run compile` first (or `npm run bench`)\n');
    process.exit(2);
  }

  const began = Date.now();
  const distStamp = newestMtime(path.join(ROOT, 'dist'));
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-bench-'));
  const cleanup = () => fs.rmSync(tmpRoot, { recursive: true, force: true });
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      stopCurrent();
      cleanup();
      process.exit(130);
    });
  }

  // ---- corpus
  let corpus;
  let source;
  if (opts.corpus || process.env.PYPTO_LIB) {
    corpus = path.resolve(opts.corpus || process.env.PYPTO_LIB);
    source = opts.corpus ? '--corpus' : 'PYPTO_LIB';
    if (!fs.existsSync(corpus) || !fs.statSync(corpus).isDirectory()) {
      process.stderr.write(`bench: corpus ${corpus} is not a directory\n`);
      process.exit(2);
    }
  } else {
    corpus = path.join(tmpRoot, 'corpus');
    source = 'synthetic';
    log(`generating a synthetic corpus (bench/gen-corpus.js, seed ${SEED}) ...`);
    generateCorpus(corpus, { seed: SEED });
  }
  const size = corpusSize(corpus);
  const rev = source === 'synthetic' ? undefined : gitRev(corpus);
  const corpusLabel = source === 'synthetic' ? `synthetic (bench/gen-corpus.js, seed ${SEED})` : `${corpus}${rev ? ` @ ${rev}` : ''}`;
  log(`corpus: ${corpusLabel}: ${size.files} .py files, ${(size.bytes / MB).toFixed(2)} MB`);
  if (!size.files) {
    process.stderr.write('bench: the corpus has no .py files\n');
    process.exit(2);
  }

  const rssMethod = detectRssMethod(tmpRoot);
  log(`peak RSS: ${describeRssMethod(rssMethod).replace(/`/g, '')}`);
  const hasAstGrep = fs.existsSync(AST_GREP);
  if (!hasAstGrep) log('ast-grep: node_modules/.bin/ast-grep not found; ratios to ast-grep are n/a');

  const env = { ...process.env, NO_COLOR: '1' };
  delete env.PYPTO_DIRECTION_CACHE_DIR;
  delete env.FORCE_COLOR;
  const cacheDir = path.join(tmpRoot, 'cache');
  const editCacheDir = path.join(tmpRoot, 'edit-cache');
  const editCorpus = path.join(tmpRoot, 'edit-corpus');
  fs.cpSync(corpus, editCorpus, { recursive: true, filter: (src) => !SKIP_DIRS.has(path.basename(src)) });
  const chosen = opts.editFile ? { file: path.join(editCorpus, opts.editFile) } : editFile(editCorpus);
  if (opts.editFile && !fs.existsSync(chosen.file)) usageError(`--edit-file ${opts.editFile} is not in the corpus`);
  const editTarget = chosen?.file;
  const editLabel = editTarget && path.relative(editCorpus, editTarget);
  if (editTarget) log(`edit row: appends a statement to ${editLabel}${chosen.groupSize ? ` (largest import group: ${chosen.groupSize} files, ${chosen.importers} import it)` : ''} before each run`);
  const toolArgs = (dir, ...extra) => [TOOL, 'check', '--color', 'never', ...extra, dir];
  const commands = (dir) => ({
    cold: { label: 'cold `check --no-cache` (default workers)', cmd: process.execPath, args: toolArgs(dir, '--no-cache'), tool: true },
    coldW0: { label: 'cold `check --no-cache --workers 0`', cmd: process.execPath, args: toolArgs(dir, '--no-cache', '--workers', '0'), tool: true },
    warm: { label: 'warm `check --cache-dir DIR` (primed, unchanged)', cmd: process.execPath, args: toolArgs(dir, '--cache-dir', cacheDir), tool: true },
    edit: { label: `one file edited (\`${editLabel}\`): \`check --cache-dir DIR\` (primed)`, cmd: process.execPath, args: toolArgs(editCorpus, '--cache-dir', editCacheDir), tool: true, cwd: editCorpus },
    astgrep: { label: "ast-grep `run -p 'pl.Tensor[$$$A]' -l python`", cmd: AST_GREP, args: ['run', '-p', 'pl.Tensor[$$$A]', '-l', 'python', dir], tool: false },
  });

  const anomalies = [];
  const summaries = new Map(); // key -> first { line, code, errors }
  /** One measured run; checks the exit code and keeps the first summary line per key. */
  async function measure(key, c, dir) {
    const r = await runOnce({ cmd: c.cmd, args: c.args, cwd: c.cwd ?? dir, env, capture: c.tool, method: rssMethod, tmpDir: tmpRoot });
    const ok = c.tool ? [0, 1, 2] : [0, 1];
    if (r.signal || !ok.includes(r.code)) {
      anomalies.push(`${key}: exit ${r.code ?? r.signal}${r.stderr ? ` (${r.stderr.trim().split('\n').slice(-1)[0]})` : ''}`);
    }
    if (c.tool) {
      const lines = r.stdout.trimEnd().split('\n');
      const line = lines.filter((l) => /^\d+ files? scanned/.test(l)).pop();
      if (!line) anomalies.push(`${key}: no summary line in the output`);
      else if (!summaries.has(key)) summaries.set(key, { line, code: r.code, errors: lines.filter((l) => l.startsWith('error:')) });
      else if (summaries.get(key).line !== line) anomalies.push(`${key}: summary changed between runs: "${line}"`);
    }
    return r;
  }

  // ---- 1x: prime the cache, then the alternating loop
  const cmds = commands(corpus);
  const keys = ['cold', 'coldW0', 'warm', ...(editTarget ? ['edit'] : []), ...(hasAstGrep ? ['astgrep'] : [])];
  const samples = Object.fromEntries(keys.map((k) => [k, { ms: [], rssKb: [], codes: [] }]));
  // deterministic work counts (src/work.ts): what changed in the engine's work, whatever the load
  const counted = spawnSync(process.execPath, [TOOL, 'check', '--no-cache', '--workers', '0', '--work-counts', '--color', 'never', corpus], { cwd: corpus, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const countsLine = (counted.stderr ?? '').split('\n').find((l) => l.startsWith('work counts: '));
  const workCounts = countsLine ? JSON.parse(countsLine.slice('work counts: '.length)) : undefined;
  if (!workCounts) anomalies.push(`work counts: none reported (exit ${counted.status ?? counted.signal})`);
  log('priming the warm cache ...');
  const prime = await measure('prime', cmds.warm, corpus);
  log(`  ${fmtS(prime.ms)}, exit ${prime.code}`);
  if (editTarget) await measure('prime-edit', cmds.edit, editCorpus);
  let edits = 0;
  if (hasAstGrep) await measure('astgrep-warmup', cmds.astgrep, corpus); // page cache, binary load
  const loadBefore = os.loadavg()[0];
  const cpuA = cpuSnapshot();
  for (let i = 0; i < opts.runs; i++) {
    const order = keys.map((_, j) => keys[(i + j) % keys.length]); // rotate who goes first
    const parts = [];
    for (const k of order) {
      // a statement, not a comment: no cache may skip the edit as a no-op
      if (k === 'edit') fs.appendFileSync(editTarget, `\n_bench_edit = ${++edits}\n`);
      const r = await measure(k, cmds[k], corpus);
      samples[k].ms.push(r.ms);
      samples[k].rssKb.push(r.rssKb);
      samples[k].codes.push(r.code);
      parts.push(`${k} ${fmtS(r.ms)}`);
    }
    log(`run ${i + 1}/${opts.runs}: ${parts.join(', ')}`);
  }
  const foreign = { loop: foreignCpuPercent(cpuA, cpuSnapshot()), x10: undefined };
  for (const k of ['cold', 'coldW0', 'warm', 'edit']) {
    const a = summaries.get(k)?.line;
    const b = summaries.get('cold')?.line;
    if (a && b && a !== b) anomalies.push(`${k} summary "${a}" differs from cold "${b}"`);
  }
  const stat = (s) => ({ runs: s.ms.length, medianMs: median(s.ms), minMs: min(s.ms), peakRssKb: max(s.rssKb), samplesMs: s.ms.map((x) => Math.round(x * 10) / 10), rssKb: s.rssKb, exitCodes: s.codes });
  const one = Object.fromEntries(keys.map((k) => [k, stat(samples[k])]));
  const scanned = Number(/^(\d+)/.exec(summaries.get('cold')?.line ?? '')?.[1]) || undefined;
  const filesForRate = scanned ?? size.files;
  for (const k of keys) {
    one[k].filesPerS = filesForRate / (one[k].medianMs / 1000);
    one[k].mbPerS = size.bytes / MB / (one[k].medianMs / 1000);
  }
  const ag = one.astgrep?.medianMs;

  // ---- 10x
  let x10;
  if (!opts.quick) {
    const dir = path.join(tmpRoot, 'x10');
    log(`building the 10x corpus (${COPIES} copies) ...`);
    for (let c = 0; c < COPIES; c++) {
      fs.cpSync(corpus, path.join(dir, `copy-${String(c).padStart(2, '0')}`), {
        recursive: true,
        filter: (src) => !SKIP_DIRS.has(path.basename(src)),
      });
    }
    const xsize = corpusSize(dir);
    const xc = commands(dir);
    const s = { cold: { ms: [], rssKb: [], codes: [] }, astgrep: { ms: [], rssKb: [], codes: [] } };
    const cpuX = cpuSnapshot();
    for (let i = 0; i < X10_RUNS; i++) {
      const parts = [];
      for (const k of hasAstGrep ? ['cold', 'astgrep'] : ['cold']) {
        const r = await measure(`x10-${k}`, xc[k], dir);
        s[k].ms.push(r.ms);
        s[k].rssKb.push(r.rssKb);
        s[k].codes.push(r.code);
        parts.push(`${k} ${fmtS(r.ms)}`);
      }
      log(`10x run ${i + 1}/${X10_RUNS}: ${parts.join(', ')}`);
    }
    foreign.x10 = foreignCpuPercent(cpuX, cpuSnapshot());
    const xScanned = Number(/^(\d+)/.exec(summaries.get('x10-cold')?.line ?? '')?.[1]) || undefined;
    if (scanned && xScanned && xScanned !== COPIES * scanned) anomalies.push(`10x scanned ${xScanned} files, expected ${COPIES * scanned}`);
    x10 = { files: xsize.files, bytes: xsize.bytes, scanned: xScanned, summary: summaries.get('x10-cold')?.line, cold: stat(s.cold), astgrep: hasAstGrep ? stat(s.astgrep) : undefined };
    for (const st of [x10.cold, x10.astgrep].filter(Boolean)) {
      st.filesPerS = (xScanned ?? xsize.files) / (st.medianMs / 1000);
      st.mbPerS = xsize.bytes / MB / (st.medianMs / 1000);
    }
    x10.timeRatio = ratio(x10.cold.medianMs, one.cold.medianMs);
    x10.astgrepRatio = hasAstGrep ? ratio(x10.astgrep.medianMs, ag) : undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // ---- language server (a real LSP client: bench/server.js)
  let server;
  if (opts.server) {
    const workspace = path.resolve(opts.serverWorkspace ?? corpus);
    const file = opts.serverFile ?? (opts.serverWorkspace ? undefined : editLabel);
    if (file) {
      log(`language server: opening and editing ${file} in ${workspace} (bench/server.js) ...`);
      const r = spawnSync(process.execPath, [path.join(__dirname, 'server.js'), '--workspace', workspace, '--file', file, '--runs', '3', '--edits', '5', '--json'], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
      const last = (r.stdout ?? '').trim().split('\n').pop();
      try {
        server = { workspace, ...JSON.parse(last) };
      } catch {
        anomalies.push(`server: no result (exit ${r.status ?? r.signal}${r.stderr ? `: ${r.stderr.trim().split('\n').pop()}` : ''})`);
      }
    } else log('language server: --server-workspace needs --server-file; not run');
  }

  if (newestMtime(path.join(ROOT, 'dist')) !== distStamp) anomalies.push('dist/ was rebuilt while the bench ran: runs may mix two builds');

  // ---- targets
  const verdict = (value, limit) => (value === undefined || !Number.isFinite(value) ? 'n/a' : value <= limit ? 'PASS' : 'MISS');
  const agMin = one.astgrep?.minMs;
  const ratios = {
    coldVsAstGrep: ratio(one.cold.medianMs, ag),
    coldW0VsAstGrep: ratio(one.coldW0.medianMs, ag),
    warmVsAstGrep: ratio(one.warm.medianMs, ag),
    editVsAstGrep: ratio(one.edit?.medianMs, ag),
    minCold: ratio(one.cold.minMs, agMin),
    minColdW0: ratio(one.coldW0.minMs, agMin),
    minWarm: ratio(one.warm.minMs, agMin),
  };
  const x10RssMb = x10?.cold.peakRssKb !== undefined ? x10.cold.peakRssKb / 1024 : undefined;
  const targets = [
    { name: `cold (default workers) <= ${TARGETS.cold.toFixed(1)}x ast-grep`, limit: TARGETS.cold, value: ratios.coldVsAstGrep, shown: fmtX(ratios.coldVsAstGrep) },
    { name: `one file of the largest import group edited <= ${TARGETS.edit.toFixed(1)}x ast-grep`, limit: TARGETS.edit, value: ratios.editVsAstGrep, shown: fmtX(ratios.editVsAstGrep) },
    { name: `warm (unchanged tree) <= ${TARGETS.warm}x ast-grep`, limit: TARGETS.warm, value: ratios.warmVsAstGrep, shown: fmtX(ratios.warmVsAstGrep) },
    { name: `server: diagnostics after an edit <= ${TARGETS.serverEditS} s`, limit: TARGETS.serverEditS, value: server && server.editMedianMs / 1000, shown: server ? fmtS(server.editMedianMs) : 'not run' },
    { name: `server: first open, empty cache <= ${TARGETS.serverOpenS} s`, limit: TARGETS.serverOpenS, value: server && server.openMedianMs / 1000, shown: server ? fmtS(server.openMedianMs) : 'not run' },
    { name: '10x corpus time <= 11x of 1x', limit: TARGETS.x10, value: x10?.timeRatio, shown: x10 ? fmtX(x10.timeRatio) : 'not run (--quick)' },
    { name: '10x corpus peak RSS <= 400 MB', limit: TARGETS.x10RssMb, value: x10RssMb, shown: x10 ? fmtMb(x10.cold.peakRssKb) : 'not run (--quick)' },
  ].map((t) => ({ ...t, result: verdict(t.value, t.limit) }));

  // ---- report
  const first = summaries.get('cold');
  const cpu = os.cpus();
  const loadAfter = os.loadavg()[0];
  const md = [];
  md.push(`#### pypto-direction benchmark: ${corpusLabel}`, '');
  md.push(`- corpus: ${size.files} .py files (${scanned ?? '?'} scanned by the tool), ${(size.bytes / MB).toFixed(2)} MB${x10 ? `; 10x: ${x10.files} files, ${(x10.bytes / MB).toFixed(1)} MB` : ''}`);
  md.push(`- tool summary: \`${first?.line ?? 'none'}\` (exit ${first?.code ?? '?'})`);
  for (const e of (first?.errors ?? []).slice(0, 3)) md.push(`  - \`${e}\``);
  if ((first?.errors.length ?? 0) > 3) md.push(`  - ... ${first.errors.length - 3} more`);
  md.push(`- machine: ${cpu.length} x ${cpu[0]?.model?.trim() ?? 'cpu'}, Node ${process.version}, load avg ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)}`);
  const pct = (p) => (p === undefined ? 'n/a' : `${p.toFixed(0)}%`);
  const noisy = [foreign.loop, foreign.x10].some((p) => p !== undefined && p > 10);
  md.push(`- other processes' share of all CPUs during the runs (from /proc/stat): ${pct(foreign.loop)}${x10 ? ` (1x loop), ${pct(foreign.x10)} (10x)` : ''}${noisy ? ' -- **noisy: compare the min column too, or rerun on a quiet machine**' : ''}`);
  md.push(`- ${opts.runs} alternating run${opts.runs === 1 ? '' : 's'} per row${x10 ? ` (10x: ${X10_RUNS})` : ''}, after untimed priming runs (one tool run that fills the warm cache, one ast-grep run); peak RSS: ${describeRssMethod(rssMethod)}, max over runs`);
  md.push('');
  md.push('| measurement | runs | median | min | files/s | MB/s | peak RSS | vs ast-grep (median; min) |');
  md.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  const row = (label, s, vsAg) =>
    md.push(`| ${label} | ${s.runs} | ${fmtS(s.medianMs)} | ${fmtS(s.minMs)} | ${fmtN(s.filesPerS)} | ${fmtN(s.mbPerS, 2)} | ${fmtMb(s.peakRssKb)} | ${vsAg} |`);
  const vs = (s, a) => (a ? `${fmtX(ratio(s.medianMs, a.medianMs))}; ${fmtX(ratio(s.minMs, a.minMs))}` : 'n/a');
  row(cmds.cold.label, one.cold, vs(one.cold, one.astgrep));
  row(cmds.coldW0.label, one.coldW0, vs(one.coldW0, one.astgrep));
  row(cmds.warm.label, one.warm, vs(one.warm, one.astgrep));
  if (one.edit) row(cmds.edit.label, one.edit, vs(one.edit, one.astgrep));
  if (one.astgrep) row(cmds.astgrep.label, one.astgrep, '1.00x');
  if (server) {
    const srow = (label, median, minMs) => md.push(`| ${label} | ${label.includes('edit') ? server.edits.length : server.opens.length} | ${fmtS(median)} | ${minMs === undefined ? 'n/a' : fmtS(minMs)} | | | | |`);
    srow(`server (real LSP client), \`${server.file ?? ''}\`: first open, empty cache`, server.openMedianMs, Math.min(...server.opens));
    srow('server: diagnostics after an edit (debounce included)', server.editMedianMs, Math.min(...server.edits));
  }
  if (x10) {
    row(`10x corpus: ${cmds.cold.label}`, x10.cold, `${vs(x10.cold, x10.astgrep)} (10x/1x median: ${fmtX(x10.timeRatio)})`);
    if (x10.astgrep) row(`10x corpus: ${cmds.astgrep.label}`, x10.astgrep, `1.00x (10x/1x median: ${fmtX(x10.astgrepRatio)})`);
  }
  md.push('');
  md.push('| target | measured | result |');
  md.push('|---|---:|---|');
  for (const t of targets) md.push(`| ${t.name} | ${t.shown} | ${t.result} |`);
  if (anomalies.length) {
    md.push('', '**Abnormal runs** (their numbers are not meaningful):');
    for (const a of [...new Set(anomalies)]) md.push(`- ${a}`);
  }
  if (workCounts) {
    md.push('', 'Work counts of `check --no-cache --workers 0` (deterministic; see src/work.ts):', '');
    md.push(`| ${Object.keys(workCounts).join(' | ')} |`, `|${Object.keys(workCounts).map(() => '---:').join('|')}|`, `| ${Object.values(workCounts).join(' | ')} |`);
  }
  md.push('', `_bench time ${((Date.now() - began) / 1000).toFixed(0)} s_`);

  const json = {
    bench: 'pypto-direction',
    version: 1,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model?.trim(),
    loadavg: { before: loadBefore, after: loadAfter },
    foreignCpuPercent: foreign,
    corpus: { source, path: source === 'synthetic' ? undefined : corpus, seed: source === 'synthetic' ? SEED : undefined, rev, files: size.files, bytes: size.bytes, scanned },
    runs: opts.runs,
    quick: opts.quick,
    rssMethod,
    summary: first?.line,
    exitCode: first?.code,
    results: one,
    ratios,
    workCounts: workCounts ?? null,
    x10: x10 ?? null,
    server: server ?? null,
    targets: targets.map(({ name, limit, value, result }) => ({ name, limit, value, result })),
    anomalies: [...new Set(anomalies)],
    benchSeconds: (Date.now() - began) / 1000,
  };

  say(md.join('\n'));
  say('');
  process.stdout.write(`${JSON.stringify(json)}\n`);
  process.exitCode = anomalies.length ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
});
