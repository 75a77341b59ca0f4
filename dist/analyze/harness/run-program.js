"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runProgram = void 0;
const adapter_1 = require("./adapter");
/**
 * `run(program=PROGRAM, specs=SPECS)` and the older
 * `run(program=PROGRAM, tensor_specs=SPECS, golden=...)`. A `run(...)` without
 * these keywords (`runtime.run(compiled, *args)`) is not a golden harness.
 */
exports.runProgram = (0, adapter_1.keywordHarness)('run', ['run'], ['program'], ['specs', 'tensor_specs']);
//# sourceMappingURL=run-program.js.map