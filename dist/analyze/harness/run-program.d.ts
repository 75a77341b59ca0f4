/**
 * `run(program=PROGRAM, specs=SPECS)` and the older
 * `run(program=PROGRAM, tensor_specs=SPECS, golden=...)`. A `run(...)` without
 * these keywords (`runtime.run(compiled, *args)`) is not a golden harness.
 */
export declare const runProgram: import("./adapter").CallHarness;
