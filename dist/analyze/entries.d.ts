import type { Node } from '../parse/syntax-tree';
import type { ParsedModule } from '../parse/module';
import { Direction } from '../model';
import { PyptoSymbols } from './pypto-symbols';
/**
 * How a function is seen by pypto: an L2 orchestration entry (`@pl.jit`,
 * Orchestration/Opaque program methods), an L3 host driver (`@pl.jit.host`,
 * host-level program functions), an inline kernel (`@pl.jit.inline`, never
 * edited, only reported), or not a pypto function at all.
 */
export type FunctionRole = 'l2' | 'host' | 'inline' | 'kernel' | 'none';
/** What the annotation of a param says. */
export interface ParamInfo {
    name: string;
    node: Node;
    /** The annotation expression, if any. */
    annotation?: Node;
    direction: Direction;
    /** The `X.Out[...]` / `Out[...]` subscript when wrapped. */
    wrapper?: {
        node: Node;
        nameNode: Node;
        inner: Node;
    };
    /** 'tensor' for `X.Tensor[...]`, 'scalar' for `X.Scalar[...]`, else 'other'. */
    typeKind: 'tensor' | 'scalar' | 'other' | 'none';
    /** `# pypto-direction: ignore` on the param's line. */
    suppressed: boolean;
    line: number;
}
/** A function pypto treats specially. */
export interface PyptoFunction {
    role: FunctionRole;
    name: string;
    def: Node;
    /** The enclosing `@pl.program` class, for program methods. */
    programClass?: Node;
    params: ParamInfo[];
    module: ParsedModule;
}
/** The role given by a function's decorators (and its class's). */
export declare function roleOf(def: Node, symbols: PyptoSymbols): {
    role: FunctionRole;
    programClass?: Node;
};
/** Reads a param's annotation: its direction wrapper and the type inside. */
export declare function paramInfo(param: Node, lines: string[]): ParamInfo | undefined;
/**
 * `X[a, b]` as head and arguments. tree-sitter reads `pl.Out[...]` as a
 * subscript but a bare `Out[...]` in an annotation as a generic type.
 */
export declare function subscriptParts(node: Node): {
    head: Node;
    args: Node[];
} | undefined;
/**
 * {@link findFunctions} with the module's own symbols (`pyptoSymbols` of its
 * tree), remembered per parse: a pure function of its syntax, asked again by
 * every run of a language server's session, which keeps the parses. The
 * functions are shared between runs: nothing may change them.
 */
export declare function functionsOf(module: ParsedModule, ownSymbols: PyptoSymbols): readonly PyptoFunction[];
/** All pypto functions of a module with their role and params. */
export declare function findFunctions(module: ParsedModule, symbols: PyptoSymbols): PyptoFunction[];
