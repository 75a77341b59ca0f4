#!/usr/bin/env node
'use strict';
/**
 * Builds dist/ from src/ with the pinned TypeScript, from scratch (a stale
 * file of a deleted source must not survive), and stamps it with a hash of
 * the sources it was built from.
 *
 * `--prepare` is npm's `prepare` step. In a clone after `npm ci` TypeScript
 * is installed and this builds. When npm installs the package from a git URL
 * (`npm install -g git+...`, which is what pre-commit runs) it prepares the
 * clone without devDependencies, so there is no TypeScript: then the
 * committed dist/ is used as it is, after checking its stamp against src/.
 * A dist/ that is missing or stale fails the install with one clear line
 * instead of installing code that is not this commit's.
 */
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.source-sha256');

/** sha256 over tsconfig.json and every file under src/, in path order, line endings normalised. */
function sourceHash() {
  const files = ['tsconfig.json'];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk('src');
  const hash = createHash('sha256');
  for (const rel of files.sort()) {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8').replace(/\r\n/g, '\n');
    hash.update(`${rel}\0${text}\0`);
  }
  return hash.digest('hex');
}

function findTsc() {
  try {
    return require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  } catch {
    return undefined;
  }
}

function fail(message) {
  process.stderr.write(`pypto-direction: ${message}\n`);
  process.exit(1);
}

const prepare = process.argv.includes('--prepare');
const tsc = findTsc();
if (tsc) {
  fs.rmSync(DIST, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(STAMP, `${sourceHash()}\n`);
} else if (!prepare) {
  fail('typescript is not installed; run `npm ci` first');
} else if (!fs.existsSync(path.join(DIST, 'cli', 'main.js')) || !fs.existsSync(STAMP)) {
  fail('dist/ is missing and typescript is not installed to build it (in a clone, run `npm ci`)');
} else if (fs.readFileSync(STAMP, 'utf8').trim() !== sourceHash()) {
  fail('the committed dist/ was not built from this commit\'s src/ (run `npm run build` and commit dist/)');
}
