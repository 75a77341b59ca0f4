import type { SpecRecord } from '../../analyze/eval/values';
import { evidenceAt, specEvidence, specVerdict } from '../../decide/evidence';
import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import { invocationEra } from '../era';
import { appliedDirections } from '../direction';
import { entryLinks } from '../linked';
import { compareKeys, goldenOf, harnessNames } from '../golden';
import type { ParamInfo } from '../../analyze/entries';
import type { Analysis, Rule, RuleOutput } from '../types';
import { causedByFix, fixBreaksAbi } from './after-fix';

/**
 * `abi-agreement`: the golden harness's #1019 check, statically. In the
 * spec era the harness derives a direction from each spec it receives (not
 * is_output: In; is_output without init_value: Out; with: InOut) and
 * rejects a compiled entry whose param says otherwise, either way.
 */
export const abiAgreementRule: Rule = {
  id: 'abi-agreement',
  summary: 'spec era: the direction each received spec implies must equal the entry param\'s (#1019), either way',
  defaultOn: true,
  fixes: {},
  edits: [],
  kinds: ['abi-mismatch', 'golden-disagrees', 'fix-breaks-abi'],
  supersedes: ['no-output-evidence'],
  example: [
    'TensorSpec("cmp_kv", [B, N, D], torch.bfloat16, init_value=cache)   # not an output: In',
    'cmp_kv: pl.Out[pl.Tensor[[B, N, D], pl.BF16]]',
    '-> abi-mismatch cmp_kv: direction spec=In artifact=Out (report only; exit 1 with --strict)',
  ].join('\n'),
  run(a: Analysis, selected): RuleOutput {
    const findings: Finding[] = [];
    // the artifact is compiled from the source as fix leaves it: a param fix raises agrees once written
    const after = selected.has('direction') ? fixedDirections(a) : new Map<string, Direction>();
    const seen = new Set<string>();
    for (const link of entryLinks(a)) {
      if (invocationEra(link.inv, a.era).era !== 'spec') continue;
      for (const [param, specs] of link.final) {
        if (param.typeKind === 'scalar') continue; // the harness derives In for scalars; pypto has no other
        if (param.suppressed) continue; // `# pypto-direction: ignore` keeps the param out of every rule
        const wanted = new Map<Direction, SpecRecord>();
        for (const spec of specs.keys()) {
          const v = specVerdict(spec);
          if (v.kind === 'direction' && !wanted.has(v.direction)) wanted.set(v.direction, spec);
        }
        // several candidate specs (branches): only a disagreement of every one of them is certain
        const artifact = after.get(paramKey(link.entry.module.path, param)) ?? param.direction;
        if (!wanted.size || wanted.has(artifact)) continue;
        const [first, spec] = [...wanted.entries()][0];
        const key = `${link.entry.module.path}:${param.line}:${param.name}:${first}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (artifact !== param.direction && causedByFix(param.direction, wanted)) {
          findings.push(fixBreaksAbi(link, param, spec, first, artifact));
          continue;
        }
        findings.push({
          kind: 'abi-mismatch',
          path: link.entry.module.path,
          line: param.line,
          column: param.node.startPosition.column + 1,
          entry: link.entry.name,
          param: param.name,
          spec: first,
          artifact,
          evidence: [specEvidence(spec), evidenceAt('harness', link.inv.site.path, link.inv.site.node)],
        });
      }
    }
    findings.push(...goldenCrossCheck(a));
    return { findings, fixes: [] };
  },
};

/**
 * Spec era, shown with -v: a spec marked output that the golden function
 * never writes (nor compare_fn names), and a golden write to a tensor no
 * spec marks as output. Only goldens read completely are cross-checked.
 */
function goldenCrossCheck(a: Analysis): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const link of entryLinks(a)) {
    if (invocationEra(link.inv, a.era).era !== 'spec') continue;
    const reading = goldenOf(a, link.inv);
    if (!reading || reading.unresolved.length) continue;
    const compared = compareKeys(link.inv.compare);
    const harness = evidenceAt('harness', link.inv.site.path, link.inv.site.node);
    for (const [name, param] of harnessNames(link)) {
      const specs = [...(link.final.get(param)?.keys() ?? [])].filter((s) => s.name.k === 'str' && s.name.v === name);
      const verdicts = specs.map(specVerdict);
      if (!specs.length || verdicts.some((v) => v.kind !== 'direction')) continue;
      const marked = verdicts.map((v) => (v as { direction: Direction }).direction).find((d) => d !== 'In');
      const use = reading.uses.get(name);
      const key = `${link.entry.module.path}:${param.line}:${name}`;
      if (seen.has(key)) continue;
      const ref = { path: link.entry.module.path, line: param.line, column: param.node.startPosition.column + 1, entry: link.entry.name, param: param.name };
      if (marked && !use && !compared.has(name)) {
        seen.add(key);
        out.push({ kind: 'golden-disagrees', ...ref, direction: marked, golden: 'In', evidence: [specEvidence(specs[0]), harness] });
      } else if (!marked && use && verdicts.length === specs.length) {
        seen.add(key);
        out.push({ kind: 'golden-disagrees', ...ref, direction: 'In', golden: use.direction, evidence: [evidenceAt(use.role, use.path, use.node), specEvidence(specs[0]), harness] });
      }
    }
  }
  return out;
}

function paramKey(path: string, p: ParamInfo): string {
  return `${path}:${p.line}:${p.node.startPosition.column + 1}`;
}

/** Params the direction rule raises in this run (the fixes it applies), with their new direction. */
export function fixedDirections(a: Analysis): Map<string, Direction> {
  return appliedDirections(a);
}
