import { SettingsOf } from './workspace';
/** Options of `pypto-direction server`. */
export interface ServerOptions {
    /** A folder's settings: its config file and the server's flags, resolved by the CLI's resolver. */
    settingsOf: SettingsOf;
    /** Debounce after a change, in ms. */
    debounceMs?: number;
}
/**
 * Runs the language server on stdin/stdout until the client sends `exit`
 * (or closes the stream); the process then exits (code 0 after `shutdown`,
 * else 1). The returned promise never settles: the server owns the process.
 */
export declare function startServer(options: ServerOptions): Promise<never>;
