/**
 * Replaces a file's bytes atomically: a temporary file in the same directory
 * is written completely, flushed to disk, read back and renamed over the
 * target, keeping its mode (and owner where allowed); the directory is
 * flushed after. On a failure (a full disk) the temporary file is removed
 * and the target keeps its bytes. A symlink is written through to its target. A
 * file that changed since it was read, or that is read-only, is refused;
 * so is a link whose target lies outside `roots` (the real paths given).
 */
export declare function writeAtomic(file: string, original: Uint8Array, data: Buffer, roots?: string[]): void;
