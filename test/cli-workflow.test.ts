import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../src/cli/main';
import { io, tree } from './helpers/cli';

const TWO = `import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(
    x: pl.Tensor[[4], pl.FP32],
    y: pl.Tensor[[4], pl.FP32],
    z: pl.Tensor[[4], pl.FP32],
):
    return y


def build_tensor_specs():
    return [
        TensorSpec("x", [4], "f"),
        TensorSpec("y", [4], "f", is_output=True),
        TensorSpec("z", [4], "f", init_value=0.0, is_output=True),
    ]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
`;



function git(dir: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
}

describe('interactive review', () => {
  test('only accepted edits are written; each prompt shows a diff and the evidence', async () => {
    const dir = tree({ 'm.py': TWO });
    const answers = ['n', 'y'];
    const prompts: string[] = [];
    const t = io(dir, { ask: async (q) => (prompts.push(q), answers.shift()) });
    expect(await main(['fix', '--interactive', '.'], t.sink)).toBe(1); // a declined fix is still pending
    const text = fs.readFileSync(path.join(dir, 'm.py'), 'utf8');
    expect(text).toContain('    y: pl.Tensor[[4], pl.FP32],');
    expect(text).toContain('    z: pl.InOut[pl.Tensor[[4], pl.FP32]],');
    expect(prompts).toHaveLength(2);
    expect(prompts[0]).toMatch(/\+    y: pl\.Out\[pl\.Tensor\[\[4\], pl\.FP32\]\],/);
    expect(prompts[0]).toMatch(/spec m\.py:17: TensorSpec\("y"/);
  });

  test('q stops asking and writes nothing more; a re-asks on bad input', async () => {
    const dir = tree({ 'm.py': TWO });
    const answers = ['maybe', 'q'];
    const t = io(dir, { ask: async () => answers.shift() });
    await main(['fix', '-i', '.'], t.sink);
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(TWO);
    expect(answers).toEqual([]);
  });
});

describe('git awareness', () => {
  test('fix refuses files with uncommitted changes unless --allow-dirty', async () => {
    const dir = tree({ 'm.py': TWO });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
    fs.appendFileSync(path.join(dir, 'm.py'), '# local edit\n');
    const t = io(dir);
    expect(await main(['fix', '.'], t.sink)).toBe(2);
    expect(t.err()).toMatch(/1 file\(s\) to fix have uncommitted changes \(m\.py\); nothing written/);
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).not.toContain('pl.Out[');
    expect(await main(['fix', '--allow-dirty', '.'], io(dir).sink)).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toContain('pl.Out[');
  });

  test('--changed limits the run to files changed against a ref', async () => {
    const dir = tree({ 'a.py': TWO, 'b.py': TWO });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
    fs.appendFileSync(path.join(dir, 'b.py'), '\n');
    fs.writeFileSync(path.join(dir, 'c.py'), TWO); // untracked counts as changed
    const t = io(dir);
    await main(['check', '--changed', '.'], t.sink);
    expect(t.out()).toMatch(/2 files scanned/);
    expect(t.out()).not.toMatch(/a\.py/);
    const bad = io(dir);
    expect(await main(['check', '--changed', '--base', 'no-such-ref', '.'], bad.sink)).toBe(2);
    expect(bad.err()).toMatch(/git does not know the ref "no-such-ref"/);
  });
});

describe('stdin mode', () => {
  test('fix - prints the fixed source; findings go to stderr', async () => {
    const dir = tree({});
    const t = io(dir, { stdin: async () => Buffer.from(TWO) });
    expect(await main(['fix', '-', '--stdin-filename', 'pkg/m.py'], t.sink)).toBe(1);
    expect(t.out()).toBe(TWO.replace('y: pl.Tensor[[4], pl.FP32]', 'y: pl.Out[pl.Tensor[[4], pl.FP32]]').replace('z: pl.Tensor[[4], pl.FP32]', 'z: pl.InOut[pl.Tensor[[4], pl.FP32]]'));
    expect(t.err()).toMatch(/1 file scanned, 1 to change, 2 edits/);
    expect(fs.readdirSync(dir)).toEqual([]); // nothing written
  });

  test('- without --stdin-filename is a usage error', async () => {
    const t = io(os.tmpdir(), { stdin: async () => Buffer.from('') });
    expect(await main(['check', '-'], t.sink)).toBe(2);
    expect(t.err()).toMatch(/needs --stdin-filename/);
  });
});
