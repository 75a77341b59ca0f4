import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import { appliedDirections } from '../direction';
import { entryLinks } from '../linked';
import type { Analysis, Rule, RuleOutput } from '../types';
import { directionCheck } from './checks/direction';
import { dtypeCheck } from './checks/dtype';
import { kindCheck } from './checks/kind';
import { namesCheck } from './checks/names';
import { orderCheck } from './checks/order';
import { shapeCheck } from './checks/shape';
import { AbiCheck, linkContext } from './context';
import { goldenCrossCheck } from './golden-cross-check';

/**
 * The checks of the family, in the order pypto-lib's runtime ABI check runs
 * them (names first, then order, then each param's kind, shape and dtype;
 * the direction last). Adding one: a module under `checks/` and a line here.
 */
export const ABI_CHECKS: readonly AbiCheck[] = [namesCheck, orderCheck, kindCheck, shapeCheck, dtypeCheck, directionCheck];

/**
 * `abi-agreement`: the runtime ABI check, statically, before any compile.
 * Each harness call's final spec list is checked against the entry it links
 * (name set, order, kind, shape, dtype, direction), as the tree's runner
 * binds it; each finding says what that runner does with it (read from its
 * source) and is pending only where the runner rejects it. What cannot be
 * decided is not said.
 */
export const abiAgreementRule: Rule = {
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
  run(a: Analysis, selected): RuleOutput {
    // the artifact is compiled from the source as fix leaves it: a param fix raises agrees once written
    const after = selected.has('direction') ? fixedDirections(a) : new Map<string, Direction>();
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const link of entryLinks(a)) {
      const ctx = linkContext(a, link, after);
      for (const check of ABI_CHECKS) {
        for (const f of check.run(ctx)) {
          // several paths (and harness calls) of one entry say the same thing once
          const key = `${f.kind}:${f.path}:${f.line}:${f.column}:${'param' in f ? f.param : ''}:${'spec' in f ? f.spec : ''}:${'consequence' in f ? f.consequence : ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if ('consequence' in f && !f.runner) f.runner = ctx.runner.why;
          findings.push(f);
        }
      }
    }
    findings.push(...goldenCrossCheck(a));
    return { findings, fixes: [] };
  },
};

/** Params the direction rule raises in this run (the fixes it applies), with their new direction. */
export function fixedDirections(a: Analysis): Map<string, Direction> {
  return appliedDirections(a);
}
