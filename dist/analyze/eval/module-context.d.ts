import type { ParsedModule } from '../../parse/module';
import { Scope } from './scope';
/** A module as the evaluator sees it: its parse and its (lazily run) globals. */
export declare class ModuleContext {
    readonly parsed: ParsedModule;
    readonly globals: Scope;
    /** 'new' until its top level is first evaluated; 'running' guards import cycles. */
    state: 'new' | 'running' | 'done';
    constructor(parsed: ParsedModule);
    get path(): string;
}
