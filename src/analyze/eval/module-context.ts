import type { ParsedModule } from '../../parse/module';
import { Scope } from './scope';

/** A module as the evaluator sees it: its parse and its (lazily run) globals. */
export class ModuleContext {
  readonly globals: Scope;
  /** 'new' until its top level is first evaluated; 'running' guards import cycles. */
  state: 'new' | 'running' | 'done' = 'new';

  constructor(readonly parsed: ParsedModule) {
    this.globals = new Scope(this, 'module');
  }

  get path(): string {
    return this.parsed.path;
  }
}
