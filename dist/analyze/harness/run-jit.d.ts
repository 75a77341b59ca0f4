/**
 * `run_jit(fn=ENTRY, specs=SPECS, ...)`: the golden harness for `@pl.jit`
 * entries. Its runner compiles with dummy args built from the specs in list
 * order at every level (`fn.compile(*dummy_args)`), dispatches an L2 entry's
 * tensors in list order and reorders an L3 host's by name
 * (`_l3_ordered_args`): `JIT_BINDING`.
 */
export declare const runJit: import("./adapter").CallHarness;
