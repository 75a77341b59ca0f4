"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.directionCheck = void 0;
const evidence_1 = require("../../../decide/evidence");
const era_1 = require("../../era");
const after_fix_1 = require("../after-fix");
/** What a runner without a check does with a tensor whose spec says one direction and whose param another. */
const UNCHECKED = {
    In: {
        Out: 'written on device, never compared with golden, and its input data is never uploaded (Out)',
        InOut: 'written on device, never compared with golden',
    },
    Out: {
        In: 'never copied back: compared with golden as the zeros the runner uploads nothing into',
        InOut: 'uploaded as zeros before the kernel runs',
    },
    InOut: {
        In: 'never copied back: golden is compared with its initial contents',
        Out: 'its init_value is never uploaded (Out): the kernel starts from uninitialized memory',
    },
};
/**
 * The direction (#1019): in the spec era the runner derives one from each
 * spec (not is_output: In; is_output without init_value: Out; with: InOut)
 * and the artifact's param (the source as `fix` leaves it) must equal it,
 * either way. A runner that copies directions from the signature has none
 * to compare.
 */
exports.directionCheck = {
    part: 'direction',
    run(ctx) {
        if (ctx.runner.kind === 'copies-directions')
            return [];
        if ((0, era_1.invocationEra)(ctx.link.inv, ctx.a.era).era !== 'spec')
            return [];
        const out = [];
        for (const [param, specs] of ctx.link.final) {
            if (param.typeKind === 'scalar')
                continue; // the harness derives In for scalars; pypto has no other
            if (param.suppressed)
                continue; // `# pypto-direction: ignore` keeps the param out of every rule
            const wanted = new Map();
            for (const spec of specs.keys()) {
                const v = (0, evidence_1.specVerdict)(spec);
                if (v.kind === 'direction' && !wanted.has(v.direction))
                    wanted.set(v.direction, spec);
            }
            // several candidate specs (branches): only a disagreement of every one of them is certain
            const artifact = ctx.artifactOf(param);
            if (!wanted.size || wanted.has(artifact))
                continue;
            const [first, spec] = [...wanted.entries()][0];
            // a mismatch this run's fix causes is pending work, not a report (issue 19)
            if (artifact !== param.direction && (0, after_fix_1.causedByFix)(param.direction, wanted)) {
                // said as this tree's runner does it (no claim of a check the tree does not have)
                out.push({ ...(0, after_fix_1.fixBreaksAbi)(ctx.link, param, spec, first, artifact), runnerSays: ctx.say('direction', UNCHECKED[first][artifact]).consequence });
                continue;
            }
            const fix = `give the spec ${first === artifact ? '' : artifact === 'In' ? 'is_output=False' : artifact === 'Out' ? 'is_output=True and no init_value' : 'is_output=True and an init_value'}`;
            const unchecked = `${UNCHECKED[first][artifact]}; ${fix}`;
            out.push({ kind: 'abi-mismatch', ...ctx.ref(param), spec: first, artifact, evidence: [(0, evidence_1.specEvidence)(spec), ctx.harness], ...ctx.say('direction', unchecked) });
        }
        return out;
    },
};
//# sourceMappingURL=direction.js.map