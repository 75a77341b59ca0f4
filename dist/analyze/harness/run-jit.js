"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runJit = void 0;
const adapter_1 = require("./adapter");
/**
 * `run_jit(fn=ENTRY, specs=SPECS, ...)`: the golden harness for `@pl.jit`
 * entries. Its runner compiles with dummy args built from the specs in list
 * order at every level (`fn.compile(*dummy_args)`), dispatches an L2 entry's
 * tensors in list order and reorders an L3 host's by name
 * (`_l3_ordered_args`): `JIT_BINDING`.
 */
exports.runJit = (0, adapter_1.keywordHarness)('run_jit', ['run_jit'], ['fn'], ['specs']);
//# sourceMappingURL=run-jit.js.map