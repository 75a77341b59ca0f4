/**
 * `run(program=PROGRAM, specs=SPECS)` and the older
 * `run(program=PROGRAM, tensor_specs=SPECS, golden=...)`. A `run(...)` without
 * these keywords (`runtime.run(compiled, *args)`) is not a golden harness.
 * Its runner compiles the program from its annotations (`ir.compile(program)`)
 * and dispatches as `run_jit` does: {@link PROGRAM_BINDING}.
 */
export declare const runProgram: import("./adapter").CallHarness;
