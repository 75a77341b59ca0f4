/** A sink the CLI writes its output to (see `CliIO`). */
export interface Output {
    write(s: string): unknown;
    isTTY?: boolean;
}
/**
 * Whether Node writes descriptor `fd` synchronously, with its file stream (a
 * regular file, or a device that is no terminal: /dev/full, /dev/null):
 * nothing is ever pending there, so there is nothing to flush.
 */
export declare function writtenSynchronously(fd: number): boolean;
/**
 * Where `stream` (descriptor `fd`) is redirected to a regular file, a sink
 * that writes every byte or fails loudly: Node's own stream for a file
 * ignores how many bytes a write took, so on a full disk `fix - > out.py`
 * would leave a cut file and exit as if all went well. A failure throws a
 * ToolError naming the file (the run ends with exit 2), or is ignored when
 * `quiet` (standard error: there is nowhere left to say it). Pipes,
 * sockets and terminals keep the stream, which writes everything.
 */
export declare function completeOutput<S extends Output>(stream: S, fd: number, name: string, quiet?: boolean): Output | S;
