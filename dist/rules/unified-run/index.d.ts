import type { Rule } from '../types';
/**
 * `unified-run`: pypto-lib replaced `run_jit(fn=, compile_cfg=,
 * runtime_cfg=)` and `run(program=, ...)` by one
 * `run(fn=ENTRY, specs=..., golden_fn=..., config=dict(...))` whose
 * `config` holds the compile and runtime keys side by side. On by default
 * where the file's golden package is that unified one (its `run` takes
 * `fn=` and `config=` and it exports no `run_jit`: a file still calling
 * `run_jit` fails at import); elsewhere with `--extend-select unified-run`.
 */
export declare const unifiedRunRule: Rule;
