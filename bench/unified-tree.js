'use strict';
/*
 * bench/unified-tree.js -- the unified-run migration on a real tree (issue 19 item 2).
 *
 *   node bench/unified-tree.js --corpus <pypto-lib checkout> [--keep]
 *
 * Works on a copy: turns its golden package into the unified one the way upstream did (the
 * package no longer exports run_jit; run takes fn= and one config= instead of compile_cfg= and
 * runtime_cfg=), then checks, with the built CLI (dist/):
 *   1. `check` finds the tree pending (every run_jit call fails at import now), exit 1;
 *   2. one `fix` leaves no legacy-harness finding, every converted file parses (the tool verifies
 *      it) and no `run_jit(` call is left outside the golden package;
 *   3. a second `fix` changes nothing;
 *   4. linking reads the converted calls as before: `explain` gives every entry param the same
 *      kind and direction as on the unconverted tree.
 * Exit 0 when all hold, 1 when one does not, 2 on a usage error or when the package cannot be
 * made unified (its layout is not the one this script knows).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const TOOL = path.join(__dirname, '..', 'bin', 'pypto-direction.js');

function usage(msg) {
  process.stderr.write(`unified-tree: ${msg}\nusage: node bench/unified-tree.js --corpus DIR [--keep]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { corpus: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus' && argv[i + 1]) o.corpus = argv[++i];
    else if (argv[i] === '--keep') o.keep = true;
    else usage(`unknown argument ${argv[i]}`);
  }
  if (!o.corpus || !fs.existsSync(path.join(o.corpus, 'golden', 'runner.py'))) usage('--corpus must be a tree with golden/runner.py');
  return o;
}

function cli(cwd, args) {
  const r = spawnSync(process.execPath, [TOOL, ...args, '--no-cache', '.'], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The golden package made unified, by its text: run(fn=None, program=None, ..., config=None); no run_jit export. */
function unify(dir) {
  const runner = path.join(dir, 'golden', 'runner.py');
  let src = fs.readFileSync(runner, 'utf8');
  const sig = /^def run\(\n([\s\S]*?)^\)/m.exec(src);
  if (!sig) return 'no `def run(` with one parameter per line in golden/runner.py';
  let params = sig[1]
    .replace(/^(\s+)program: ([^=\n]+),$/m, '$1fn: Any = None,\n$1program: $2 = None,')
    .replace(/^(\s+)compile_cfg: [^\n]+\n\s+runtime_cfg: [^\n]+$/m, '$1config: dict[str, Any] | None = None,');
  if (!/\bfn: /.test(params) || !/\bconfig: /.test(params)) return "run's parameters are not program, ..., compile_cfg, runtime_cfg";
  src = src.slice(0, sig.index) + `def run(\n${params})` + src.slice(sig.index + sig[0].length);
  src = src.replace(/^def run_jit\(/m, 'def _run_jit_removed(');
  fs.writeFileSync(runner, src);
  const init = path.join(dir, 'golden', '__init__.py');
  let text = fs.readFileSync(init, 'utf8');
  text = text.replace(/(from \.runner import [^\n]*?),\s*run_jit\b/, '$1').replace(/^\s*"run_jit",\n/m, '');
  if (/\brun_jit\b/.test(text)) return 'golden/__init__.py still names run_jit';
  fs.writeFileSync(init, text);
  return undefined;
}

/** `path entry.param -> kind direction` of every entry param explain reports. */
function params(dir) {
  const r = cli(dir, ['explain', '--format', 'json']);
  const out = new Map();
  for (const f of JSON.parse(r.out).files) {
    for (const x of f.findings) {
      if (!x.entry || !x.param || x.kind === 'legacy-harness') continue;
      out.set(`${f.path} ${x.entry}.${x.param}`, `${x.kind} ${x.direction ?? x.to ?? x.from ?? ''}`);
    }
  }
  return out;
}

function pyFiles(dir, skip) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.') && p !== skip) out.push(...pyFiles(p, skip));
    else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-unified-'));
  const dir = path.join(tmp, 'tree');
  fs.cpSync(opts.corpus, dir, { recursive: true, filter: (src) => path.basename(src) !== '.git' });
  const failures = [];
  const log = (m) => process.stdout.write(`${m}\n`);
  try {
    const before = params(dir);
    const why = unify(dir);
    if (why) {
      process.stderr.write(`unified-tree: cannot make the golden package unified: ${why}\n`);
      return 2;
    }
    const pending = cli(dir, ['check']);
    const legacy = (pending.out.match(/ legacy-harness /g) ?? []).length;
    log(`check on the unified tree: exit ${pending.code}, ${legacy} legacy-harness findings`);
    if (pending.code !== 1 || !legacy) failures.push('check does not find the run_jit calls pending');

    const fixed = cli(dir, ['fix', '--allow-dirty']);
    log(`fix: exit ${fixed.code}; ${fixed.out.trim().split('\n').pop()}`);
    if (fixed.code === 2) failures.push(`fix failed: ${fixed.out.split('\n').find((l) => l.startsWith('error')) ?? fixed.err}`);
    const left = cli(dir, ['check']).out.split('\n').filter((l) => / legacy-harness /.test(l));
    if (left.length) failures.push(`${left.length} legacy-harness findings after fix, e.g. ${left[0]}`);
    const calls = pyFiles(dir, path.join(dir, 'golden')).filter((f) => /^[^#\n]*\brun_jit\s*\(/m.test(fs.readFileSync(f, 'utf8')));
    log(`files still calling run_jit( outside golden/: ${calls.length}`);
    if (calls.length) failures.push(`run_jit( still called in ${path.relative(dir, calls[0])}`);

    const again = cli(dir, ['fix', '--allow-dirty']);
    const edits = /(\d+) edits?/.exec(again.out.trim().split('\n').pop() ?? '');
    log(`second fix: ${again.out.trim().split('\n').pop()}`);
    if (!edits || Number(edits[1]) !== 0) failures.push('a second fix still edits');

    const after = params(dir);
    const changed = [...before].filter(([k, v]) => after.get(k) !== v);
    log(`entry params: ${before.size} before, ${after.size} after, ${changed.length} read differently`);
    for (const [k, v] of changed.slice(0, 5)) failures.push(`${k}: ${v} before, ${after.get(k) ?? 'missing'} after`);
  } finally {
    if (opts.keep) log(`kept: ${dir}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const f of failures) process.stderr.write(`unified-tree: ${f}\n`);
  log(failures.length ? 'FAIL' : 'PASS');
  return failures.length ? 1 : 0;
}

process.exit(main());
