import type { Node } from '../src/parse/syntax-tree';
import { collapseSource, digestCall, DigestRole, middle } from '../src/decide/digest';
import { parseSyntax } from '../src/parse/module';

/** The digest of the first call of a one-statement module. */
async function digest(src: string, role: DigestRole, width?: number, mention?: string): Promise<string> {
  const call = firstCall((await parseSyntax(src)).rootNode);
  if (!call) throw new Error(`no call in ${src}`);
  return digestCall(call, role, width, mention);
}

function firstCall(node: Node): Node | undefined {
  if (node.type === 'call') return node;
  for (const c of node.namedChildren) {
    const hit = c && firstCall(c);
    if (hit) return hit;
  }
  return undefined;
}

const LONG_INIT = 'lambda shape, dtype: torch.full(shape, 0.5, dtype=dtype).clamp(min=-1.0, max=1.0)';

describe('digestCall', () => {
  test('collapses line breaks, indentation and comments inside the call', async () => {
    const src = 'TensorSpec(\n    "kv_cache",  # the cache\n    [BLOCKS,\n     HIDDEN],\n    torch.bfloat16,\n    is_output=True,\n)\n';
    expect(await digest(src, 'spec')).toBe('TensorSpec("kv_cache", [BLOCKS, HIDDEN], torch.bfloat16, is_output=True)');
  });

  test('keeps string literals as written, spaces and commas included', async () => {
    const src = 'TensorSpec("a,  b", [4], dt, init_value=make("x  ( y", \'#not a comment\'))\n';
    expect(await digest(src, 'spec')).toBe('TensorSpec("a,  b", [4], dt, init_value=make("x  ( y", \'#not a comment\'))');
  });

  test('a string spanning lines becomes its quotes around ...', async () => {
    expect(await digest('f(x, doc="""one\n  two""")\n', 'host-call')).toBe('f(x, doc="""...""")');
  });

  test('a long spec keeps its name, init_value keyword and is_output, in source order', async () => {
    const src = `TensorSpec(\n  name,\n  [N_RANKS, *spec.shape, EXTRA_DIM_WITH_A_LONG_NAME],\n  spec.dtype,\n  init_value=${LONG_INIT},\n  is_output=name == "kv_cache",\n)\n`;
    const d = await digest(src, 'spec');
    expect(d.length).toBeLessThanOrEqual(100);
    expect(d).toMatch(/^TensorSpec\(name, /);
    expect(d).toMatch(/, init_value=[^,]*, is_output=name == "kv_cache"\)$/);
    // the shape goes before init_value's long value
    expect(d).toBe('TensorSpec(name, ..., spec.dtype, init_value=..., is_output=name == "kv_cache")');
  });

  test('positional init_value and is_output are kept like keywords', async () => {
    const src = `TensorSpec("acc", [ROWS_OF_THE_ACCUMULATOR, COLS_OF_THE_ACCUMULATOR, DEPTH_OF_IT], torch.float32, torch.zeros, True)\n`;
    expect(await digest(src, 'spec')).toBe('TensorSpec("acc", ..., torch.float32, torch.zeros, True)');
  });

  test('keyword order is the source order, whatever the role of each keyword', async () => {
    const src = 'TensorSpec(is_output=True, dtype=torch.float32, name="y", shape=[4])\n';
    expect(await digest(src, 'spec')).toBe('TensorSpec(is_output=True, dtype=torch.float32, name="y", shape=[4])');
  });

  test('nested calls and brackets are one argument each', async () => {
    const src = `run_jit(\n  golden_fn=lambda t: reference(t, (1, 2), [3, (4, 5)]),\n  fn=host_fn,\n  compile_cfg=CompileConfig(opt_level=3, dump_ir=True, backend=Backend.ASCEND, tiling=(64, 64)),\n  specs=build_tensor_specs(N_RANKS),\n)\n`;
    const d = await digest(src, 'harness');
    expect(d.length).toBeLessThanOrEqual(100);
    expect(d).toBe('run_jit(golden_fn=..., fn=host_fn, compile_cfg=..., specs=build_tensor_specs(N_RANKS))');
  });

  test('when dropping values is not enough, runs of other arguments become one ...', async () => {
    const others = Array.from({ length: 30 }, (_, i) => `opt${i}=${i}`).join(', ');
    const d = await digest(`run(program=Builder(), ${others}, specs=make_specs())\n`, 'harness');
    expect(d).toBe('run(program=Builder(), ..., specs=make_specs())');
  });

  test('kept values that are too long themselves are cut in their middle', async () => {
    const name = 'x'.repeat(300);
    const d = await digest(`TensorSpec("${name}", [4], dt, is_output=True)\n`, 'spec');
    expect(d.length).toBeLessThanOrEqual(120);
    expect(d).toMatch(/^TensorSpec\("x+\.\.\.x+", \.\.\., is_output=True\)$/);
  });

  test('a kept keyword whose value is a call shows the callee before giving up on it', async () => {
    const src = 'run_jit(\n  fn=host_fn,\n  specs=build_tensor_specs(\n    start_pos=args.start_pos,\n    layer_id=args.layer_id,\n  ),\n  golden_fn=golden_fn,\n  compile_only=args.compile_only,\n  runtime_dir=args.runtime_dir,\n)\n';
    expect(await digest(src, 'harness')).toBe('run_jit(fn=host_fn, specs=build_tensor_specs(...), golden_fn=..., compile_only=..., runtime_dir=...)');
  });

  test('a host call keeps the argument that passes the host param on', async () => {
    const args = Array.from({ length: 20 }, (_, i) => `input_tensor_${i}[r]`);
    args.splice(7, 0, 'kv_cache[r]');
    const src = `decode_layer(${args.join(', ')}, device=r)\n`;
    expect(await digest(src, 'host-call', undefined, 'kv_cache')).toBe('decode_layer(..., kv_cache[r], ...)');
    // a name that only contains the param's name is not a mention
    expect(await digest(src.replace('kv_cache[r]', 'old_kv_cache[r]'), 'host-call', undefined, 'kv_cache')).toBe('decode_layer(...)');
  });

  test('a host call keeps everything while it fits', async () => {
    expect(await digest('layer(x[r], kv_cache[r], y[r], r, device=r)\n', 'host-call')).toBe('layer(x[r], kv_cache[r], y[r], r, device=r)');
  });

  test('a node that is not a call shows its first line, collapsed', async () => {
    const tree = await parseSyntax('class Case(PTOTestCase):   # a case\n    pass\n');
    expect(digestCall(tree.rootNode.namedChildren[0]!, 'harness')).toBe('class Case(PTOTestCase):');
  });
});

describe('collapseSource and middle', () => {
  test('no space just inside brackets or before commas; backslash continuations are spaces', () => {
    expect(collapseSource('f( a ,\\\n  b [ 1 ] )')).toBe('f(a, b [1])');
  });

  test('middle keeps both ends', () => {
    expect(middle('abcdefghij', 7)).toBe('ab...ij');
    expect(middle('short', 7)).toBe('short');
  });
});
