import { decide } from '../../decide/decide';
import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import { directionEdits } from '../../rewrite/edits';
import { goldenEvidence } from './golden-evidence';
import type { Analysis, Fix, Rule, RuleOutput } from '../types';

/** The direction decisions of an analysis, computed once and shared by rules. */
export function decisions(a: Analysis): Finding[] {
  let d = a.memo.get('direction') as Finding[] | undefined;
  if (!d) {
    const golden = goldenEvidence(a);
    d = [...golden.problems, ...decide(a.functions, a.invocations, a.problems, a.hostCalls, a.evidence, golden.extra)];
    a.memo.set('direction', d);
  }
  return d;
}

/**
 * The fix kind of a direction fix: `declared` when a spec (or compare_fn)
 * marks the param an output or it already is one (the compared set stays as
 * declared; an Out raised to InOut only uploads the initial contents the
 * golden starts from); `golden-only` when only the golden function writes an
 * In param (a state buffer the test may leave uncompared on purpose).
 */
export function directionFixKind(f: Extract<Finding, { kind: 'fix' }>): 'declared' | 'golden-only' {
  return f.undeclared ? 'golden-only' : 'declared';
}

/**
 * Params whose direction this run's fix writes, with the new direction:
 * safe fixes, and unsafe ones too with --unsafe-fixes. Rules that reason
 * about the source as `fix` leaves it read this.
 */
export function appliedDirections(a: Analysis): Map<string, Direction> {
  const out = new Map<string, Direction>();
  for (const f of decisions(a)) {
    if (f.kind !== 'fix') continue;
    if (directionRule.fixes[directionFixKind(f)] === 'unsafe' && !a.unsafeFixes) continue;
    out.set(`${f.path}:${f.line}:${f.column}`, f.to);
  }
  return out;
}

/**
 * `direction`: every entry param gets the direction its linked golden
 * evidence requires (the original rule of the tool, in `decide/`).
 */
export const directionRule: Rule = {
  id: 'direction',
  summary: 'entry params get the pl.Out / pl.InOut direction their golden evidence requires',
  defaultOn: true,
  fixes: { declared: 'safe', 'golden-only': 'unsafe' },
  edits: ['wrap', 'rename'],
  kinds: ['fix', 'ok', 'not-linked', 'suppressed', 'unresolved', 'stronger-than-needed', 'no-output-evidence', 'inline-wrapper', 'looks-written', 'unmatched-spec', 'unlinked-harness', 'unknown-callee', 'spec-order', 'evidence-conflict'],
  example: [
    'TensorSpec("acc", [4], torch.float32, init_value=torch.zeros, is_output=True)',
    '-> fix: acc: pl.Tensor[[4], pl.FP32]  becomes  acc: pl.InOut[pl.Tensor[[4], pl.FP32]]',
  ].join('\n'),
  run(a: Analysis, selected): RuleOutput {
    const findings: Finding[] = [];
    const fixes: Fix[] = [];
    for (const f of decisions(a)) {
      // the inline-wrapper rule, when on, reports these itself (with a fix)
      if (f.kind === 'inline-wrapper' && selected.has('inline-wrapper')) continue;
      if (f.kind !== 'fix') {
        findings.push(f);
        continue;
      }
      const param = a.paramAt(f.path, f.param, f.line, f.column)!;
      const symbols = a.symbols.get(f.path);
      const edits = symbols && directionEdits(param, f.to, symbols);
      if (!edits) {
        findings.push({ kind: 'unresolved', path: f.path, line: f.line, column: f.column, entry: f.entry, param: f.param, reason: 'no-spelling', from: f.from, detail: `no pypto.language alias or ${f.to} import to spell the wrapper`, evidence: f.evidence });
        continue;
      }
      findings.push(f);
      fixes.push({ finding: f, edits, kind: directionFixKind(f) });
    }
    return { findings, fixes };
  },
};
