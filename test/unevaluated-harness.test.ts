import { analyzeSource } from './helpers/fixtures';

// the first test loads the grammar: under load that alone can pass jest's 5 s default
jest.setTimeout(30000);

const HEAD = `import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32], n: pl.Scalar[pl.INT32]):
    return y

`;
const SPECS = `[TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]`;

const summary = (findings: any[]) => findings.filter((f) => f.kind !== 'era').map((f) => `${f.kind} ${'param' in f ? f.param : `line ${f.line}`}${f.reason ? ` ${f.reason}` : ''}`).sort();

describe('an entry whose harness call is not evaluated is never silently not-linked (issue 17)', () => {
  test('a builder past the bounds: one harness finding at the cause, each tensor param unresolved, the Scalar not', async () => {
    const { findings } = await analyzeSource(`${HEAD}
def build():
    big = list(range(10000)) + list(range(10000)) + list(range(10000)) + list(range(10000)) + list(range(10000))
    for _ in range(10000):
        t = big + big
    return ${SPECS}


if __name__ == "__main__":
    run_jit(fn=step, specs=build())
`);
    // line 13: \`t = big + big\`, where the bound stopped it (the harness call at line 17 was never reached)
    expect(summary(findings)).toEqual(['not-linked n', 'unlinked-harness line 13', 'unresolved x unevaluated-harness', 'unresolved y unevaluated-harness']);
    const y = findings.find((f) => f.kind === 'unresolved' && f.param === 'y')!;
    expect('detail' in y ? y.detail : '').toMatch(/^value too large: .*\(case\.py:13\)$/);
  });

  test('a harness call never reached names its entry: undecided, not not-linked', async () => {
    const { findings } = await analyzeSource(`${HEAD}
if __name__ == "__main__":
    if False:
        run_jit(fn=step, specs=${SPECS})
`);
    expect(summary(findings)).toEqual(['not-linked n', 'unlinked-harness line 12', 'unresolved x unevaluated-harness', 'unresolved y unevaluated-harness']);
  });

  test('a fix from a reached call is held back while another call of the same entry is not evaluated', async () => {
    const { findings } = await analyzeSource(`${HEAD}
if __name__ == "__main__":
    run_jit(fn=step, specs=${SPECS})
    if False:
        run_jit(fn=step, specs=${SPECS})
`);
    expect(summary(findings)).toContain('unresolved y unevaluated-harness');
    expect(findings.some((f) => f.kind === 'fix')).toBe(false);
  });

  test('a target that is no plain name of a module function stays a harness-level finding only', async () => {
    const { findings } = await analyzeSource(`${HEAD}
ENTRIES = {"s": step}

if __name__ == "__main__":
    if False:
        run_jit(fn=ENTRIES["s"], specs=${SPECS})
`);
    expect(summary(findings)).toEqual(['not-linked n', 'not-linked x', 'not-linked y', 'unlinked-harness line 14']);
  });
});
