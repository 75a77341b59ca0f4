import type { Node } from '../../parse/syntax-tree';
import type { Value } from '../eval/values';
import { codeChildren } from '../syntax';

/** A part of the entry's ABI a runner can check against the spec list. */
export type AbiPart = 'names' | 'order' | 'kind' | 'shape' | 'dtype' | 'direction';

/**
 * What a harness call's runner does with the spec list beyond binding it,
 * read from its source (never run):
 * - `none`: no ABI check; directions come from the specs (pypto-lib up to
 *   our snapshot, 634e77bd);
 * - `abi-check`: rejects a compiled artifact whose params differ from the
 *   specs (the parts in `checks`, direction included: pypto-lib #1019);
 * - `copies-directions`: copies each param's direction from the compiled
 *   signature onto its spec (the signature era), after whatever it checks;
 * - `unread`: the runner is not in the analyzed tree (pypto's own, or an
 *   import that does not resolve).
 */
export interface RunnerReading {
  kind: 'none' | 'abi-check' | 'copies-directions' | 'unread';
  /** The parts it rejects after compile (empty for `none`/`unread`). */
  checks: ReadonlySet<AbiPart>;
  /** The harness function read, when it was found. */
  at?: { path: string; line: number };
  why: string;
}

/** The message words that name each part in a raising function that reads the compiled params. */
const PART_WORDS: Array<[AbiPart, RegExp]> = [
  ['names', /without specs?|absent from|missing specs?|no spec named|parameter names?/i],
  ['order', /\border\b/i],
  ['kind', /\bscalar\b/i],
  ['shape', /\bshape\b/i],
  ['dtype', /\bdtype\b/i],
  ['direction', /\bdirection\b/i],
];

const readings = new WeakMap<object, Map<number, RunnerReading>>();

/**
 * Reads the runner a harness call resolves to. The harness function and the
 * functions of its module it calls (transitively) are searched for
 * - a check: a function that reads the compiled entry's params
 *   (`_get_metadata`), or one such a function calls, raising with messages
 *   that name ABI parts (names or order at least);
 * - direction copying: an assignment to a spec's `.direction`.
 * Memoized per function definition.
 */
export function readRunner(callee: Value, harnessId: string): RunnerReading {
  if (callee.k !== 'func') {
    const what = callee.k === 'extern' ? `${callee.name} is not in the analyzed tree` : callee.k === 'unknown' ? callee.why : `a ${callee.k} value`;
    return { kind: 'unread', checks: new Set(), why: `${harnessId}: runner not read (${what})` };
  }
  let memo = readings.get(callee.def.tree);
  if (!memo) readings.set(callee.def.tree, (memo = new Map()));
  let reading = memo.get(callee.def.startIndex);
  if (!reading) memo.set(callee.def.startIndex, (reading = readFunction(callee.def, callee.mod.parsed.tree.rootNode, callee.mod.path, callee.name)));
  return reading;
}

function readFunction(def: Node, root: Node, path: string, name: string): RunnerReading {
  const at = { path, line: def.startPosition.row + 1 };
  const defs = new Map<string, Node>();
  for (const st of codeChildren(root)) {
    const d = st.type === 'decorated_definition' ? st.childForFieldName('definition') : st;
    if (d?.type === 'function_definition') defs.set(d.childForFieldName('name')!.text, d);
  }
  const callees = (fn: Node): Node[] =>
    fn
      .descendantsOfType('call')
      .map((c) => c?.childForFieldName('function'))
      .filter((f): f is Node => f?.type === 'identifier')
      .map((f) => defs.get(f.text))
      .filter((d): d is Node => !!d);
  const reachable = new Set<Node>();
  const byStart = new Set<number>();
  const queue = [def];
  while (queue.length) {
    const fn = queue.pop()!;
    if (byStart.has(fn.startIndex)) continue;
    byStart.add(fn.startIndex);
    reachable.add(fn);
    queue.push(...callees(fn));
  }
  const readers = [...reachable].filter((fn) => fn.text.includes('_get_metadata'));
  const checkers = new Map<number, Node>();
  for (const r of readers) for (const fn of [r, ...callees(r)]) checkers.set(fn.startIndex, fn);
  const checks = new Set<AbiPart>();
  for (const fn of checkers.values()) {
    if (!fn.descendantsOfType('raise_statement').length) continue;
    const words = fn
      .descendantsOfType('string')
      .map((s) => s?.text ?? '')
      .join('\n');
    for (const [part, re] of PART_WORDS) if (re.test(words)) checks.add(part);
  }
  const copies = [...reachable].some((fn) =>
    fn.descendantsOfType('assignment').some((a) => {
      const left = a?.childForFieldName('left');
      return left?.type === 'attribute' && left.childForFieldName('attribute')?.text === 'direction';
    }),
  );
  const checked = checks.has('names') || checks.has('order');
  if (!checked) checks.clear();
  if (copies) checks.delete('direction'); // copied from the signature, never compared
  const list = [...checks].join(', ');
  if (copies) return { kind: 'copies-directions', checks, at, why: `${name} copies each param's direction from the compiled signature onto its spec${checked ? ` after checking ${list}` : ''}` };
  if (checked) return { kind: 'abi-check', checks, at, why: `${name} rejects a compiled entry whose ${list} differ from the specs` };
  return { kind: 'none', checks, at, why: `${name} has no ABI check and takes directions from the specs` };
}
