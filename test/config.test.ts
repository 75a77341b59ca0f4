import * as path from 'path';
import { main } from '../src/cli/main';
import { io, tree } from './helpers/cli';
import { loadConfig } from '../src/config';

const ENTRY = `import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def inner():
    return [TensorSpec("y", [4], "f", init_value=1.0, is_output=True)]


def build_tensor_specs():
    made = inner()
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=made[0].is_output)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
`;



describe('configuration ([tool.pypto-direction])', () => {
  test('the nearest pyproject.toml is found and its keys validated', () => {
    const dir = tree({ 'pyproject.toml': '[tool.pypto-direction]\nexclude = ["gen"]\nevidence = "final"\n', 'pkg/sub/a.py': '' });
    const loaded = loadConfig(path.join(dir, 'pkg', 'sub'));
    expect(loaded.dir).toBe(dir);
    expect(loaded.config).toEqual({ exclude: ['gen'], evidence: 'final' });
  });

  test('a pyproject.toml without our table is skipped', () => {
    const dir = tree({ 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' });
    expect(loadConfig(dir).config).toEqual({});
  });

  test('unknown keys and wrong types are one-line errors, exit 2', async () => {
    const dir = tree({ 'pyproject.toml': '[tool.pypto-direction]\nexlcude = ["x"]\n', 'm.py': ENTRY });
    const t = io(dir);
    expect(await main(['check', '.'], t.sink)).toBe(2);
    expect(t.err()).toMatch(/^error: pyproject\.toml: unknown key "exlcude" in \[tool\.pypto-direction\] \(known keys: include, exclude/);
    const bad = tree({ 'pyproject.toml': '[tool.pypto-direction]\nevidence = "some"\n' });
    const u = io(bad);
    expect(await main(['check', '.'], u.sink)).toBe(2);
    expect(u.err()).toMatch(/"evidence" must be "all" or "final"/);
    const broken = tree({ 'pyproject.toml': '[tool.pypto-direction\n' });
    const b = io(broken);
    expect(await main(['check', '.'], b.sink)).toBe(2);
    expect(b.err()).toMatch(/pyproject\.toml: is not valid TOML/);
  });

  test('exclude and include globs apply to walked files', async () => {
    const dir = tree({ 'pyproject.toml': '[tool.pypto-direction]\nexclude = ["generated", "legacy/*.py"]\n', 'a.py': ENTRY, 'generated/b.py': ENTRY, 'legacy/c.py': ENTRY });
    const t = io(dir);
    await main(['check', '.'], t.sink);
    expect(t.out()).toMatch(/1 file scanned/);
    const only = tree({ 'pyproject.toml': '[tool.pypto-direction]\ninclude = ["models/**/*.py"]\n', 'models/x/a.py': ENTRY, 'tools/b.py': ENTRY });
    const u = io(only);
    await main(['check', '.'], u.sink);
    expect(u.out()).toMatch(/1 file scanned/);
  });

  test('CLI flags override the file; --config points at one', async () => {
    const dir = tree({ 'pyproject.toml': '[tool.pypto-direction]\nevidence = "final"\n', 'm.py': ENTRY, 'alt.toml': 'evidence = "all"\n' });
    // final: only the list passed to the harness counts -> y is Out
    const fin = io(dir);
    await main(['check', '.'], fin.sink);
    expect(fin.out()).toMatch(/step\.y should be Out/);
    // all: the inner spec built on the way has an init_value -> InOut
    const all = io(dir);
    await main(['check', '--evidence', 'all', '.'], all.sink);
    expect(all.out()).toMatch(/step\.y should be InOut/);
    const alt = io(dir);
    await main(['check', '--config', 'alt.toml', '.'], alt.sink);
    expect(alt.out()).toMatch(/step\.y should be InOut/);
  });
});
