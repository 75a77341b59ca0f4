#!/usr/bin/env node
'use strict';
/**
 * `npm run compile`: builds dist/ from src/ with the pinned TypeScript, from
 * scratch, so that the output of a deleted or renamed source cannot survive
 * in the committed dist/ (CI compares a fresh build with it), then writes
 * dist/build-id.json, the hash of the build that the result cache keys on.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
} catch {
  process.stderr.write('pypto-direction: typescript is not installed; run `npm ci` first\n');
  process.exit(1);
}
fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// the result cache keys on this id, so results of older code are never replayed (the version alone stays the same across commits)
const { hashSources, BUILD_ID_FILE } = require(path.join(ROOT, 'dist', 'build-id.js'));
const id = hashSources(path.join(ROOT, 'dist'));
fs.writeFileSync(path.join(ROOT, 'dist', BUILD_ID_FILE), JSON.stringify({ id }) + '\n');
