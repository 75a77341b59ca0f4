'use strict';
/*
 * bench/scale.js -- does the time of `check --no-cache` grow linearly with N-shaped inputs?
 *
 * Usage (after `npm run compile`; `npm run bench` runs it after bench/run.js):
 *
 *   node bench/scale.js [--quick] [--json] [--shape NAME ...] [--guard X]
 *
 *   --quick   N = 500 and 2000 only (no N = 10 000 row)
 *   --json    print only the JSON line on stdout
 *   --shape   only these shapes (repeatable)
 *   --guard X exit 1 when a shape's CPU(2000) / CPU(500) is over X: the regression guard `.ci/run`
 *             runs (X = 5: looser than the 3x target so a loaded CI machine never flakes it, tight
 *             enough for the superlinear linking of issue 17, which measured 6.6x from 500 to 2000)
 *
 * Shapes, each written to a temp dir for N = 500, 2000 (and 10 000 for `harness`):
 *   harness   one file, N `@pl.jit` entries each with its own run_jit in `__main__` (issue 17 item 4)
 *   regions   one file, N entries each with a test function holding its run_jit (N regions)
 *   specs     one entry with N params and one builder returning N specs
 *   group     N modules (an entry and a builder each) imported by one main file: one import group
 *   paths     one `__main__` with N tests of command-line flags, each guarding its own run_jit
 *
 * Each size runs once, the sizes of a shape alternating with the other shapes' in one loop. Time is
 * wall time and CPU time (user + system, from /usr/bin/time when it works: less sensitive to other
 * load on the machine). Targets: for every shape, CPU(2000) <= 3x CPU(500) (four times the input
 * in under three times the time: linear work plus the fixed start-up); `harness` at N = 10 000
 * within 60 s of wall time.
 *
 * Exit code: 0 whatever the targets say (unless --guard); 1 if a run ended abnormally (exit code
 * other than 0/1/2, or no summary line) or a ratio is over the guard; 2 on a usage error.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const TOOL = path.join(ROOT, 'bin', 'pypto-direction.js');
const TIME_BIN = '/usr/bin/time';

const HEAD = ['import argparse', 'import pypto.language as pl', 'from golden import TensorSpec, run_jit', ''];
const entry = (name, params = ['x', 'y']) => [
  '@pl.jit',
  `def ${name}(${params.map((p) => `${p}: pl.Tensor[[4], pl.FP32]`).join(', ')}):`,
  `    return ${params[params.length - 1]}`,
  '',
];
const specs = (params) => `[${params.map((p, i) => `TensorSpec("${p}", [4], "f"${i % 2 ? ', is_output=True' : ''})`).join(', ')}]`;

/** Writes the input of one shape at size n into dir; returns the path to check. */
const SHAPES = {
  harness(dir, n) {
    const lines = [...HEAD];
    for (let i = 0; i < n; i++) lines.push(...entry(`k${i}`), `def specs${i}():`, `    return ${specs(['x', 'y'])}`, '');
    lines.push('if __name__ == "__main__":');
    for (let i = 0; i < n; i++) lines.push(`    run_jit(fn=k${i}, specs=specs${i}())`);
    fs.writeFileSync(path.join(dir, 'm.py'), lines.join('\n') + '\n');
    return 'm.py';
  },
  regions(dir, n) {
    const lines = [...HEAD];
    for (let i = 0; i < n; i++) lines.push(...entry(`k${i}`), `def test_${i}():`, `    run_jit(fn=k${i}, specs=${specs(['x', 'y'])})`, '');
    fs.writeFileSync(path.join(dir, 'm.py'), lines.join('\n') + '\n');
    return 'm.py';
  },
  specs(dir, n) {
    const params = Array.from({ length: n }, (_, i) => `p${i}`);
    const lines = [...HEAD, ...entry('k', params), 'def build():', '    return ['];
    for (let i = 0; i < n; i++) lines.push(`        TensorSpec("p${i}", [4], "f"${i % 2 ? ', is_output=True' : ''}),`);
    lines.push('    ]', '', 'if __name__ == "__main__":', '    run_jit(fn=k, specs=build())');
    fs.writeFileSync(path.join(dir, 'm.py'), lines.join('\n') + '\n');
    return 'm.py';
  },
  group(dir, n) {
    for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `m${i}.py`), [...HEAD, ...entry(`k${i}`), 'def build():', `    return ${specs(['x', 'y'])}`, ''].join('\n'));
    const main = [...HEAD, ...Array.from({ length: n }, (_, i) => `import m${i}`), '', 'if __name__ == "__main__":'];
    for (let i = 0; i < n; i++) main.push(`    run_jit(fn=m${i}.k${i}, specs=m${i}.build())`);
    fs.writeFileSync(path.join(dir, 'main.py'), main.join('\n') + '\n');
    return '.';
  },
  paths(dir, n) {
    const lines = [...HEAD];
    for (let i = 0; i < n; i++) lines.push(...entry(`k${i}`));
    lines.push('if __name__ == "__main__":', '    parser = argparse.ArgumentParser()', '    args = parser.parse_args()');
    for (let i = 0; i < n; i++) lines.push(`    if args.f${i}:`, `        run_jit(fn=k${i}, specs=${specs(['x', 'y'])})`);
    fs.writeFileSync(path.join(dir, 'm.py'), lines.join('\n') + '\n');
    return 'm.py';
  },
};

function parseArgs(argv) {
  const o = { quick: false, json: false, shapes: [], guard: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') o.quick = true;
    else if (argv[i] === '--json') o.json = true;
    else if (argv[i] === '--shape' && SHAPES[argv[i + 1]]) o.shapes.push(argv[++i]);
    else if (argv[i] === '--guard' && Number(argv[i + 1]) > 0) o.guard = Number(argv[++i]);
    else {
      process.stderr.write(`scale: unknown argument ${argv[i]}\nusage: node bench/scale.js [--quick] [--json] [--shape ${Object.keys(SHAPES).join('|')}] [--guard X]\n`);
      process.exit(2);
    }
  }
  if (!o.shapes.length) o.shapes = Object.keys(SHAPES);
  return o;
}

const timeWorks = () => fs.existsSync(TIME_BIN) && spawnSync(TIME_BIN, ['-f', '%U', process.execPath, '-e', '0'], { encoding: 'utf8' }).status === 0;

/** One `check --no-cache` run: wall ms, CPU ms (or undefined), peak RSS KB (or undefined), exit code, summary. */
function run(cwd, target, withTime) {
  const rssFile = path.join(cwd, '..', `time-${path.basename(cwd)}.txt`);
  const argv = [TOOL, 'check', '--no-cache', target];
  const [file, args] = withTime ? [TIME_BIN, ['-f', '%U %S %M', '-o', rssFile, process.execPath, ...argv]] : [process.execPath, argv];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', () => {});
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let cpuMs;
      let rssKb;
      if (withTime && fs.existsSync(rssFile)) {
        const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(fs.readFileSync(rssFile, 'utf8'));
        if (m) {
          cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
          rssKb = Number(m[3]);
        }
      }
      const summary = out.trim().split('\n').pop() ?? '';
      resolve({ ms, cpuMs, rssKb, code, summary, ok: [0, 1, 2].includes(code) && /files? scanned/.test(summary) });
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (m) => process.stderr.write(`${m}\n`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-scale-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.on('SIGINT', () => (cleanup(), process.exit(130)));
  const withTime = timeWorks();
  const sizes = (shape) => (shape === 'harness' && !opts.quick ? [500, 2000, 10000] : [500, 2000]);
  const jobs = [];
  for (const shape of opts.shapes) {
    for (const n of sizes(shape)) {
      const dir = path.join(tmp, `${shape}-${n}`);
      fs.mkdirSync(dir);
      jobs.push({ shape, n, dir, target: SHAPES[shape](dir, n) });
    }
  }
  // alternate shapes and sizes so that load drifts hit all of them alike
  jobs.sort((a, b) => a.n - b.n || opts.shapes.indexOf(a.shape) - opts.shapes.indexOf(b.shape));
  const results = {};
  let abnormal = false;
  try {
    for (const job of jobs) {
      const r = await run(job.dir, job.target, withTime);
      if (!r.ok) abnormal = true;
      (results[job.shape] ??= {})[job.n] = r;
      log(`${job.shape} N=${job.n}: ${(r.ms / 1000).toFixed(2)} s wall${r.cpuMs !== undefined ? `, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${Math.round(r.rssKb / 1024)} MB` : ''} (exit ${r.code}; ${r.summary})`);
    }
  } finally {
    cleanup();
  }
  const t = (r) => r?.cpuMs ?? r?.ms;
  const rows = [];
  const targets = [];
  for (const shape of opts.shapes) {
    const rs = results[shape];
    const ratio = t(rs[2000]) / t(rs[500]);
    rows.push({ shape, n500: rs[500], n2000: rs[2000], n10000: rs[10000], ratio });
    targets.push({ name: `${shape}: CPU(2000) <= 3x CPU(500)`, value: ratio, limit: 3, result: ratio <= 3 ? 'PASS' : 'MISS' });
    if (rs[10000]) targets.push({ name: `${shape}: N = 10 000 within 60 s wall`, value: rs[10000].ms / 1000, limit: 60, result: rs[10000].ms <= 60000 ? 'PASS' : 'MISS' });
  }
  const fmt = (r) => (r ? `${(r.ms / 1000).toFixed(2)} s${r.cpuMs !== undefined ? ` (${(r.cpuMs / 1000).toFixed(2)} s CPU, ${Math.round(r.rssKb / 1024)} MB)` : ''}` : 'n/a');
  const md = [
    '#### pypto-direction scaling: `check --no-cache` on N-shaped inputs',
    '',
    `- machine: ${os.cpus().length} x ${os.cpus()[0]?.model.trim() ?? '?'}, Node ${process.version}, load avg ${os.loadavg()[0].toFixed(2)}; ratios use ${withTime ? 'CPU time (user + system)' : 'wall time (no /usr/bin/time)'}`,
    '',
    '| shape | N = 500 | N = 2000 | N = 10 000 | 2000 / 500 |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.shape} | ${fmt(r.n500)} | ${fmt(r.n2000)} | ${fmt(r.n10000)} | ${r.ratio.toFixed(2)}x |`),
    '',
    '| target | measured | result |',
    '|---|---:|---|',
    ...targets.map((x) => `| ${x.name} | ${x.value.toFixed(2)} | ${x.result} |`),
  ];
  const json = { bench: 'pypto-direction-scale', version: 1, date: new Date().toISOString(), cpuTime: withTime, loadavg: os.loadavg()[0], results, targets };
  if (!opts.json) process.stdout.write(md.join('\n') + '\n\n');
  process.stdout.write(JSON.stringify(json) + '\n');
  const over = opts.guard === undefined ? [] : rows.filter((r) => !(r.ratio <= opts.guard));
  for (const r of over) log(`scale guard: ${r.shape} took ${r.ratio.toFixed(2)}x the ${withTime ? 'CPU' : 'wall'} time for 4x the input (guard ${opts.guard}x): something grew superlinearly`);
  process.exit(abnormal || over.length ? 1 : 0);
}

main().catch((e) => {
  process.stderr.write(`scale: ${e.stack ?? e}\n`);
  process.exit(2);
});
