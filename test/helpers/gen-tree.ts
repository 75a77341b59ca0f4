import * as fs from 'fs';
import * as path from 'path';

/**
 * A generator of valid PyPTO test modules: one `@pl.jit` entry, a golden
 * spec builder and a `run_jit` call, with 1-3 entry params whose specs make
 * them outputs still annotated as plain `Tensor`s. Each module is rendered
 * twice: as written (needing the edits) and as the tool should leave it.
 */

/** A small deterministic PRNG (mulberry32), so a seed names a tree. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenFile {
  /** Path relative to the tree root, `/`-separated. */
  rel: string;
  /** Bytes as generated: every output param is a plain `Tensor`. */
  original: Buffer;
  /** Bytes after the tool: output params wrapped in `Out[...]` / `InOut[...]`. */
  fixed: Buffer;
  /** How many params need a wrapper (1-3). */
  edits: number;
}

type Role = 'in' | 'out' | 'inout';

const DTYPES: Array<[string, string]> = [
  ['FP32', 'torch.float32'],
  ['FP16', 'torch.float16'],
  ['BF16', 'torch.bfloat16'],
  ['INT32', 'torch.int32'],
];
const WORDS = ['gate', 'proj', 'norm', 'scale', 'bias', 'accum', 'cache', 'mask', 'score', 'hidden', 'resid', 'delta', 'state', 'moment'];
const INITS = ['torch.randn', 'torch.zeros', 'torch.ones', 'lambda: torch.full((ROWS, COLS), 0.5)', '_seeded(1.0)'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Renders one module; `fixed` chooses which of the two versions. */
function renderModule(r: () => number, index: number): { original: Buffer; fixed: Buffer; edits: number } {
  const alias = pick(r, ['pl', 'pl', 'pto']);
  const [dsl, torchDtype] = pick(r, DTYPES);
  const entry = `${pick(r, WORDS)}_${pick(r, WORDS)}_${index}`;
  const nParams = int(r, 2, 6);
  const nOut = int(r, 1, Math.min(3, nParams - 1));
  const roles: Role[] = Array.from({ length: nParams }, (_, i) => (i < nParams - nOut ? 'in' : r() < 0.5 ? 'out' : 'inout'));
  // shuffle so outputs are not always last
  for (let i = roles.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [roles[i], roles[j]] = [roles[j], roles[i]];
  }
  const names = roles.map((_, i) => `${pick(r, WORDS)}${i}`);
  const multiline = r() < 0.5;
  const crlf = r() < 0.1;
  const bom = r() < 0.05;
  const nonAscii = r() < 0.2;
  const padLines = int(r, 20, 90);

  // text details are drawn from a sub-generator seeded once, so both versions get the same draws
  const detailSeed = Math.floor(r() * 2 ** 32);
  const render = (fixed: boolean): string => {
    const d = rng(detailSeed);
    const tensor = `${alias}.Tensor[[ROWS, COLS], ${alias}.${dsl}]`;
    const ann = (role: Role) => (!fixed || role === 'in' ? tensor : `${alias}.${role === 'out' ? 'Out' : 'InOut'}[${tensor}]`);
    const L: string[] = [];
    L.push(`"""Generated kernel ${index}: ${roles.filter((x) => x !== 'in').length} golden outputs.`, '', 'Checked against a torch reference by the golden harness.', '"""');
    if (nonAscii) L.push('# 输出张量 — résumé ✓');
    L.push('import torch', '', `import pypto.language as ${alias}`, 'from golden import TensorSpec, run_jit', '');
    L.push(`ROWS = ${16 * int(d, 1, 8)}`, `COLS = ${32 * int(d, 1, 8)}`, '', '');
    L.push('def _seeded(value):', '    def init(shape, dtype):', '        return torch.full(shape, value, dtype=dtype)', '', '    return init', '', '');
    L.push(`@${alias}.jit`);
    if (multiline) {
      L.push(`def ${entry}(`);
      names.forEach((n, i) => L.push(`    ${n}: ${ann(roles[i])},${i === 0 ? '  # first operand' : ''}`));
      L.push('):');
    } else {
      L.push(`def ${entry}(${names.map((n, i) => `${n}: ${ann(roles[i])}`).join(', ')}):`);
    }
    const src = names.find((_, i) => roles[i] === 'in')!;
    L.push(`    t = ${alias}.load(${src}, [0, 0], [ROWS, COLS])`);
    names.forEach((n, i) => {
      if (roles[i] === 'inout') L.push(`    t = ${alias}.add(t, ${alias}.load(${n}, [0, 0], [ROWS, COLS]))`);
      if (roles[i] !== 'in') L.push(`    ${alias}.store(t, [0, 0], ${n})`);
    });
    L.push('', '');
    L.push('def build_tensor_specs():', '    return [');
    names.forEach((n, i) => {
      const role = roles[i];
      const init = role === 'out' ? '' : `, init_value=${pick(d, INITS)}`;
      const out = role === 'in' ? '' : ', is_output=True';
      L.push(`        TensorSpec("${n}", [ROWS, COLS], ${torchDtype}${init}${out}),`);
    });
    L.push('    ]', '', '');
    L.push('def reference(t):');
    for (let k = 0; k < padLines; k++) L.push(`    # step ${k}: ${pick(d, WORDS)} ${pick(d, WORDS)} ${pick(d, WORDS)} is folded into the reference result`);
    names.forEach((n, i) => {
      if (roles[i] !== 'in') L.push(`    t["${n}"][:] = t["${src}"] * ${i + 1}`);
    });
    L.push('', '');
    L.push('if __name__ == "__main__":', `    run_jit(fn=${entry}, specs=build_tensor_specs(), golden=reference)`, '');
    return L.join(crlf ? '\r\n' : '\n');
  };

  const original = render(false);
  const fixedText = render(true);
  const enc = (t: string) => Buffer.from((bom ? '\ufeff' : '') + t, 'utf8');
  return { original: enc(original), fixed: enc(fixedText), edits: nOut };
}

/** Generates `count` modules spread over `dirs` package directories. */
export function generateTree(count: number, seed: number, dirs = 16): GenFile[] {
  const r = rng(seed);
  const out: GenFile[] = [];
  for (let i = 0; i < count; i++) {
    const m = renderModule(r, i);
    out.push({ rel: `pkg${String(i % dirs).padStart(2, '0')}/mod_${String(i).padStart(4, '0')}.py`, ...m });
  }
  return out;
}

/** Writes files under `root` (created if needed), choosing original or fixed bytes. */
export function writeTree(root: string, files: GenFile[], which: 'original' | 'fixed' = 'original'): void {
  for (const f of files) {
    const abs = path.join(root, ...f.rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, f[which]);
  }
}

/** Every regular file under `root`, relative and `/`-separated, sorted. */
export function listFiles(root: string, base = root): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(root, e.name), base) : [path.relative(base, path.join(root, e.name)).split(path.sep).join('/')]))
    .sort();
}
