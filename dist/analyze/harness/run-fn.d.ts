/**
 * The unified harness `run(fn=ENTRY, specs=SPECS, golden_fn=..., config=...)`:
 * links by name like `run_jit`. `run(program=...)` is the older form.
 */
export declare const runFn: import("./adapter").CallHarness;
