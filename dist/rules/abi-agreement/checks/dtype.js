"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dtypeCheck = void 0;
const evidence_1 = require("../../../decide/evidence");
const param_types_1 = require("../param-types");
/** The dtype: the pypto DataType the spec's torch dtype maps to against the annotation's pl dtype, both decided. */
exports.dtypeCheck = {
    part: 'dtype',
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
            const spec = (0, param_types_1.specDtype)(s);
            const param = ctx.typeOf(p).dtype;
            if (!spec || !param || spec.pl === param)
                continue;
            const fix = `make the spec's dtype the torch dtype of pl.${param}, or the annotation pl.${spec.pl}`;
            const unchecked = ctx.compile === 'position'
                ? `compiled for ${spec.torch} (pl.${spec.pl}), not the annotated pl.${param} (pypto's JIT takes dtypes from the compile args); ${fix}`
                : `a ${spec.torch} tensor is passed where the program was compiled for pl.${param}; ${fix}`;
            out.push({ kind: 'spec-dtype', ...ctx.ref(p), spec: s.name.v, specDtype: spec.torch, paramDtype: `pl.${param}`, evidence: [(0, evidence_1.specEvidence)(s), ctx.harness], ...ctx.say('dtype', unchecked) });
        }
        return out;
    },
};
//# sourceMappingURL=dtype.js.map