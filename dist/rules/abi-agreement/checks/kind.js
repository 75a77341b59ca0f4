"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kindCheck = void 0;
const evidence_1 = require("../../../decide/evidence");
/** The kind: a ScalarSpec meant for a tensor param, or a TensorSpec for a Scalar param. */
exports.kindCheck = {
    part: 'kind',
    run(ctx) {
        if (ctx.link.inv.binding.counts !== 'all')
            return [];
        const out = [];
        for (const p of ctx.link.entry.params) {
            if (p.typeKind !== 'tensor' && p.typeKind !== 'scalar')
                continue;
            const s = ctx.paired(p);
            if (!s || s.name.k !== 'str')
                continue;
            const specKind = s.cls === 'ScalarSpec' ? 'scalar' : 'tensor';
            if (specKind === p.typeKind)
                continue;
            const given = specKind === 'scalar' ? 'a Python scalar' : 'a tensor';
            const takes = p.typeKind === 'tensor' ? 'a tensor' : 'a Scalar';
            const fix = specKind === 'scalar' ? 'make it a TensorSpec' : 'make it a ScalarSpec';
            const unchecked = ctx.compile === 'position' ? `compiled with ${given} where the entry takes ${takes}; ${fix}` : `the runner passes ${given} where the program takes ${takes}; ${fix}`;
            out.push({ kind: 'spec-kind', ...ctx.ref(p), spec: s.name.v, specKind, paramKind: p.typeKind, evidence: [(0, evidence_1.specEvidence)(s), ctx.harness], ...ctx.say('kind', unchecked) });
        }
        return out;
    },
};
//# sourceMappingURL=kind.js.map