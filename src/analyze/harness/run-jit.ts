import { keywordHarness } from './adapter';

/** `run_jit(fn=ENTRY, specs=SPECS, ...)`: the golden harness for `@pl.jit` entries. */
export const runJit = keywordHarness('run_jit', ['run_jit'], ['fn'], ['specs']);
