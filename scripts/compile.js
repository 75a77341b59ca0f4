#!/usr/bin/env node
'use strict';
/**
 * `npm run compile`: builds dist/ from src/ with the pinned TypeScript, from
 * scratch, so that the output of a deleted or renamed source cannot survive
 * in the committed dist/ (CI compares a fresh build with it), and writes
 * dist/build-id.json, the hash of the build that the result cache keys on.
 *
 * The build goes into a fresh sibling folder that replaces dist/ only once it
 * is complete (two renames, microseconds apart): the CLI, an editor's server
 * and the tests keep running on the previous build meanwhile (`npm test`
 * compiles first), and a failed build leaves the previous one in place.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
// siblings of dist/, so the source maps' relative paths (../src/...) are the same after the swap
const NEXT = path.join(ROOT, `.dist-next-${process.pid}`);
const OLD = path.join(ROOT, `.dist-old-${process.pid}`);

let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
} catch {
  process.stderr.write('pypto-direction: typescript is not installed; run `npm ci` first\n');
  process.exit(1);
}

/** Whether a process with this id still runs (its build folder is then not a leftover). */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

// folders left by a build that was killed
for (const name of fs.readdirSync(ROOT)) {
  const m = /^\.dist-(?:next|old)-(\d+)$/.exec(name);
  if (m && !alive(Number(m[1]))) fs.rmSync(path.join(ROOT, name), { recursive: true, force: true });
}

const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.json'), '--outDir', NEXT], { stdio: 'inherit' });
if (result.status !== 0) {
  fs.rmSync(NEXT, { recursive: true, force: true });
  process.stderr.write('pypto-direction: the build failed; dist/ is left as it was\n');
  process.exit(result.status ?? 1);
}
// the result cache keys on this id, so results of older code are never replayed (the version alone stays the same across commits)
const { hashSources, BUILD_ID_FILE } = require(path.join(NEXT, 'build-id.js'));
fs.writeFileSync(path.join(NEXT, BUILD_ID_FILE), JSON.stringify({ id: hashSources(NEXT) }) + '\n');

// the swap: dist/ is missing only between the two renames; a concurrent build's swap makes the second one retry
for (let attempt = 1; ; attempt++) {
  try {
    fs.renameSync(DIST, OLD);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  try {
    fs.renameSync(NEXT, DIST);
    break;
  } catch (e) {
    if (!['ENOTEMPTY', 'EEXIST'].includes(e.code) || attempt === 5) throw e;
    fs.rmSync(OLD, { recursive: true, force: true });
  }
}
fs.rmSync(OLD, { recursive: true, force: true });
