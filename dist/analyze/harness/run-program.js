"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runProgram = void 0;
const adapter_1 = require("./adapter");
const binding_1 = require("./binding");
/**
 * `run(program=PROGRAM, specs=SPECS)` and the older
 * `run(program=PROGRAM, tensor_specs=SPECS, golden=...)`. A `run(...)` without
 * these keywords (`runtime.run(compiled, *args)`) is not a golden harness.
 * Its runner compiles the program from its annotations (`ir.compile(program)`)
 * and dispatches as `run_jit` does: {@link PROGRAM_BINDING}.
 */
exports.runProgram = (0, adapter_1.keywordHarness)('run', ['run'], ['program'], ['specs', 'tensor_specs'], binding_1.PROGRAM_BINDING);
//# sourceMappingURL=run-program.js.map