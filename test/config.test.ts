import * as path from 'path';
import { main } from '../src/cli/main';
import { io, tree } from './helpers/cli';
import { loadConfig } from '../src/cli/config';

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
    expect(loaded.table).toEqual({ exclude: ['gen'], evidence: 'final' });
  });

  test('a pyproject.toml without our table is skipped', () => {
    const dir = tree({ 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' });
    expect(loadConfig(dir).table).toEqual({});
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
  });

  test('a TOML syntax error names the file, line and column (issue 20)', async () => {
    const broken = tree({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.pypto-direction]\nignore = ["abi-agreement"\nstrict = true\n', 'm.py': ENTRY });
    const b = io(broken);
    expect(await main(['check', '.'], b.sink)).toBe(2);
    expect(b.err()).toBe('error: pyproject.toml:6:1: invalid TOML: unexpected character encountered\n');
    const header = tree({ 'pyproject.toml': '[tool.pypto-direction\n' });
    const h = io(header);
    expect(await main(['check', '.'], h.sink)).toBe(2);
    expect(h.err()).toMatch(/^error: pyproject\.toml:1:\d+: invalid TOML: /);
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

  test('flags win over the file, as in ruff: --extend-select brings back a rule the file ignores (issue 20)', async () => {
    const model = ENTRY.replace('y: pl.Tensor[[4], pl.FP32])', 'y: pl.Tensor[[4], pl.FP32], z: pl.Out[pl.Tensor[[4], pl.FP32]])').replace(
      'TensorSpec("y", [4], "f", is_output=made[0].is_output)]',
      'TensorSpec("y", [4], "f", is_output=made[0].is_output), TensorSpec("z", [4], "f", init_value=1.0)]',
    );
    const dir = tree({ 'pyproject.toml': '[tool.pypto-direction]\nignore = ["abi-agreement"]\n', 'm.py': model });
    const off = io(dir);
    await main(['check', '.'], off.sink);
    expect(off.out()).not.toMatch(/abi-mismatch/);
    const back = io(dir);
    await main(['check', '--extend-select', 'abi-agreement', '.'], back.sink);
    expect(back.out()).toMatch(/m\.py:\d+:\d+: abi-mismatch z: direction spec=In artifact=Out/);
    // and a flag's select replaces the file's whole selection
    const only = io(dir);
    await main(['check', '--select', 'abi-agreement', '.'], only.sink);
    expect(only.out()).toMatch(/abi-mismatch z/);
    expect(only.out()).not.toMatch(/: fix /);
  });

  test.each([
    [['--select', ''], /no rule is selected/],
    [['--select', 'ALL', '--ignore', 'ALL'], /no rule is selected/],
    [['--ignore', 'direction,abi-agreement,is-output-migration,unified-run'], /no rule is selected/],
    [['--workers', 'abc'], /--workers must be a whole number, 0 or more \(got "abc"\)/],
    [['--workers', '-1'], /--workers must be a whole number, 0 or more \(got "-1"\)/],
    [['--workers', '2.5'], /--workers must be a whole number/],
  ])('check %j is a usage error, exit 2 (issue 20)', async (flags, message) => {
    const dir = tree({ 'm.py': ENTRY });
    const t = io(dir);
    expect(await main(['check', ...(flags as string[]), '.'], t.sink)).toBe(2);
    expect(t.err()).toMatch(message as RegExp);
    expect(t.out()).toBe('');
  });

  test('a config that selects no rule is an error too; a flag can select one again', async () => {
    const dir = tree({ 'pyproject.toml': '[tool.pypto-direction]\nselect = []\n', 'm.py': ENTRY });
    const none = io(dir);
    expect(await main(['check', '.'], none.sink)).toBe(2);
    expect(none.err()).toMatch(/no rule is selected.*pyproject\.toml/);
    expect(await main(['check', '--extend-select', 'direction', '.'], io(dir).sink)).toBe(1);
    expect(await main(['check', '--workers', '0', '.'], io(tree({ 'm.py': ENTRY })).sink)).toBe(1);
  });
});
