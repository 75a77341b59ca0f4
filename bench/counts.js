'use strict';
/*
 * bench/counts.js -- deterministic work counts on fixed corpora, held to a committed budget.
 *
 * Usage (after `npm run compile`):
 *
 *   node bench/counts.js            print the counts of each corpus next to the budget
 *   node bench/counts.js --check    the same; exit 1 if a count is more than 10% over its budget
 *   node bench/counts.js --update   write the current counts to bench/budget.json
 *   node bench/counts.js --json     print only the counts as JSON
 *
 * The counts are what `pypto-direction check --no-cache --workers 0 --work-counts` reports (files
 * parsed, syntax nodes read and looked at, evaluator and golden reader steps, harness regions and
 * their paths, ...; see src/work.ts). They do not depend on the machine or its load, so CI can
 * hold them to a budget where timings would flake. The corpora:
 *
 *   generated  bench/gen-corpus.js (seed 20240611, 6 modules per family): the shape of pypto-lib
 *   fixtures   the test/fixtures cases named in the budget file (a frozen list: new cases do not
 *              change the counts), copied into one tree: they exercise paths, golden readers,
 *              host drivers and imports
 *
 * The budget file is the acknowledgment: a change that makes the engine do more work updates
 * bench/budget.json in the same commit (`--update`), where the reviewer sees it.
 *
 * Exit code: 0, or 1 with --check when a count is over budget (or has none), 2 on a setup error.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { generateCorpus } = require('./gen-corpus');

const ROOT = path.resolve(__dirname, '..');
const TOOL = path.join(ROOT, 'bin', 'pypto-direction.js');
const BUDGET = path.join(__dirname, 'budget.json');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const TOLERANCE = 0.1;
const SEED = 20240611;
const MODULES = 6;

/** The work counts of `check` on a tree (exit 0 or 1 expected: findings are fine). */
function countsOf(dir) {
  const r = spawnSync(process.execPath, [TOOL, 'check', '--no-cache', '--workers', '0', '--work-counts', '--color', 'never', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('work counts: '));
  if (![0, 1].includes(r.status) || !line) {
    process.stderr.write(`counts: pypto-direction check failed in ${dir} (exit ${r.status ?? r.signal})\n${r.stderr}\n`);
    process.exit(2);
  }
  return JSON.parse(line.slice('work counts: '.length));
}

/** Fixture case directories (test/fixtures/<case>), sorted. */
function fixtureCases() {
  return fs.readdirSync(FIXTURES).filter((n) => fs.statSync(path.join(FIXTURES, n)).isDirectory()).sort();
}

/** Copies each case's inputs to tmp/<case>/ (input.py, or the input/ tree). */
function copyFixtures(cases, tmp) {
  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    if (!fs.existsSync(dir)) {
      process.stderr.write(`counts: fixture case ${name} (named in bench/budget.json) is gone; run with --update\n`);
      process.exit(2);
    }
    const to = path.join(tmp, name);
    if (fs.existsSync(path.join(dir, 'input.py'))) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(path.join(dir, 'input.py'), path.join(to, 'input.py'));
    } else {
      fs.cpSync(path.join(dir, 'input'), to, { recursive: true });
    }
  }
}

function readBudget() {
  if (!fs.existsSync(BUDGET)) return undefined;
  return JSON.parse(fs.readFileSync(BUDGET, 'utf8'));
}

/**
 * Compares counts with a budget: one line per count over it by more than the tolerance (or
 * without a budget), and notes for counts well under it. Pure, for the tests.
 */
function compareWithBudget(budget, current, tolerance = TOLERANCE) {
  const over = [];
  const under = [];
  for (const [corpus, counts] of Object.entries(current)) {
    const allowed = budget?.corpora?.[corpus]?.counts;
    for (const [name, value] of Object.entries(counts)) {
      const limit = allowed?.[name];
      if (typeof limit !== 'number') {
        over.push(`${corpus}: ${name} = ${value} has no budget`);
        continue;
      }
      if (value > limit * (1 + tolerance)) {
        const pct = limit ? `+${(((value - limit) / limit) * 100).toFixed(1)}%` : 'from 0';
        over.push(`${corpus}: ${name} grew ${pct} over its budget (${value}, budget ${limit}, tolerance ${Math.round(tolerance * 100)}%)`);
      } else if (value < limit * (1 - tolerance)) {
        under.push(`${corpus}: ${name} is ${(((limit - value) / limit) * 100).toFixed(1)}% under its budget (${value}, budget ${limit})`);
      }
    }
  }
  return { over, under };
}

function table(budget, current) {
  const lines = ['| corpus | count | now | budget | change |', '|---|---|---:|---:|---:|'];
  for (const [corpus, counts] of Object.entries(current)) {
    for (const [name, value] of Object.entries(counts)) {
      const limit = budget?.corpora?.[corpus]?.counts?.[name];
      const change = typeof limit === 'number' && limit ? `${value >= limit ? '+' : ''}${(((value - limit) / limit) * 100).toFixed(1)}%` : 'n/a';
      lines.push(`| ${corpus} | ${name} | ${value} | ${limit ?? 'none'} | ${change} |`);
    }
  }
  return lines.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--check', '--update', '--json'].includes(a));
  if (unknown.length) {
    process.stderr.write(`counts: unknown argument ${unknown[0]}\nusage: node bench/counts.js [--check | --update] [--json]\n`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('counts: dist/ is missing; run `npm run compile` first\n');
    process.exit(2);
  }
  const budget = readBudget();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-counts-'));
  try {
    const generated = path.join(tmp, 'generated');
    generateCorpus(generated, { seed: SEED, modulesPerFamily: MODULES });
    const cases = budget?.corpora?.fixtures?.cases ?? fixtureCases();
    const fixtures = path.join(tmp, 'fixtures');
    copyFixtures(cases, fixtures);
    const current = { generated: countsOf(generated), fixtures: countsOf(fixtures) };
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(current)}\n`);
      return;
    }
    if (args.includes('--update')) {
      const next = {
        about: 'Work counts of `check --no-cache --workers 0` on fixed corpora (see bench/counts.js). CI fails when a count grows more than `tolerance` over its budget; a change that does more work on purpose updates this file (node bench/counts.js --update) in the same commit.',
        tolerance: TOLERANCE,
        corpora: {
          generated: { source: `bench/gen-corpus.js, seed ${SEED}, ${MODULES} modules per family`, counts: current.generated },
          fixtures: { source: 'the test/fixtures cases listed here, each copied to a directory of its name', cases, counts: current.fixtures },
        },
      };
      fs.writeFileSync(BUDGET, `${JSON.stringify(next, null, 2)}\n`);
      process.stdout.write(`${table(next, current)}\n\nwrote ${path.relative(process.cwd(), BUDGET)}\n`);
      return;
    }
    process.stdout.write(`${table(budget, current)}\n`);
    const { over, under } = compareWithBudget(budget, current, budget?.tolerance ?? TOLERANCE);
    for (const u of under) process.stdout.write(`note: ${u}; \`node bench/counts.js --update\` tightens the budget\n`);
    if (over.length) {
      for (const o of over) process.stdout.write(`OVER BUDGET: ${o}\n`);
      process.stdout.write(
        '\nThe engine now does more work on a fixed corpus than bench/budget.json allows. If that is a regression, find the\n' +
          'change that causes it (the counts are in src/work.ts). If it is intended, run `node bench/counts.js --update`\n' +
          'and commit bench/budget.json with the change, saying why.\n',
      );
      if (args.includes('--check')) process.exitCode = 1;
    } else if (args.includes('--check')) {
      process.stdout.write('\nwork counts within budget\n');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { compareWithBudget };

if (require.main === module) main();
