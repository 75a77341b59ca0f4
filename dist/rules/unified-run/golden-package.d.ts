import type { Analysis } from '../types';
/** What a file's `golden` package offers, read (never run) from its `__init__`. */
export interface GoldenPackage {
    /** Its `run` takes `fn=` and `config=` and it no longer exports `run_jit`. */
    unified: boolean;
    /** The package's directory: its own modules are the harness, never converted. */
    dir: string;
}
/** The golden package `import golden` finds from a file, or undefined when none resolves. */
export declare function goldenPackageOf(a: Analysis, file: string): GoldenPackage | undefined;
