import type { CliIO } from './main';
/** A command that analyzes paths. */
export type PathCommand = 'fix' | 'check' | 'explain';
/**
 * Runs one command: `argv` are the parsed flags, resolved over the config
 * file by `resolveOptions` (the same function the language server uses);
 * resolves to the exit code.
 */
export declare function run(command: PathCommand, given: string[], argv: Record<string, unknown>, io: CliIO): Promise<number>;
