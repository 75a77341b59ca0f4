import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CliIO } from '../../src/cli/main';

/** A small entry whose `y` needs `pl.Out` (one harness, one builder). */
export const ENTRY = `import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
`;

/** ENTRY as `fix` leaves it. */
export const ENTRY_FIXED = ENTRY.replace('y: pl.Tensor[[4], pl.FP32]', 'y: pl.Out[pl.Tensor[[4], pl.FP32]]');

/** Writes files into a fresh temporary directory and returns it. */
export function tree(files: Record<string, string | Buffer> = {}, prefix = 'pypto-direction-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** One cache directory for the whole test process, so tests never touch the user's cache. */
const TEST_CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-cache-'));

/** CLI streams captured as strings, for calling `main` in-process. */
export function io(cwd: string, extra: Partial<CliIO> = {}) {
  let out = '';
  let err = '';
  const sink: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: { PYPTO_DIRECTION_CACHE_DIR: TEST_CACHE },
    cwd,
    ...extra,
  };
  return { sink, out: () => out, err: () => err };
}
