"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shapeCheck = void 0;
const evidence_1 = require("../../../decide/evidence");
const param_types_1 = require("../param-types");
/**
 * The shape, where both sides are decided: a dim that is dynamic, symbolic
 * or undecided on either side accepts anything (as the runtime's -1 does);
 * a rank that differs never does. Packed dtypes (FP4) are not compared.
 */
exports.shapeCheck = {
    part: 'shape',
    run(ctx) {
        if (ctx.link.inv.binding.counts !== 'all')
            return [];
        const out = [];
        for (const p of ctx.link.entry.params) {
            if (p.typeKind !== 'tensor')
                continue;
            const s = ctx.paired(p);
            if (!s || s.cls !== 'TensorSpec' || s.name.k !== 'str')
                continue;
            const t = ctx.typeOf(p);
            const dims = (0, param_types_1.specDims)(s);
            if (!t.dims || !dims || param_types_1.PACKED.has(t.dtype ?? '') || param_types_1.PACKED.has((0, param_types_1.specDtype)(s)?.pl ?? ''))
                continue;
            if (!(0, param_types_1.shapesDiffer)(dims, t.dims))
                continue;
            const [specShape, paramShape] = [(0, param_types_1.shapeText)(dims), (0, param_types_1.shapeText)(t.dims)];
            const fix = `make the spec's shape ${paramShape} or the annotation ${specShape}`;
            const unchecked = ctx.compile === 'position'
                ? `compiled for the spec's shape ${specShape}, not the annotated ${paramShape} (pypto's JIT takes shapes from the compile args); ${fix}`
                : `a ${specShape} tensor is passed where the program was compiled for ${paramShape}; ${fix}`;
            out.push({ kind: 'spec-shape', ...ctx.ref(p), spec: s.name.v, specShape, paramShape, evidence: [(0, evidence_1.specEvidence)(s), ctx.harness], ...ctx.say('shape', unchecked) });
        }
        return out;
    },
};
//# sourceMappingURL=shape.js.map