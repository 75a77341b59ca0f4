"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runJit = void 0;
const adapter_1 = require("./adapter");
/** `run_jit(fn=ENTRY, specs=SPECS, ...)`: the golden harness for `@pl.jit` entries. */
exports.runJit = (0, adapter_1.keywordHarness)('run_jit', ['run_jit'], ['fn'], ['specs']);
//# sourceMappingURL=run-jit.js.map