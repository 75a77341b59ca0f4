import { messageOf } from '../src/report/messages';
import { analyzeSource as analyze } from './helpers/fixtures';

async function analyzeSource(src: string, evidence: 'all' | 'final' = 'all') {
  return (await analyze(src, { evidence })).findings;
}

const HEAD = ['import sys, torch', 'import pypto.language as pl', 'from golden import TensorSpec, run_jit', ''];

describe('explanations say what links a param', () => {
  test('an In param of an L2 entry that a host driver links is linked, through the host call and its harness', async () => {
    const findings = await analyzeSource([
      ...HEAD,
      '@pl.jit',
      'def l2(inp: pl.Tensor[[4], pl.FP32], out: pl.Tensor[[4], pl.FP32], scratch: pl.Tensor[[4], pl.FP32]):',
      '    return out',
      '@pl.jit.host',
      'def host(inputs: pl.Tensor[[2, 4], pl.FP32], outputs: pl.Tensor[[2, 4], pl.FP32]):',
      '    scratch = pl.create_tensor([4], pl.FP32)',
      '    for r in pl.range(2):',
      '        l2(inputs[r], outputs[r], scratch, device=r)',
      'if __name__ == "__main__":',
      '    run_jit(fn=host, specs=[TensorSpec("inputs", [2, 4], torch.float32), TensorSpec("outputs", [2, 4], torch.float32, is_output=True)])',
      '',
    ].join('\n'));
    const inp = findings.find((f) => 'param' in f && f.entry === 'l2' && f.param === 'inp')!;
    expect(inp.kind).toBe('ok');
    expect('evidence' in inp ? inp.evidence.map((e) => e.role) : []).toEqual(['host-call', 'harness']);
    const scratch = findings.find((f) => 'param' in f && f.entry === 'l2' && f.param === 'scratch')!;
    expect(scratch.kind).toBe('not-linked');
    expect(messageOf(scratch)).toMatch(/its entry is linked, but no spec or host param reaches this param/);
  });

  test('every harness that links a param is listed', async () => {
    const findings = await analyzeSource([
      ...HEAD,
      '@pl.jit',
      'def f(x: pl.Tensor[[4], pl.FP32], y: pl.Out[pl.Tensor[[4], pl.FP32]]):',
      '    return y',
      'def specs():',
      '    return [TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32, is_output=True)]',
      'if __name__ == "__main__":',
      '    run_jit(fn=f, specs=specs())',
      '    run_jit(fn=f, specs=specs(), atol=0)',
      '',
    ].join('\n'));
    const x = findings.find((f) => f.kind === 'ok' && f.param === 'x')!;
    expect('evidence' in x ? x.evidence.filter((e) => e.role === 'harness').map((e) => e.line) : []).toEqual([11, 12]);
  });

  test('no-output-evidence names an output spec that exists only on some paths', async () => {
    const findings = await analyzeSource([
      ...HEAD,
      '@pl.jit',
      'def f(x: pl.Tensor[[4], pl.FP32], y: pl.Out[pl.Tensor[[4], pl.FP32]]):',
      '    return y',
      'def specs():',
      '    s = [TensorSpec("x", [4], torch.float32)]',
      '    if len(sys.argv) > 2:',
      '        s.append(TensorSpec("y", [4], torch.float32, is_output=True))',
      '    else:',
      '        s.append(TensorSpec("y", [4], torch.float32))',
      '    return s',
      'if __name__ == "__main__":',
      '    run_jit(fn=f, specs=specs())',
      '',
    ].join('\n'));
    const y = findings.find((f) => f.kind === 'no-output-evidence' && f.param === 'y')!;
    expect(messageOf(y)).toMatch(/a linked spec marks it as an output only on some paths/);
  });

  test('an open question on a host param is reported once, on the host, not again on its L2 receiver', async () => {
    const findings = await analyzeSource([
      ...HEAD,
      'import cfg',
      '@pl.jit',
      'def l2(a: pl.Tensor[[4], pl.FP32], b: pl.Tensor[[4], pl.FP32]):',
      '    return b',
      '@pl.jit.host',
      'def host(a: pl.Tensor[[2, 4], pl.FP32], b: pl.Tensor[[2, 4], pl.FP32]):',
      '    for r in pl.range(2):',
      '        l2(a[r], b[r], device=r)',
      'if __name__ == "__main__":',
      '    run_jit(fn=host, specs=[TensorSpec("a", [2, 4], torch.float32), TensorSpec("b", [2, 4], torch.float32, is_output=cfg.wants_b())])',
      '',
    ].join('\n'));
    expect(findings.filter((f) => f.kind === 'unresolved').map((f) => ('entry' in f ? `${f.entry}.${f.param}` : ''))).toEqual(['host.b']);
  });

  test('--evidence final with an undecidable final list: an output spec built on the way is reported, an input one is not', async () => {
    const findings = await analyzeSource([
      ...HEAD,
      'from tools import reorder',
      '@pl.jit',
      'def f(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):',
      '    return y',
      'def build():',
      '    return [TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32, is_output=True)]',
      'if __name__ == "__main__":',
      '    run_jit(fn=f, specs=reorder(build()))',
      '',
    ].join('\n'), 'final');
    expect(findings.filter((f) => f.kind === 'unresolved').map((f) => ('reason' in f ? `${f.param} ${f.reason}` : ''))).toEqual(['y undecided-specs']);
  });
});
