import { keywordHarness } from './adapter';

/**
 * The unified harness `run(fn=ENTRY, specs=SPECS, golden_fn=..., config=...)`:
 * links by name like `run_jit`. `run(program=...)` is the older form.
 */
export const runFn = keywordHarness('run', ['run'], ['fn'], ['specs']);
