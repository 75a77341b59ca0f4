import type { SpecRecord } from '../../../analyze/eval/values';
import { specEvidence, specVerdict } from '../../../decide/evidence';
import type { Finding } from '../../../decide/findings';
import type { Direction } from '../../../model';
import { invocationEra } from '../../era';
import { causedByFix, fixBreaksAbi } from '../after-fix';
import type { AbiCheck } from '../context';

/** What a runner without a check does with a tensor whose spec says one direction and whose param another. */
const UNCHECKED: Record<Direction, Partial<Record<Direction, string>>> = {
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
export const directionCheck: AbiCheck = {
  part: 'direction',
  run(ctx) {
    if (ctx.runner.kind === 'copies-directions') return [];
    if (invocationEra(ctx.link.inv, ctx.a.era).era !== 'spec') return [];
    const out: Finding[] = [];
    for (const [param, specs] of ctx.link.final) {
      if (param.typeKind === 'scalar') continue; // the harness derives In for scalars; pypto has no other
      if (param.suppressed) continue; // `# pypto-direction: ignore` keeps the param out of every rule
      const wanted = new Map<Direction, SpecRecord>();
      for (const spec of specs.keys()) {
        const v = specVerdict(spec);
        if (v.kind === 'direction' && !wanted.has(v.direction)) wanted.set(v.direction, spec);
      }
      // several candidate specs (branches): only a disagreement of every one of them is certain
      const artifact = ctx.artifactOf(param);
      if (!wanted.size || wanted.has(artifact)) continue;
      const [first, spec] = [...wanted.entries()][0];
      // a mismatch this run's fix causes is pending work, not a report (issue 19)
      if (artifact !== param.direction && causedByFix(param.direction, wanted)) {
        // said as this tree's runner does it (no claim of a check the tree does not have)
        out.push({ ...fixBreaksAbi(ctx.link, param, spec, first, artifact), runnerSays: ctx.say('direction', UNCHECKED[first][artifact]!).consequence } as Finding);
        continue;
      }
      const fix = `give the spec ${first === artifact ? '' : artifact === 'In' ? 'is_output=False' : artifact === 'Out' ? 'is_output=True and no init_value' : 'is_output=True and an init_value'}`;
      const unchecked = `${UNCHECKED[first][artifact]}; ${fix}`;
      out.push({ kind: 'abi-mismatch', ...ctx.ref(param), spec: first, artifact, evidence: [specEvidence(spec), ctx.harness], ...ctx.say('direction', unchecked) });
    }
    return out;
  },
};
