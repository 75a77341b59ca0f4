import type { Node } from '../parse/syntax-tree';
import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { ModuleContext } from '../analyze/eval/module-context';
import type { Project } from '../analyze/project';
/** A host param passed to an L2 entry's param at one call site. */
export interface HostCall {
    host: PyptoFunction;
    hostParam: ParamInfo;
    callee: PyptoFunction;
    calleeParam: ParamInfo;
    site: Node;
}
/** A call in a host driver whose callee cannot be resolved statically. */
export interface UnknownCallee {
    host: PyptoFunction;
    name: string;
    site: Node;
}
/**
 * Finds, in every host driver, the calls to L2 entries and maps their
 * arguments to the callee's params by position and keyword. Only arguments
 * that are (subscripts of) the host's own params are kept.
 */
export declare function findHostCalls(project: Project, contexts: Map<string, ModuleContext>, functions: PyptoFunction[]): {
    calls: HostCall[];
    unknown: UnknownCallee[];
};
