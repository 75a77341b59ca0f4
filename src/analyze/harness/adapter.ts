import type { Node } from '../../parse/syntax-tree';
import { CallArgs, callArgs, dottedName } from '../syntax';
import { JIT_BINDING, type HarnessBinding } from './binding';

/** Which arguments of a harness call name the entry and its golden specs. */
export interface HarnessMatch {
  target: Node;
  specs: Node;
  /** The golden function argument (`golden_fn=`, `golden=`), when given. */
  golden?: Node;
  /** The `compare_fn=` argument, when given. */
  compare?: Node;
}

/** Keywords naming the golden function and the per-output comparisons. */
const GOLDEN_KEYS = ['golden_fn', 'golden'];
const COMPARE_KEYS = ['compare_fn'];

/**
 * A test harness whose calls link an entry to golden specs, recognised by
 * the callee's name and its keywords (never by running it).
 */
export interface CallHarness {
  /** Stable id used in findings and explanations, e.g. `run_jit`. */
  id: string;
  /** Callee names (last component) this harness is called by. */
  calleeNames: readonly string[];
  /** How its runner binds the specs to the entry's params. */
  binding: HarnessBinding;
  match(call: Node, args: CallArgs): HarnessMatch | undefined;
}

/** Defines a harness recognised by callee name and keyword arguments. */
export function keywordHarness(id: string, calleeNames: string[], targetKeys: string[], specKeys: string[], binding: HarnessBinding = JIT_BINDING): CallHarness {
  return {
    id,
    calleeNames,
    binding,
    match(call, args) {
      const callee = dottedName(call.childForFieldName('function'));
      const last = callee?.slice(callee.lastIndexOf('.') + 1);
      if (!last || !calleeNames.includes(last)) return undefined;
      const target = targetKeys.map((k) => args.keywords.get(k)).find(Boolean);
      const specs = specKeys.map((k) => args.keywords.get(k)).find(Boolean);
      if (!target || !specs) return undefined;
      const golden = GOLDEN_KEYS.map((k) => args.keywords.get(k)).find(Boolean);
      const compare = COMPARE_KEYS.map((k) => args.keywords.get(k)).find(Boolean);
      return { target, specs, ...(golden ? { golden } : {}), ...(compare ? { compare } : {}) };
    },
  };
}

/** Matches a call against harnesses; undefined when none applies. */
export function matchHarness(call: Node, harnesses: readonly CallHarness[]): { harness: CallHarness; match: HarnessMatch } | undefined {
  const fn = call.childForFieldName('function');
  if (!fn || (fn.type !== 'identifier' && fn.type !== 'attribute')) return undefined;
  // cheap test first: this runs for every call the evaluator meets
  const last = fn.type === 'identifier' ? fn.text : fn.childForFieldName('attribute')?.text;
  if (!last || !harnesses.some((h) => h.calleeNames.includes(last))) return undefined;
  const args = callArgs(call);
  for (const harness of harnesses) {
    const match = harness.match(call, args);
    if (match) return { harness, match };
  }
  return undefined;
}
