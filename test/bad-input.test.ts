import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { ENTRY, ENTRY_FIXED, io, tree } from './helpers/cli';

const FIXED = ENTRY_FIXED;

const tmp = () => tree();

async function run(args: string[], cwd: string) {
  const t = io(cwd);
  const code = await main([...args, '--no-cache'], t.sink);
  return { code, out: t.out(), err: t.err() };
}

describe('bad input: one clear error, the rest of the run goes on', () => {
  test('a file tree-sitter parses but CPython rejects (indentation, TabError) is never edited', async () => {
    const dir = tmp();
    // each still needs the fix; each is an error to CPython that tree-sitter accepts without an ERROR node
    const broken = {
      'indent.py': ENTRY.replace('    return y', 'return y'),
      'tabs.py': ENTRY.replace('    return y', '    if y:\n\tpass\n        return y'),
      'dup.py': ENTRY.replace('y: pl.Tensor[[4], pl.FP32]):', 'y: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):'),
    };
    for (const [name, text] of Object.entries(broken)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, 'good.py'), ENTRY);
    const r = await run(['fix', '.'], dir);
    expect(r.code).toBe(2);
    const errors = r.out.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toEqual([
      expect.stringMatching(/^error: dup\.py:6:\d+: SyntaxError: duplicate argument 'y' in function definition; file not edited/),
      expect.stringMatching(/^error: indent\.py:7:1: IndentationError: expected an indented block after function definition on line 6; file not analyzed/),
      expect.stringMatching(/^error: tabs\.py:8:\d+: TabError: inconsistent use of tabs and spaces in indentation; file not analyzed/),
    ]);
    for (const [name, text] of Object.entries(broken)) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(text);
    expect(fs.readFileSync(path.join(dir, 'good.py'), 'utf8')).toBe(FIXED);
  });

  test('a read-only file is not written, the others are', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.py'), ENTRY);
    fs.writeFileSync(path.join(dir, 'b.py'), ENTRY);
    fs.chmodSync(path.join(dir, 'b.py'), 0o444);
    const r = await run(['fix', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/error: b\.py: is read-only; left unchanged/);
    expect(fs.readFileSync(path.join(dir, 'b.py'), 'utf8')).toBe(ENTRY);
    expect(fs.readFileSync(path.join(dir, 'a.py'), 'utf8')).toBe(FIXED);
  });

  test('a link to a file outside the given paths is analyzed but never written', async () => {
    const outside = tmp();
    const dir = tmp();
    fs.writeFileSync(path.join(outside, 'real.py'), ENTRY);
    fs.symlinkSync(path.join(outside, 'real.py'), path.join(dir, 'link.py'));
    const r = await run(['fix', 'link.py'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/error: link\.py: is a link to a file outside the given paths/);
    expect(fs.readFileSync(path.join(outside, 'real.py'), 'utf8')).toBe(ENTRY);
  });

  test('a link inside the given paths is written through to its target', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'real.py'), ENTRY);
    fs.symlinkSync(path.join(dir, 'src', 'real.py'), path.join(dir, 'alias.py'));
    await run(['fix', 'alias.py', 'src/real.py'], dir);
    expect(fs.lstatSync(path.join(dir, 'alias.py')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'src', 'real.py'), 'utf8')).toBe(FIXED);
  });

  test('symlink loops and directories named *.py do not trap or break the walk', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'pkg.py'));
    fs.writeFileSync(path.join(dir, 'pkg.py', 'inner.py'), ENTRY);
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.symlinkSync(path.join(dir, 'missing.py'), path.join(dir, 'dangling.py'));
    const r = await run(['check', '.'], dir);
    expect(r.out).toMatch(/1 file scanned, 1 to change/);
    expect(r.code).toBe(1);
  });

  test('a directory named like a file is walked; a FIFO is refused, not read', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'x.py'));
    const r = await run(['check', 'x.py'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 files scanned/);
    execFileSync('mkfifo', [path.join(dir, 'pipe.py')]);
    const f = await run(['check', 'pipe.py', '.'], dir);
    expect(f.code).toBe(2);
    expect(f.out).toMatch(/error: pipe\.py: not a regular file or directory/);
  });

  test('CRLF, mixed line endings, tabs, a BOM and a very long line survive byte for byte', async () => {
    const dir = tmp();
    const long = '# ' + 'x'.repeat(200_000) + '\n';
    const text = '\ufeff' + long + ENTRY.replace(/\n/g, '\r\n').replace('def build_tensor_specs():\r\n', 'def build_tensor_specs():\n').replace('    return [', '\treturn [');
    fs.writeFileSync(path.join(dir, 'm.py'), text);
    const r = await run(['fix', '.'], dir);
    expect(r.code).toBe(0);
    const after = fs.readFileSync(path.join(dir, 'm.py'), 'utf8');
    expect(after).toBe(text.replace('y: pl.Tensor[[4], pl.FP32]', 'y: pl.Out[pl.Tensor[[4], pl.FP32]]'));
  });

  test('a 20 MB file is refused with one line; a 1.4 MB one is fixed; the run goes on', async () => {
    const dir = tmp();
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `CONST_${i} = [${'1, '.repeat(300)}1]\n`).join('');
    const huge = filler(22_000) + ENTRY;
    expect(huge.length).toBeGreaterThan(20_000_000);
    fs.writeFileSync(path.join(dir, 'huge.py'), huge);
    fs.writeFileSync(path.join(dir, 'big.py'), filler(1_500) + ENTRY);
    const r = await run(['fix', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/error: huge\.py: is \d+\.\d MiB, over the 8\.0 MiB this tool analyzes; file not analyzed/);
    expect(fs.readFileSync(path.join(dir, 'huge.py'), 'utf8')).toBe(huge);
    expect(fs.readFileSync(path.join(dir, 'big.py'), 'utf8').endsWith(FIXED)).toBe(true);
  }, 60_000);

  test('deeply nested expressions are refused or analyzed, never a crash', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'deep.py'), `X = ${'['.repeat(3000)}${']'.repeat(3000)}\nY = ${Array(4000).fill('True').join(' and ')}\n` + ENTRY);
    const r = await run(['fix', '.'], dir);
    expect(r.out).not.toMatch(/internal error/);
    expect([0, 1, 2]).toContain(r.code);
  });
});

describe('the tool stays inside its lane', () => {
  test('no network: no socket is opened and no name is looked up during a run', async () => {
    const net = require('net') as typeof import('net');
    const dns = require('dns') as typeof import('dns');
    const connect = jest.spyOn(net.Socket.prototype, 'connect');
    const lookup = jest.spyOn(dns, 'lookup');
    try {
      const dir = tmp();
      fs.writeFileSync(path.join(dir, 'm.py'), 'import urllib.request\nurllib.request.urlopen("http://example.invalid/")\n' + ENTRY);
      expect((await run(['fix', '.'], dir)).code).toBe(0);
      expect(connect).not.toHaveBeenCalled();
      expect(lookup).not.toHaveBeenCalled();
    } finally {
      connect.mockRestore();
      lookup.mockRestore();
    }
  });

  test('analyzed code is never executed: a module that would write a file on import is only read', async () => {
    const dir = tmp();
    const marker = path.join(dir, 'EXECUTED');
    fs.writeFileSync(path.join(dir, 'evil.py'), `open(${JSON.stringify(marker)}, "w").write("ran")\nimport os\nos.system("touch ${marker}")\n`);
    fs.writeFileSync(path.join(dir, 'm.py'), 'import evil\n' + ENTRY);
    await run(['fix', '.'], dir);
    expect(fs.existsSync(marker)).toBe(false);
  });

  test('imported modules outside the given paths are read, never written', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'lib', 'kern.py'), ENTRY.replace('if __name__ == "__main__":\n    run_jit(fn=step, specs=build_tensor_specs())\n', ''));
    fs.writeFileSync(path.join(dir, 'app', 'main.py'), 'import sys\nsys.path.insert(0, "../lib")\nfrom golden import run_jit\nfrom kern import step, build_tensor_specs\nrun_jit(fn=step, specs=build_tensor_specs())\n');
    fs.copyFileSync(path.join(dir, 'lib', 'kern.py'), path.join(dir, 'app', 'kern.py'));
    const before = fs.readFileSync(path.join(dir, 'lib', 'kern.py'), 'utf8');
    await run(['fix', 'app'], dir);
    expect(fs.readFileSync(path.join(dir, 'lib', 'kern.py'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(dir, 'app', 'kern.py'), 'utf8')).toContain('pl.Out[');
  });
});

describe('paths as given', () => {
  // `--no-cache` goes first: after `--` it would be a path
  const dashed = async (args: string[], cwd: string) => {
    const t = io(cwd);
    const code = await main([args[0], '--no-cache', ...args.slice(1)], t.sink);
    return { code, out: t.out(), err: t.err() };
  };

  test('after `--` every word is a path, even one starting with `-`; nothing else is scanned or written', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '-x.py'), ENTRY);
    fs.writeFileSync(path.join(dir, 'other.py'), ENTRY);
    const c = await dashed(['check', '--', '-x.py'], dir);
    expect(c.out).toMatch(/^-x\.py:6:38: fix step\.y should be Out/m);
    expect(c.out).toMatch(/1 file scanned, 1 to change/);
    const f = await dashed(['fix', '--', '-x.py'], dir);
    expect(f.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '-x.py'), 'utf8')).toBe(FIXED);
    expect(fs.readFileSync(path.join(dir, 'other.py'), 'utf8')).toBe(ENTRY);
    // a missing path after `--` is an error about that path, not a walk of `.`
    const m = await dashed(['check', '--', 'missing.py'], dir);
    expect(m.code).toBe(2);
    expect(m.out).toMatch(/error: missing\.py: no such file or directory\n0 files scanned/);
    // paths on both sides of `--` are all taken; options before it still apply
    const both = await dashed(['check', '--format', 'json', 'other.py', '--', '-x.py', '--format'], dir);
    expect(both.code).toBe(2);
    expect(JSON.parse(both.out).summary).toMatchObject({ filesScanned: 2, errors: 1 });
  });

  test('a file reached twice (itself and a link to it) is analyzed and fixed once', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'ok.py'), ENTRY);
    fs.symlinkSync(path.join(dir, 'ok.py'), path.join(dir, 'link.py'));
    const c = await run(['check', '.'], dir);
    expect(c.out).toMatch(/1 file scanned, 1 to change, 1 edit/);
    const f = await run(['fix', 'link.py', '.'], dir);
    expect(f.out).not.toMatch(/^error:/m);
    expect(f.out).toMatch(/^fixed ok\.py \(1 param\)\n1 file scanned, 1 changed, 1 edit, 0 unresolved, 0 errors/);
    expect(f.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'ok.py'), 'utf8')).toBe(FIXED);
    expect(fs.lstatSync(path.join(dir, 'link.py')).isSymbolicLink()).toBe(true);
  });
});
