/** The file `npm run compile` writes next to the compiled modules. */
export declare const BUILD_ID_FILE = "build-id.json";
/**
 * Identifies the code that produced a cached result: the package version plus
 * a hash of the compiled sources. The version alone is not enough: installs
 * from a git URL (pre-commit) keep the version while the analysis changes, and
 * a cached result from older code must never be replayed.
 */
export declare function buildId(): string;
/** sha256 (hex, 16 chars) over every source file under `dir`, by relative path, in a fixed order. */
export declare function hashSources(dir: string): string;
