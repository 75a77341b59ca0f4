import { readGolden } from '../src/analyze/golden/reader';
import { evaluate } from './helpers/evaluate';

/** name -> direction the golden function `g` of a snippet asks for, plus unresolved reasons. */
async function read(src: string): Promise<{ dirs: Record<string, string>; roles: Record<string, string>; unresolved: string[] }> {
  const m = await evaluate(src);
  const r = readGolden(m.get('g'))!;
  const dirs: Record<string, string> = {};
  const roles: Record<string, string> = {};
  for (const [k, u] of r.uses) {
    dirs[k] = u.direction;
    roles[k] = u.role;
  }
  return { dirs, roles, unresolved: r.unresolved.map((u) => u.why) };
}

describe('golden function reader', () => {
  test('whole overwrites make an output; inputs that are only read give nothing', async () => {
    const r = await read(`def g(tensors):
    x = tensors["x"] * 2
    tensors["a"][:] = x
    tensors["b"].copy_(x)
    tensors["c"].zero_()
    tensors["d"].fill_(1.0)
    tensors["e"] = x + tensors["w"]
    tensors["f"][...] = x
`);
    expect(r.dirs).toEqual({ a: 'Out', b: 'Out', c: 'Out', d: 'Out', e: 'Out', f: 'Out' });
    expect(r.roles.a).toBe('golden-write');
  });

  test('updates depending on old contents make InOut: augmented, in-place op, read or clone first, partial writes only', async () => {
    const r = await read(`def g(tensors):
    tensors["acc"] += 1
    tensors["s"].add_(tensors["x"])
    old = tensors["kv"].clone()
    tensors["kv"][:] = old
    tensors["p"][0] = 1
    tensors["q"][1:, :] = 2
    y = tensors["r"] + 1
    tensors["r"][:] = y
`);
    expect(r.dirs).toEqual({ acc: 'InOut', s: 'InOut', kv: 'InOut', p: 'InOut', q: 'InOut', r: 'InOut' });
    expect(r.roles.kv).toBe('golden-read');
  });

  test('a read after the whole overwrite, and metadata reads before it, keep Out', async () => {
    const r = await read(`import torch
def g(tensors):
    buf = torch.zeros_like(tensors["y"])
    n = tensors["y"].shape[0]
    tensors["y"][:] = buf
    z = tensors["y"] * 2
    tensors["y"][0] = z[0]
`);
    expect(r.dirs).toEqual({ y: 'Out' });
  });

  test('aliases, dict copies and helpers receiving the dict are followed', async () => {
    const r = await read(`def write_out(t, value):
    t["out"][:] = value

def bump(ts):
    ts["cnt"] += 1

def g(tensors):
    y = tensors["y"]
    y[:] = 0
    k = tensors["kv"]
    k.mul_(2)
    row = tensors["rows"][3]
    row[:] = 1
    write_out(tensors, 5)
    bump(ts=tensors)
    full = dict(tensors)
    full["tmp"] = 0
    full["tmp"][:] = 3
    full["z"][:] = 4
`);
    expect(r.dirs).toEqual({ y: 'Out', kv: 'InOut', rows: 'InOut', out: 'Out', cnt: 'InOut', z: 'Out' });
  });

  test('loops over literal keys are unrolled; branches that may not write give InOut', async () => {
    const r = await read(`import sys
NAMES = ("a", "b")
def g(tensors):
    for name in NAMES:
        tensors[name][:] = 1
    for n in ["c"]:
        tensors[n] += 1
    if sys.argv:
        tensors["d"][:] = 1
    else:
        tensors["d"][:] = 2
    if sys.argv:
        tensors["e"][:] = 1
    for r in range(4):
        tensors["f"][r] = r
`);
    expect(r.dirs).toEqual({ a: 'Out', b: 'Out', c: 'InOut', d: 'Out', e: 'InOut', f: 'InOut' });
  });

  test('an undecidable key or the dict handed to unknown code is unresolved, never guessed', async () => {
    const r = await read(`import ext
def g(tensors):
    for name in ext.names():
        tensors[name][:] = 0
    tensors[f"{ext.p}_out"] = 1
    ext.fill(tensors)
    print(tensors["x"])
`);
    expect(r.dirs).toEqual({});
    expect(r.unresolved).toEqual([
      'a golden write with a key that cannot be decided',
      'a golden write with a key that cannot be decided',
      expect.stringMatching(/passed to ext\.fill, which cannot be followed/),
    ]);
  });

  test('writes through views land in the harness tensor', async () => {
    const r = await read(`def g(tensors):
    for r in range(2):
        cache = tensors["kv"][r].view(-1, 4)
        cache[0] = 1
    tensors["flat"].view(-1).copy_(tensors["x"].view(-1))
`);
    expect(r.dirs).toEqual({ kv: 'InOut', flat: 'Out' });
  });

  test('entries re-keyed into a copy or a literal dict are followed into helpers', async () => {
    const r = await read(`def attn(t):
    t["state"][:] = 0
    t["cache"][0] = 1

def g(tensors):
    mapped = dict(tensors)
    mapped.update({"state": tensors["hca_state"]})
    mapped["cache"] = tensors["kv_cache"][1]
    attn(mapped)
    attn({"state": tensors["s2"], "cache": tensors["c2"]})
`);
    expect(r.dirs).toEqual({ hca_state: 'Out', kv_cache: 'InOut', s2: 'Out', c2: 'InOut' });
    expect(r.unresolved).toEqual([]);
  });

  test('a write guarded by "k" in tensors counts only where the tensor exists', async () => {
    const r = await read(`def g(tensors):
    if "ids" in tensors:
        tensors["ids"].zero_()
        tensors["ids"][:, 0] = 1
`);
    expect(r.dirs).toEqual({ ids: 'Out' });
  });

  test("PTOTestCase's compute_expected(self, tensors, params): the dict is the param after self", async () => {
    const r = await read(`class Case:
    def compute_expected(self, tensors, params=None):
        tensors["out"][:] = tensors["a"] + 1
        tensors["acc"] += tensors["a"]

g = Case().compute_expected
`);
    expect(r.dirs).toEqual({ out: 'Out', acc: 'InOut' });
  });

  test('tensors put into a fresh dict under undecidable keys, or stored elsewhere, make the reading unresolved', async () => {
    const r = await read(`import ext
def g(tensors):
    views = {}
    for name in ext.names():
        views[name] = tensors[name]
    ext.attention(views)
    t = tensors[ext.pick()]
    t[:] = 0
    holder = ext.Holder()
    holder.buf = tensors["y"]
    pool = ext.zeros(4)
    pool[0] = tensors["x"][1]
`);
    expect(r.unresolved).toEqual([
      expect.stringMatching(/passed to ext\.attention, which cannot be followed/),
      'a golden write with a key that cannot be decided',
      'a harness tensor is stored where it cannot be followed',
    ]);
  });

  test('a no-op lambda golden writes nothing', async () => {
    const m = await evaluate('g = lambda _t: None\n');
    expect([...readGolden(m.get('g'))!.uses.keys()]).toEqual([]);
  });
});
