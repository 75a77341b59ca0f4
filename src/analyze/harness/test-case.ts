import { getAttr } from '../eval/expressions';
import type { EvidenceFrame, Interp } from '../eval/interpreter';
import { ClassValue, Value, unknown } from '../eval/values';
import { TEST_CASE_BINDING, type HarnessBinding } from './binding';

/** What one test-case instance links: the program it returns and the specs it defines. */
export interface InstanceLink {
  target: Value;
  specs: Value;
  frame: EvidenceFrame;
  /** The bound golden method (`compute_expected`), if the class has one. */
  golden?: Value;
}

/**
 * A class-style harness: a test-case class whose instances name the entry
 * and the golden specs through methods. Each construction site
 * (`Case(Program, ...)`, in a test, a helper factory or a list) is linked
 * with the instance its constructor builds; a class never constructed is
 * linked with a bare instance.
 */
export interface ClassHarness {
  /** Stable id used in findings and explanations, e.g. `PTOTestCase`. */
  id: string;
  /** How its runner binds the specs to the entry's params. */
  binding: HarnessBinding;
  /** Base class names (last component) that make a class a test case. */
  bases: ReadonlySet<string>;
  /** Whether a class derives from a base of this harness (tests and their helper bases). */
  derives(cls: ClassValue): boolean;
  /** Whether instances of this class are linked (a test case that defines its program). */
  links(cls: ClassValue): boolean;
  /** Evaluates the program and the specs of one instance (never running the test). */
  link(interp: Interp, instance: Value & { k: 'instance' }): InstanceLink;
}

/** A class-style harness defined by its base names and its two methods. */
export function methodHarness(id: string, bases: string[], programMethod: string, specsMethod: string, goldenMethod: string, binding: HarnessBinding): ClassHarness {
  const baseNames = new Set(bases);
  return {
    id,
    binding,
    bases: baseNames,
    derives: (cls) => reachesBase(cls, baseNames),
    links(cls) {
      if (!reachesBase(cls, baseNames)) return false;
      // helper bases that leave the program to subclasses are not tests themselves
      const owner = definingClass(cls, programMethod);
      return !!owner && !baseNames.has(owner.name);
    },
    link(interp, instance) {
      const noArgs = { positional: [], keywords: new Map(), hasUnknownSplat: false };
      const call = (name: string): Value => {
        const m = getAttr(interp, instance, name);
        return m.k === 'func' ? interp.callFunction(m, noArgs, instance) : unknown(`${instance.cls.name}.${name} is not defined`);
      };
      const target = call(programMethod);
      const { value: specs, frame } = interp.withEvidence(() => call(specsMethod));
      const golden = getAttr(interp, instance, goldenMethod);
      return { target, specs, frame, ...(golden.k === 'func' ? { golden } : {}) };
    },
  };
}

/** A class whose base chain reaches one of `bases` (the base itself is not one). */
function reachesBase(cls: Value, bases: ReadonlySet<string>, seen = new Set<Value>()): boolean {
  if (seen.has(cls)) return false;
  seen.add(cls);
  if (cls.k === 'extern') return bases.has(cls.name.slice(cls.name.lastIndexOf('.') + 1));
  if (cls.k !== 'class' || bases.has(cls.name)) return false;
  return cls.bases.some((b) => (b.k === 'class' && bases.has(b.name)) || reachesBase(b, bases, seen));
}

/** The class (in MRO-like order) whose body defines `name`. */
function definingClass(cls: ClassValue, name: string, seen = new Set<Value>()): ClassValue | undefined {
  if (seen.has(cls)) return undefined;
  seen.add(cls);
  if (cls.attrs.has(name)) return cls;
  for (const base of cls.bases) {
    if (base.k !== 'class') continue;
    const found = definingClass(base, name, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * pypto's `tests/st` harness: `get_program()` gives the program class,
 * `define_tensors()` the specs, bound to the orchestration function's tensor
 * params by position; `compute_expected()` is its golden function.
 */
export const ptoTestCase = methodHarness('PTOTestCase', ['PTOTestCase'], 'get_program', 'define_tensors', 'compute_expected', TEST_CASE_BINDING);
