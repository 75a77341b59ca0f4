import * as path from 'path';
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../decide/findings';
import type { Direction } from '../model';
import type { FileResult } from '../run/pipeline';
import { messageOf, ruleInWords } from '../report/messages';
import { findingRange, uriOf } from './diagnostics';

type ParamFinding = Extract<Finding, { param: string }>;

/** The direction a param has and the one its evidence wants ("?" where none is decided). */
function directions(f: ParamFinding): { now: Direction; wanted: Direction | '?' } {
  switch (f.kind) {
    case 'fix':
    case 'suppressed':
      return { now: f.from, wanted: f.to };
    case 'unresolved':
      return { now: f.from, wanted: '?' };
    case 'stronger-than-needed':
    case 'no-output-evidence':
      return { now: f.direction, wanted: f.needed };
    case 'ok':
      return { now: f.direction, wanted: f.direction };
    case 'abi-mismatch':
      return { now: f.artifact, wanted: f.spec };
    case 'fix-breaks-abi':
      return { now: f.before, wanted: f.artifact };
    default:
      return { now: 'direction' in f ? f.direction : 'In', wanted: '?' };
  }
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/**
 * Hover on an entry param's name: its direction now and the one wanted, each
 * finding's message and rule, and the evidence chain (spec, harness, host
 * call) as links.
 */
export function hoverAt(doc: TextDocument, res: FileResult, position: Position, cwd: string): Hover | undefined {
  const inside = (f: Finding): f is ParamFinding => {
    if (!('param' in f)) return false;
    const r = findingRange(f, doc);
    return r.start.line === position.line && r.start.character <= position.character && position.character <= r.end.character;
  };
  const here = res.findings.filter(inside);
  if (!here.length) return undefined;
  // a spec-list finding carries no direction: the param's own finding (fix, ok, ...) heads the hover
  const first = here.find((f) => f.kind === 'fix') ?? here.find((f) => !('consequence' in f) || f.kind === 'abi-mismatch') ?? here[0];
  const { now, wanted } = directions(first);
  const lines = [`**${first.entry}.${first.param}**: ${code(now)} now, wanted ${wanted === '?' ? 'undecided' : code(wanted)}`, ''];
  const seen = new Set<string>();
  for (const f of here) {
    lines.push(`- ${code(f.kind)} ${messageOf(f)}`);
    const rule = ruleInWords(f);
    if (rule) lines.push(`  - rule: ${rule}`);
    for (const e of 'evidence' in f ? f.evidence : []) {
      const where = `${path.relative(cwd, path.resolve(e.path)) || e.path}:${e.line}`;
      if (seen.has(`${where} ${e.role}`)) continue;
      seen.add(`${where} ${e.role}`);
      lines.push(`  - ${e.role} [${where}](${uriOf(e.path)}#L${e.line}): ${code(e.text)}${e.says ? ` (${e.says})` : ''}`);
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: findingRange(first, doc) };
}
