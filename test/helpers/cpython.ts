import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** CPython's verdict on one file: accepted, or the exception `compile()` raised. */
export type CPythonVerdict = { ok: true } | { ok: false; error: string; line: number; message: string };

// one process for the whole batch: paths on stdin, one tab-separated verdict per line on stdout
const SCRIPT = `
import sys, warnings
warnings.simplefilter("ignore")
for p in sys.stdin.read().splitlines():
    try:
        with open(p, "rb") as f:
            compile(f.read(), p, "exec", dont_inherit=True)
        print("ok")
    except BaseException as e:
        msg = str(getattr(e, "msg", e)).replace("\\n", " ").replace("\\t", " ")
        print(type(e).__name__ + "\\t" + str(getattr(e, "lineno", 0) or 0) + "\\t" + msg)
`;

/** The python3 on PATH and its version, or undefined when there is none. */
export function findPython(): string | undefined {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Runs CPython's `compile(src, path, "exec")` on every file, in one python3 process. */
export function compileWithCPython(files: string[]): CPythonVerdict[] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: files.map((f) => path.resolve(f)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  const lines = r.stdout.split('\n').slice(0, files.length);
  if (lines.length !== files.length) throw new Error(`python3 gave ${lines.length} verdicts for ${files.length} files`);
  return lines.map((l) => {
    if (l === 'ok') return { ok: true };
    const [error, line, message] = l.split('\t');
    return { ok: false, error, line: Number(line), message };
  });
}

/** Writes each buffer to `dir/<index>.py`; returns the paths. */
export function writeBatch(dir: string, files: Buffer[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return files.map((b, i) => {
    const p = path.join(dir, `${String(i).padStart(5, '0')}.py`);
    fs.writeFileSync(p, b);
    return p;
  });
}
