import type { EvidenceFrame, Interp } from '../eval/interpreter';
import { ClassValue, Value } from '../eval/values';
import { type HarnessBinding } from './binding';
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
    link(interp: Interp, instance: Value & {
        k: 'instance';
    }): InstanceLink;
}
/** A class-style harness defined by its base names and its two methods. */
export declare function methodHarness(id: string, bases: string[], programMethod: string, specsMethod: string, goldenMethod: string, binding: HarnessBinding): ClassHarness;
/**
 * pypto's `tests/st` harness: `get_program()` gives the program class,
 * `define_tensors()` the specs, bound to the orchestration function's tensor
 * params by position; `compute_expected()` is its golden function.
 */
export declare const ptoTestCase: ClassHarness;
