import type { Node } from 'web-tree-sitter';
import type { ParamInfo, PyptoFunction } from '../../analyze/entries';
import type { EraOfCall } from '../../analyze/eval/era';
import { SpecRecord, truthy } from '../../analyze/eval/values';
import { evidenceAt, reachableSpecs, specEvidence, specVerdict } from '../../decide/evidence';
import type { Finding, KeywordKeptReason } from '../../decide/findings';
import { Direction, rank } from '../../model';
import { deleteKeywordEdit } from '../../rewrite/delete-keyword';
import { fixedDirections } from '../abi-agreement';
import { specEra } from '../era';
import { entryLinks } from '../linked';
import type { Analysis, Fix, Rule, RuleOutput } from '../types';
import { KeywordSite, keywordSites } from './keywords';
import { migrationWarnings } from './warnings';

type Keep = { reason: KeywordKeptReason; detail: string };

/**
 * `is-output-migration`: in the signature era the entry's signature carries
 * the direction and `TensorSpec` takes no `is_output`. Every `is_output=`
 * keyword left is stale; fix deletes it once the linked param has (after
 * this run's direction fixes) at least the direction it asks for, or when
 * it is False. A keyword that is not linked or cannot be decided stays and
 * is reported with the reason: it is the last record of an output.
 */
export const isOutputMigrationRule: Rule = {
  id: 'is-output-migration',
  summary: 'signature era: stale is_output= keywords go once the signature carries the direction',
  defaultOn: true,
  fixes: { 'remove-keyword': 'safe' },
  edits: ['delete-keyword'],
  kinds: ['stale-is-output', 'reads-unstamped-direction', 'newly-validated'],
  example: [
    'golden/spec.py: TensorSpec has no is_output init field (direction stamped by the harness)',
    'TensorSpec("y", [4], torch.float32, is_output=True)  with  y: pl.Tensor[[4], pl.FP32]',
    '-> fix: y: pl.Out[pl.Tensor[[4], pl.FP32]]  and  TensorSpec("y", [4], torch.float32)',
  ].join('\n'),
  run(a: Analysis, selected): RuleOutput {
    const findings: Finding[] = [];
    const fixes: Fix[] = [];
    const records = recordsBySite(a);
    const after = selected.has('direction') ? fixedDirections(a) : new Map<string, Direction>();
    const linked = linkedParams(a);
    const received = new Set(a.invocations.flatMap((inv) => [...reachableSpecs(inv.specs).keys()]));
    const sites = a.modules.flatMap((mod) => keywordSites(mod.path, mod.root, mod.text, a.specClassNames).map((site) => ({ site, mod })));
    const kept = new Map<number, Keep>();
    for (const { site } of sites) {
      const recs = records.get(site.call.id) ?? [];
      if (eraOfSite(a, site, recs)?.era !== 'signature') continue;
      const keep = decideKeyword(site, recs, linked, after, received);
      if (keep) kept.set(site.kw.id, keep);
    }
    // a keyword whose value a kept keyword forwards (`is_output=src.is_output`) stays too, or the next run reads False there
    for (let changed = true; changed; ) {
      changed = false;
      for (const read of a.directionReads) {
        const holder = sites.find(({ site }) => kept.has(site.kw.id) && read.node.startIndex >= site.kw.startIndex && read.node.endIndex <= site.kw.endIndex && read.path === site.path);
        const source = holder && keywordOf(read.spec);
        if (!holder || !source || kept.has(source.id)) continue;
        kept.set(source.id, { reason: 'forwarded', detail: `its value is forwarded by the kept keyword at line ${holder.site.kw.startPosition.row + 1}` });
        changed = true;
      }
    }
    for (const { site, mod } of sites) {
      const recs = records.get(site.call.id) ?? [];
      if (eraOfSite(a, site, recs)?.era !== 'signature') continue;
      const keep = kept.get(site.kw.id);
      const edit = keep ? undefined : deleteKeywordEdit(mod.text, site.kw);
      const why = keep ?? (edit ? undefined : { reason: 'layout' as const, detail: 'a comment inside the argument would be lost' });
      const f: Finding = {
        kind: 'stale-is-output',
        path: mod.path,
        line: site.kw.startPosition.row + 1,
        column: site.kw.startPosition.column + 1,
        spec: specName(site, recs),
        keyword: site.kw.text.split('\n')[0].slice(0, 80),
        ...(why ? { keep: why } : {}),
        evidence: [evidenceAt('keyword', mod.path, site.call), ...recs.slice(0, 1).map(specEvidence)],
      };
      findings.push(f);
      if (edit) fixes.push({ finding: f, edits: [edit], kind: 'remove-keyword' });
    }
    findings.push(...migrationWarnings(a, after));
    return { findings, fixes };
  },
};

/** The `is_output=` keyword a spec's value comes from (its own, or that of the spec it copies). */
function keywordOf(spec: SpecRecord): Node | undefined {
  for (let s: SpecRecord | undefined = spec; s; s = s.replaced) if (s.isOutputArg) return s.isOutputArg;
  return undefined;
}

/** Spec records by the call that built them (every evaluation of every harness). */
function recordsBySite(a: Analysis): Map<number, SpecRecord[]> {
  const out = new Map<number, SpecRecord[]>();
  for (const inv of a.invocations) {
    for (const spec of inv.evidence.keys()) {
      const list = out.get(spec.site.node.id) ?? [];
      if (!list.includes(spec)) list.push(spec);
      out.set(spec.site.node.id, list);
    }
  }
  return out;
}

/** The era of a keyword's call: its records' (the class they were built from), else its callee's. */
function eraOfSite(a: Analysis, site: KeywordSite, recs: SpecRecord[]): EraOfCall | undefined {
  if (a.era !== 'auto') return { era: a.era, why: 'configured' };
  const withEra = recs.find((r) => r.era);
  if (withEra) return specEra(withEra, a.era);
  if (site.form === 'spec') return a.eraAt(site.path, site.call.childForFieldName('function')!);
  return undefined; // a replace() never evaluated: its spec's class is unknown
}

/** Params each spec record is bound to, over every harness link (final list and all evidence). */
function linkedParams(a: Analysis): Map<SpecRecord, Array<{ fn: PyptoFunction; param: ParamInfo }>> {
  const out = new Map<SpecRecord, Array<{ fn: PyptoFunction; param: ParamInfo }>>();
  for (const link of entryLinks(a)) {
    for (const bound of [link.final, link.all]) {
      for (const [param, specs] of bound) {
        for (const spec of specs.keys()) {
          const list = out.get(spec) ?? [];
          if (!list.some((x) => x.param === param)) list.push({ fn: link.entry, param });
          out.set(spec, list);
        }
      }
    }
  }
  return out;
}

/**
 * Why a keyword must stay, or undefined when it can go: every value it
 * takes is False, or each linked spec it makes an output is bound to a
 * param that has (after this run) at least the direction it asks for.
 */
function decideKeyword(
  site: KeywordSite,
  recs: SpecRecord[],
  linked: Map<SpecRecord, Array<{ fn: PyptoFunction; param: ParamInfo }>>,
  after: Map<string, Direction>,
  received: Set<SpecRecord>,
): Keep | undefined {
  const own = recs.filter((r) => r.isOutputArg?.id === site.kw.id);
  if (!own.length) {
    if (/^False$/.test(site.kw.childForFieldName('value')!.text.trim())) return undefined;
    return { reason: 'not-linked', detail: 'the call is not evaluated for any harness' };
  }
  // an undecidable value may ask for anything up to InOut: only a param that already has InOut satisfies it
  const outputs: Array<{ rec: SpecRecord; wants: Direction; undecidable?: string }> = [];
  for (const rec of own) {
    const t = truthy(rec.isOutput);
    if (t === undefined) {
      outputs.push({ rec, wants: 'InOut', undecidable: `is_output=${site.kw.childForFieldName('value')!.text.slice(0, 40)} cannot be folded for every spec it builds` });
      continue;
    }
    if (!t) continue;
    const v = specVerdict(rec);
    outputs.push(v.kind === 'undecidable' ? { rec, wants: 'InOut', undecidable: v.detail } : { rec, wants: v.direction });
  }
  const lost = outputs.find((o) => o.undecidable && !(linked.get(o.rec) ?? []).length);
  if (lost) return { reason: 'undecidable', detail: lost.undecidable! };
  if (!outputs.length) return undefined; // False for every spec it builds
  const bound = outputs.filter((o) => (linked.get(o.rec) ?? []).length);
  // a spec a harness receives but no param takes: its keyword may be all that says it is an output
  const unmatched = outputs.find((o) => !(linked.get(o.rec) ?? []).length && received.has(o.rec));
  if (unmatched) return { reason: 'not-linked', detail: `spec "${specName(site, [unmatched.rec])}" is received by a harness but bound to no entry param` };
  // otherwise unbound specs were only built on the way (data for other specs, which are checked themselves): inert
  if (!bound.length && !outputs.length) return { reason: 'not-linked', detail: `spec "${specName(site, own)}" is bound to no entry param` };
  for (const o of bound) {
    for (const { fn, param } of linked.get(o.rec)!) {
      const now = after.get(`${fn.module.path}:${param.line}:${param.node.startPosition.column + 1}`) ?? param.direction;
      if (rank(now) >= rank(o.wants)) continue;
      if (o.undecidable) return { reason: 'undecidable', detail: `${o.undecidable}; ${fn.name}.${param.name} is ${now}` };
      return { reason: 'direction-missing', detail: `${fn.name}.${param.name} is ${now}, the keyword asks for ${o.wants}` };
    }
  }
  return undefined;
}

function specName(site: KeywordSite, recs: SpecRecord[]): string {
  const named = recs.find((r) => r.name.k === 'str');
  if (named && named.name.k === 'str') return named.name.v;
  const first = site.call.childForFieldName('arguments')?.namedChildren[0] as Node | undefined;
  if (!first) return '?';
  return first.type === 'string' && !first.descendantsOfType('interpolation').length ? first.text.slice(1, -1) : first.text.slice(0, 40);
}
