"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.abiAgreementRule = exports.ABI_CHECKS = void 0;
exports.fixedDirections = fixedDirections;
const direction_1 = require("../direction");
const linked_1 = require("../linked");
const direction_2 = require("./checks/direction");
const dtype_1 = require("./checks/dtype");
const kind_1 = require("./checks/kind");
const names_1 = require("./checks/names");
const order_1 = require("./checks/order");
const shape_1 = require("./checks/shape");
const context_1 = require("./context");
const golden_cross_check_1 = require("./golden-cross-check");
/**
 * The checks of the family, in the order pypto-lib's runtime ABI check runs
 * them (names first, then order, then each param's kind, shape and dtype;
 * the direction last). Adding one: a module under `checks/` and a line here.
 */
exports.ABI_CHECKS = [names_1.namesCheck, order_1.orderCheck, kind_1.kindCheck, shape_1.shapeCheck, dtype_1.dtypeCheck, direction_2.directionCheck];
/**
 * `abi-agreement`: the runtime ABI check, statically, before any compile.
 * Each harness call's final spec list is checked against the entry it links
 * (name set, order, kind, shape, dtype, direction), as the tree's runner
 * binds it; each finding says what that runner does with it (read from its
 * source) and is pending only where the runner rejects it. What cannot be
 * decided is not said.
 */
exports.abiAgreementRule = {
    id: 'abi-agreement',
    summary: "the spec list checked against the entry as the runtime ABI check does (names, order, kind, shape, dtype, direction #1019), with what this tree's runner does about it",
    defaultOn: true,
    fixes: {},
    edits: [],
    kinds: ['abi-mismatch', 'fix-breaks-abi', 'unmatched-spec', 'spec-missing', 'spec-name', 'spec-order', 'spec-kind', 'spec-shape', 'spec-dtype', 'golden-disagrees'],
    supersedes: ['no-output-evidence'],
    example: [
        'TensorSpec("cmp_kv", [B, N, D], torch.bfloat16, init_value=cache)   # not an output: In',
        'cmp_kv: pl.Out[pl.Tensor[[B, N, D], pl.BF16]]',
        '-> abi-mismatch cmp_kv: direction spec=In artifact=Out (written on device, never compared with golden, ...)',
        'TensorSpec("x", [N, M], torch.float32)  with  x: pl.Tensor[[M, N], pl.FP32]   (M != N)',
        "-> spec-shape x: shape spec=[N, M] param=[M, N] (compiled for the spec's shape, ...)",
        'pending (exit 1) where the tree\'s runner rejects it; else report only (exit 1 with --strict; spec-name never)',
    ].join('\n'),
    run(a, selected) {
        // the artifact is compiled from the source as fix leaves it: a param fix raises agrees once written
        const after = selected.has('direction') ? fixedDirections(a) : new Map();
        const findings = [];
        const seen = new Set();
        for (const link of (0, linked_1.entryLinks)(a)) {
            const ctx = (0, context_1.linkContext)(a, link, after);
            for (const check of exports.ABI_CHECKS) {
                for (const f of check.run(ctx)) {
                    // several paths (and harness calls) of one entry say the same thing once
                    const key = `${f.kind}:${f.path}:${f.line}:${f.column}:${'param' in f ? f.param : ''}:${'spec' in f ? f.spec : ''}:${'consequence' in f ? f.consequence : ''}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    if ('consequence' in f && !f.runner)
                        f.runner = ctx.runner.why;
                    findings.push(f);
                }
            }
        }
        findings.push(...(0, golden_cross_check_1.goldenCrossCheck)(a));
        return { findings, fixes: [] };
    },
};
/** Params the direction rule raises in this run (the fixes it applies), with their new direction. */
function fixedDirections(a) {
    return (0, direction_1.appliedDirections)(a);
}
//# sourceMappingURL=index.js.map