/** How a runner gives each spec to the entry: by its place in the list or by its name. */
export type BindMode = 'position' | 'name';
/**
 * How a harness's runner binds the specs it receives to the entry's params,
 * read from the runner (pypto-lib `golden/runner.py`, pypto `tests/st`).
 */
export interface HarnessBinding {
    /**
     * How the specs reach the compile: `position` when the runner compiles
     * with dummy args built in list order (`run_jit`: `fn.compile(*dummy_args)`,
     * the spec at place i gives param i its shape and dtype, at every level);
     * `none` when the program compiles from its own annotations (`run(program=)`).
     */
    compile: 'position' | 'none';
    /** How dispatch hands each spec's tensor to an L2 entry and to an L3 host. */
    dispatch: {
        l2: BindMode;
        host: BindMode;
    };
    /** Which params the places count: every param, or tensor params only (scalars skipped). */
    counts: 'all' | 'tensors';
    /** The runner's binding in words, for explanations. */
    words: string;
    /** For a harness whose runner is not the tree's `golden` package: what it is known to do (it has no ABI check). */
    knownRunner?: string;
}
/** `run_jit(fn=, specs=)` and `run(fn=, specs=)`: compile by position at every level; L2 dispatch by position, L3 by name. */
export declare const JIT_BINDING: HarnessBinding;
/** `run(program=, specs=)`: the program compiles from its annotations; L2 dispatch by position, L3 by name. */
export declare const PROGRAM_BINDING: HarnessBinding;
/** pypto's `tests/st` harness: tensor specs to the orchestration function's tensor params, in order; names never compared. */
export declare const TEST_CASE_BINDING: HarnessBinding;
