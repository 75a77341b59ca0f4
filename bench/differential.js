'use strict';
/*
 * bench/differential.js -- do two builds of pypto-direction say the same thing?
 *
 * Usage:
 *   node bench/differential.js --base DIR [--head DIR] --corpus PATH [--corpus PATH ...] [--args "..."]
 *
 *   --base DIR     root of the reference build (a checkout with dist/ compiled and node_modules/)
 *   --head DIR     root of the build under test (default: this checkout)
 *   --corpus PATH  a tree to run on (repeatable): e.g. pypto-lib HEAD, pypto-lib 8104075d^, pypto's tests/st
 *   --args "..."   the command to compare (default: "explain --format json --no-cache -v .")
 *
 * Each build runs with the corpus as its working directory, so paths in the output are relative
 * and the outputs are comparable byte for byte. Prints, per corpus, "identical" or the first
 * differing line of each output (and writes both to a temp dir for a full diff), and the wall time
 * of each build. Exit code: 0 if every corpus gives identical output and exit codes, 1 otherwise,
 * 2 on a usage error. Nothing in a corpus is written (the command should be read-only).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function usage(msg) {
  process.stderr.write(`differential: ${msg}\nusage: node bench/differential.js --base DIR [--head DIR] --corpus PATH [--corpus PATH ...] [--args "..."]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { base: undefined, head: path.resolve(__dirname, '..'), corpora: [], args: 'explain --format json --no-cache -v .' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${flag} needs a value`));
    if (flag === '--base') o.base = path.resolve(value());
    else if (flag === '--head') o.head = path.resolve(value());
    else if (flag === '--corpus') o.corpora.push(path.resolve(value()));
    else if (flag === '--args') o.args = value();
    else usage(`unknown argument ${flag}`);
  }
  if (!o.base) usage('--base is required');
  if (!o.corpora.length) usage('at least one --corpus is required');
  for (const root of [o.base, o.head]) if (!fs.existsSync(path.join(root, 'bin', 'pypto-direction.js'))) usage(`${root} has no bin/pypto-direction.js`);
  return o;
}

function runBuild(root, corpus, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'pypto-direction.js'), ...args], { cwd: corpus, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, signal: r.signal, ms };
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) return { line: i + 1, base: la[i], head: lb[i] };
  return undefined;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const args = o.args.split(/\s+/).filter(Boolean);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-differential-'));
  let same = true;
  o.corpora.forEach((corpus, n) => {
    const base = runBuild(o.base, corpus, args);
    const head = runBuild(o.head, corpus, args);
    for (const [name, r] of [['base', base], ['head', head]]) fs.writeFileSync(path.join(out, `${n}-${name}.out`), r.stdout);
    const diff = firstDifference(base.stdout, head.stdout);
    const ok = !diff && base.status === head.status && base.signal === head.signal;
    same &&= ok;
    const time = `base ${(base.ms / 1000).toFixed(2)} s, head ${(head.ms / 1000).toFixed(2)} s`;
    process.stdout.write(`${corpus}: ${ok ? 'identical' : 'DIFFERENT'} (${base.stdout.length} bytes, exit ${base.status}/${head.status}; ${time})\n`);
    if (diff) process.stdout.write(`  first difference at line ${diff.line}:\n  base: ${diff.base}\n  head: ${diff.head}\n  full outputs: ${out}/${n}-{base,head}.out\n`);
    if (base.status === 2 || head.status === 2) process.stdout.write(`  stderr base: ${base.stderr.split('\n')[0]}\n  stderr head: ${head.stderr.split('\n')[0]}\n`);
  });
  if (same) fs.rmSync(out, { recursive: true, force: true });
  process.exit(same ? 0 : 1);
}

main();
