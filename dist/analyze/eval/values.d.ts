import type { Node } from '../../parse/syntax-tree';
import type { ModuleContext } from './module-context';
import type { Scope } from './scope';
import type { EraOfCall } from './era';
/** Where a value or spec came from: a file and a syntax node in it. */
export interface Site {
    path: string;
    node: Node;
}
/** A `TensorSpec(...)`/`ScalarSpec(...)` value as far as it could be evaluated. */
export interface SpecRecord {
    cls: 'TensorSpec' | 'ScalarSpec';
    name: Value;
    /** `is_output`; a literal False when not given. */
    isOutput: Value;
    /** `init_value`; undefined when not given (the spec's default is None). */
    initValue: Value | undefined;
    shape: Value;
    dtype: Value;
    site: Site;
    /** The harness era of the call that built it (a re-made spec keeps its source's). */
    era?: EraOfCall;
    /** The `is_output=` keyword argument node written at this call, if any. */
    isOutputArg?: Node;
    /** For `dataclasses.replace(spec, ...)`: the spec it copies. */
    replaced?: SpecRecord;
}
/**
 * An undecided test about a run-time value (an opaque or unknown value, kept
 * by identity): `subject == v`, `subject in (v, ...)` or `bool(subject)`.
 * Path exploration assumes it one way or the other and remembers the choice.
 */
export interface Fact {
    subject: Value;
    /** `has`: the run-time collection `subject` holds the one literal in `values` (`"--x" in sys.argv`). */
    test: 'eq' | 'in' | 'has' | 'truthy';
    /** Literal values compared with (one for `eq`). */
    values: Value[];
    negated: boolean;
    /** Source text of the test, for naming paths. */
    text: string;
}
/**
 * The abstract values of the static evaluator. Anything it cannot decide is
 * `unknown` with a reason; `opaque` is a value known to exist (not None) whose
 * content is not modelled, such as the result of a `torch` call. An `inexact`
 * collection holds at least its items; `why` says why it is inexact when
 * that is worth telling (it stopped growing at a size bound).
 */
export type Value = {
    k: 'unknown';
    why: string;
    at?: Site;
    fact?: Fact;
    input?: true;
} | {
    k: 'none';
} | {
    k: 'bool';
    v: boolean;
} | {
    k: 'num';
    v: number;
} | {
    k: 'str';
    v: string;
} | {
    k: 'seq';
    tuple: boolean;
    items: Value[];
    inexact?: boolean;
    why?: string;
} | {
    k: 'set';
    items: Value[];
    inexact?: boolean;
    why?: string;
} | {
    k: 'dict';
    entries: Array<[Value, Value]>;
    inexact?: boolean;
    why?: string;
} | {
    k: 'spec';
    spec: SpecRecord;
} | {
    k: 'func';
    def: Node;
    mod: ModuleContext;
    closure: Scope;
    name: string;
    self?: Value;
} | {
    k: 'lambda';
    node: Node;
    mod: ModuleContext;
    closure: Scope;
} | {
    k: 'class';
    def: Node;
    mod: ModuleContext;
    name: string;
    attrs: Map<string, Value>;
    bases: Value[];
} | {
    k: 'instance';
    cls: Value & {
        k: 'class';
    };
    attrs: Map<string, Value>;
} | {
    k: 'module';
    mod: ModuleContext;
} | {
    k: 'extern';
    name: string;
} | {
    k: 'opaque';
    why: string;
} | {
    k: 'oneOf';
    options: Value[];
} | {
    k: 'builtin';
    name: string;
    self?: Value;
};
export type ClassValue = Value & {
    k: 'class';
};
export type FuncValue = Value & {
    k: 'func';
};
export declare const NONE: Value;
export declare const TRUE: Value;
export declare const FALSE: Value;
/** An unknown value with the reason it could not be evaluated. */
export declare function unknown(why: string, at?: Site): Value;
/** True for a value the evaluator could not decide. */
export declare function isUnknown(v: Value): v is Value & {
    k: 'unknown';
};
/**
 * Whether a value is None: 'none', 'notNone', or 'unknown'. A union is only
 * decided when every option agrees.
 */
export declare function nullness(v: Value): 'none' | 'notNone' | 'unknown';
/** Python truthiness, or undefined when it cannot be decided. */
export declare function truthy(v: Value): boolean | undefined;
/** Python `==` on literal values; undefined when undecidable. */
export declare function looseEquals(a: Value, b: Value): boolean | undefined;
/**
 * A union of candidate values, flattened; a single option is returned as is.
 * Past {@link MAX_OPTIONS} distinct options it is unknown.
 */
export declare function oneOf(options: Value[]): Value;
/** The options of a union, or the value itself. */
export declare function optionsOf(v: Value): Value[];
