import type { Node } from '../../parse/syntax-tree';
import { dottedName } from '../../analyze/syntax';
import { evidenceAt, specEvidence, specVerdict } from '../../decide/evidence';
import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import { invocationEra, specEra } from '../era';
import { compareKeys, goldenOf, harnessNames } from '../golden';
import { entryLinks } from '../linked';
import type { Analysis } from '../types';

/** Inside `is_output=...` of a spec or replace call: a forwarding the migration removes, not a read that stays. */
function insideKeyword(node: Node, specClasses: ReadonlySet<string>): boolean {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (n.type === 'keyword_argument' && n.childForFieldName('name')?.text === 'is_output') {
      const callee = dottedName(n.parent?.parent?.childForFieldName('function'));
      const last = callee?.slice(callee.lastIndexOf('.') + 1) ?? '';
      return specClasses.has(last) || callee === 'replace' || callee === 'dataclasses.replace';
    }
    if (n.type === 'function_definition' || n.type === 'module') return false;
  }
  return false;
}

/**
 * Report-only findings of the signature era: `.is_output`/`.is_input` read
 * on a spec before the harness stamps it (the new TensorSpec raises there),
 * and params the new harness compares although their spec was an input
 * (#1050); the evidence shows whether the golden writes them or compare_fn
 * names them (if neither, the comparison is against zeros).
 */
export function migrationWarnings(a: Analysis, after: Map<string, Direction>): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const read of a.directionReads) {
    if (seen.has(read.node.id) || insideKeyword(read.node, a.specClassNames) || specEra(read.spec, a.era).era !== 'signature') continue;
    seen.add(read.node.id);
    const attr = read.node.childForFieldName('attribute')!.text;
    out.push({ kind: 'reads-unstamped-direction', path: read.path, line: read.node.startPosition.row + 1, column: read.node.startPosition.column + 1, attr, detail: read.node.parent?.text.split('\n')[0].trim().slice(0, 80) ?? read.node.text });
  }
  const reported = new Set<string>();
  for (const link of entryLinks(a)) {
    if (invocationEra(link.inv, a.era).era !== 'signature') continue;
    // only while the specs still speak the old language: a spec without the keyword there was an input
    if (![...link.inv.evidence.keys()].some((s) => s.isOutputArg)) continue;
    const golden = goldenOf(a, link.inv);
    const compared = compareKeys(link.inv.compare);
    for (const [name, param] of harnessNames(link)) {
      const key = `${link.entry.module.path}:${param.line}:${param.node.startPosition.column + 1}`;
      const direction = after.get(key) ?? param.direction;
      const specs = [...(link.final.get(param)?.keys() ?? [])];
      if (direction === 'In' || !specs.length || reported.has(key)) continue;
      if (!specs.every((s) => { const v = specVerdict(s); return v.kind === 'direction' && v.direction === 'In'; })) continue;
      reported.add(key);
      const use = golden?.uses.get(name);
      const covered = use ? [evidenceAt(use.role, use.path, use.node)] : compared.has(name) ? [evidenceAt('compare-fn', link.inv.site.path, link.inv.site.node, `compare_fn["${name}"]`)] : [];
      out.push({
        kind: 'newly-validated',
        path: link.entry.module.path,
        line: param.line,
        column: param.node.startPosition.column + 1,
        entry: link.entry.name,
        param: param.name,
        direction,
        evidence: [specEvidence(specs[0]), ...covered, evidenceAt('harness', link.inv.site.path, link.inv.site.node)],
      });
    }
  }
  return out;
}
