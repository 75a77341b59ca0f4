"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runFn = void 0;
const adapter_1 = require("./adapter");
/**
 * The unified harness `run(fn=ENTRY, specs=SPECS, golden_fn=..., config=...)`:
 * binds as `run_jit` does (`JIT_BINDING`). `run(program=...)` is the older form.
 */
exports.runFn = (0, adapter_1.keywordHarness)('run', ['run'], ['fn'], ['specs']);
//# sourceMappingURL=run-fn.js.map