/** `run_jit(fn=ENTRY, specs=SPECS, ...)`: the golden harness for `@pl.jit` entries. */
export declare const runJit: import("./adapter").CallHarness;
