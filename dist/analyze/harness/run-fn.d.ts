/**
 * The unified harness `run(fn=ENTRY, specs=SPECS, golden_fn=..., config=...)`:
 * binds as `run_jit` does (`JIT_BINDING`). `run(program=...)` is the older form.
 */
export declare const runFn: import("./adapter").CallHarness;
