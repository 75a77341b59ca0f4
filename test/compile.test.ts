import { execFile, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Issue 20, 4: `npm test` compiles first; the CLI must keep working while it does.
jest.setTimeout(300000);

const ROOT = path.join(__dirname, '..');

/** A copy of the project (sources, scripts, the built dist/) that compile.js can rebuild without touching ours. */
function copyProject(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-compile-')));
  for (const f of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  for (const d of ['scripts', 'src', 'bin', 'dist']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** One CLI run in the copy: its exit code and output. */
function cli(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(dir, 'bin', 'pypto-direction.js'), ...args], { cwd: dir }, (e, out, err) => resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, out, err }));
  });
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.dist-'));
const buildId = (dir: string) => fs.readFileSync(path.join(dir, 'dist', 'build-id.json'), 'utf8');

test('the CLI works during the whole build; the new dist/ has no stale output and its build id; a failed build keeps the old one', async () => {
  const dir = copyProject();
  try {
    // the output of a source deleted since the last build
    fs.writeFileSync(path.join(dir, 'dist', 'deleted-source.js'), 'module.exports = 1;\n');
    const build = spawn(process.execPath, [path.join(dir, 'scripts', 'compile.js')], { cwd: dir, stdio: 'ignore' });
    const built = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
    let done = false;
    void built.then(() => (done = true));
    const runs: Array<{ code: number; out: string; err: string }> = [];
    while (!done) runs.push(await cli(dir, ['rules']));
    expect(await built).toBe(0);
    // runs before, during and after tsc: each one worked
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const r of runs) expect({ code: r.code, err: r.err, listsRules: r.out.includes('direction') }).toEqual({ code: 0, err: '', listsRules: true });

    expect(fs.existsSync(path.join(dir, 'dist', 'deleted-source.js'))).toBe(false);
    const { hashSources } = require(path.join(dir, 'dist', 'build-id.js'));
    expect(JSON.parse(buildId(dir)).id).toBe(hashSources(path.join(dir, 'dist')));
    expect(leftovers(dir)).toEqual([]);

    // a build that fails leaves the working one in place
    const before = buildId(dir);
    fs.appendFileSync(path.join(dir, 'src', 'errors.ts'), "\nexport const broken: number = 'not a number';\n");
    const failed = spawnSync(process.execPath, [path.join(dir, 'scripts', 'compile.js')], { cwd: dir, encoding: 'utf8' });
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/the build failed; dist\/ is left as it was/);
    expect(buildId(dir)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
    expect((await cli(dir, ['--version'])).code).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
