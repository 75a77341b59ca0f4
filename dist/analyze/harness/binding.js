"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEST_CASE_BINDING = exports.PROGRAM_BINDING = exports.JIT_BINDING = void 0;
/** `run_jit(fn=, specs=)` and `run(fn=, specs=)`: compile by position at every level; L2 dispatch by position, L3 by name. */
exports.JIT_BINDING = {
    compile: 'position',
    dispatch: { l2: 'position', host: 'name' },
    counts: 'all',
    words: 'compiles with dummy args in list order at every level; dispatches an L2 entry by position, an L3 host by name',
};
/** `run(program=, specs=)`: the program compiles from its annotations; L2 dispatch by position, L3 by name. */
exports.PROGRAM_BINDING = {
    compile: 'none',
    dispatch: { l2: 'position', host: 'name' },
    counts: 'all',
    words: 'compiles the program from its annotations; dispatches an L2 entry by position, an L3 host by name',
};
/** pypto's `tests/st` harness: tensor specs to the orchestration function's tensor params, in order; names never compared. */
exports.TEST_CASE_BINDING = {
    compile: 'none',
    dispatch: { l2: 'position', host: 'position' },
    counts: 'tensors',
    words: 'binds tensor specs to tensor params in order (scalars skipped); names are never compared',
    knownRunner: "pto's tests/st harness binds tensor specs by place, compares the specs marked is_output and has no ABI check",
};
//# sourceMappingURL=binding.js.map