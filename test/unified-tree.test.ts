import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// Issue 19 item 2: the unified-run migration on a real pypto-lib tree whose golden package is made the
// unified one (bench/unified-tree.js). The tree is not ours to commit: set PYPTO_LIB to a checkout.
const LIB = process.env.PYPTO_LIB;
const usable = !!LIB && fs.existsSync(path.join(LIB, 'golden', 'runner.py'));
if (!usable) console.log(`unified-tree: skipped (set PYPTO_LIB to a pypto-lib checkout to run the migration on it)`);

(usable ? test : test.skip)('a pypto-lib copy with the unified golden package: one fix converts every run_jit call, a second changes nothing, linking reads the same', () => {
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'bench', 'unified-tree.js'), '--corpus', LIB!], { encoding: 'utf8' });
  expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(r.stdout).toMatch(/entry params: (\d+) before, \1 after, 0 read differently/);
  expect(r.stdout).toMatch(/files still calling run_jit\( outside golden\/: 0/);
}, 600_000);
