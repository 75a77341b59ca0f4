"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ModuleContext = void 0;
const scope_1 = require("./scope");
/** A module as the evaluator sees it: its parse and its (lazily run) globals. */
class ModuleContext {
    parsed;
    globals;
    /** 'new' until its top level is first evaluated; 'running' guards import cycles. */
    state = 'new';
    constructor(parsed) {
        this.parsed = parsed;
        this.globals = new scope_1.Scope(this, 'module');
    }
    get path() {
        return this.parsed.path;
    }
}
exports.ModuleContext = ModuleContext;
//# sourceMappingURL=module-context.js.map