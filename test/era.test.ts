import * as path from 'path';
import type { Finding } from '../src/decide/findings';
import { analyzePaths } from '../src/run/pipeline';
import { tree } from './helpers/cli';
import { goldenPackage } from './helpers/golden';

const MODEL = (imports: string) => `import torch
import pypto.language as pl
${imports}


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Out[pl.Tensor[[4], pl.FP32]]):
    return y


if __name__ == "__main__":
    run_jit(fn=step, specs=[TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32)])
`;

async function eras(files: Record<string, string>, era?: 'auto' | 'spec' | 'signature'): Promise<Array<Finding & { kind: 'era' }>> {
  const dir = tree(files);
  const result = await analyzePaths([path.join(dir, 'models')], { era });
  return result.files.flatMap((f) => f.findings).filter((f): f is Finding & { kind: 'era' } => f.kind === 'era');
}

describe('era detection per spec call', () => {
  test('a dataclass with an is_output init field (through golden/__init__.py re-exports) is the spec era', async () => {
    const [e] = await eras({ ...goldenPackage('spec'), 'models/m.py': MODEL('from golden import TensorSpec, run_jit') });
    expect(e.era).toBe('spec');
    expect(e.why).toMatch(/dataclass TensorSpec has an is_output init field/);
    expect(e.evidence[0].path).toMatch(/golden\/spec\.py$/);
  });

  test('a dataclass without an is_output init field is the signature era, also imported from golden.spec', async () => {
    const [e] = await eras({ ...goldenPackage('signature'), 'models/m.py': MODEL('from golden.spec import TensorSpec\nfrom golden import run_jit') });
    expect(e.era).toBe('signature');
    expect(e.why).toMatch(/no is_output init field \(its direction is stamped by the harness\)/);
  });

  test("pypto's own pypto.runtime.TensorSpec and an unresolvable import are the spec era", async () => {
    const [a] = await eras({ 'models/m.py': MODEL('from pypto.runtime import TensorSpec\nfrom golden import run_jit') });
    expect(a.era).toBe('spec');
    expect(a.why).toMatch(/pypto\.runtime\.TensorSpec is not an analyzed class/);
  });

  test('an explicit __init__ decides by its params', async () => {
    const spec = 'class TensorSpec:\n    def __init__(self, name, shape, dtype, init_value=None):\n        self.name = name\n';
    const [e] = await eras({ 'golden/__init__.py': 'from .spec import TensorSpec\n', 'golden/spec.py': spec, 'models/m.py': MODEL('from golden import TensorSpec\nrun_jit = None') });
    expect(e.era).toBe('signature');
    expect(e.why).toMatch(/__init__ takes no is_output/);
  });

  test('config era overrides detection', async () => {
    const [e] = await eras({ ...goldenPackage('spec'), 'models/m.py': MODEL('from golden import TensorSpec, run_jit') }, 'signature');
    expect(e.era).toBe('signature');
    expect(e.why).toMatch(/era = "signature"/);
  });
});

describe('era of a spec class that is not analyzed', () => {
  test('pypto.runtime.TensorSpec is spec era; an unresolved golden one is spec era only with is_output=, else unknown', () => {
    const { externEra } = require('../src/analyze/eval/era') as typeof import('../src/analyze/eval/era');
    expect(externEra('pypto.runtime.TensorSpec', false).era).toBe('spec');
    expect(externEra('harness.core.harness.TensorSpec', false).era).toBe('spec');
    expect(externEra('golden.TensorSpec', true).era).toBe('spec');
    expect(externEra('golden.TensorSpec', false).era).toBe('unknown');
    expect(externEra('golden.spec.TensorSpec', false).why).toMatch(/cannot be resolved/);
  });
});
