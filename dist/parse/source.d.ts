/** A decoded source file: its text without BOM, and what must survive a rewrite. */
export interface SourceText {
    /** Text without a leading BOM; all offsets in the tool refer to this string. */
    text: string;
    /** Whether the file started with a UTF-8 byte order mark. */
    bom: boolean;
}
/**
 * Decodes file bytes as strict UTF-8. Binary files (NUL bytes) and invalid
 * UTF-8 are refused with a {@link ToolError}; nothing is guessed.
 */
export declare function decodeSource(bytes: Uint8Array, file: string): SourceText;
/** Encodes text back to bytes, restoring the BOM if the file had one. */
export declare function encodeSource(src: SourceText): Buffer;
