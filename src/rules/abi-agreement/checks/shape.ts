import { specEvidence } from '../../../decide/evidence';
import type { Finding } from '../../../decide/findings';
import type { AbiCheck } from '../context';
import { PACKED, shapeText, shapesDiffer, specDims, specDtype } from '../param-types';

/**
 * The shape, where both sides are decided: a dim that is dynamic, symbolic
 * or undecided on either side accepts anything (as the runtime's -1 does);
 * a rank that differs never does. Packed dtypes (FP4) are not compared.
 */
export const shapeCheck: AbiCheck = {
  part: 'shape',
  run(ctx) {
    if (ctx.link.inv.binding.counts !== 'all') return [];
    const out: Finding[] = [];
    for (const p of ctx.link.entry.params) {
      if (p.typeKind !== 'tensor') continue;
      const s = ctx.paired(p);
      if (!s || s.cls !== 'TensorSpec' || s.name.k !== 'str') continue;
      const t = ctx.typeOf(p);
      const dims = specDims(s);
      if (!t.dims || !dims || PACKED.has(t.dtype ?? '') || PACKED.has(specDtype(s)?.pl ?? '')) continue;
      if (!shapesDiffer(dims, t.dims)) continue;
      const [specShape, paramShape] = [shapeText(dims), shapeText(t.dims)];
      const fix = `make the spec's shape ${paramShape} or the annotation ${specShape}`;
      const unchecked =
        ctx.compile === 'position'
          ? `compiled for the spec's shape ${specShape}, not the annotated ${paramShape} (pypto's JIT takes shapes from the compile args); ${fix}`
          : `a ${specShape} tensor is passed where the program was compiled for ${paramShape}; ${fix}`;
      out.push({ kind: 'spec-shape', ...ctx.ref(p), spec: s.name.v, specShape, paramShape, evidence: [specEvidence(s), ctx.harness], ...ctx.say('shape', unchecked) });
    }
    return out;
  },
};
