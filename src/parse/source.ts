import { ToolError } from '../errors';

/** A decoded source file: its text without BOM, and what must survive a rewrite. */
export interface SourceText {
  /** Text without a leading BOM; all offsets in the tool refer to this string. */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark. */
  bom: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes file bytes as strict UTF-8. Binary files (NUL bytes) and invalid
 * UTF-8 are refused with a {@link ToolError}; nothing is guessed.
 */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  if (bytes.includes(0)) {
    throw new ToolError('binary-file', file, 'contains NUL bytes; not a Python source file');
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ToolError('invalid-utf8', file, 'is not valid UTF-8', 'PyPTO sources are UTF-8; re-encode the file');
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Encodes text back to bytes, restoring the BOM if the file had one. */
export function encodeSource(src: SourceText): Buffer {
  return Buffer.from((src.bom ? '\ufeff' : '') + src.text, 'utf8');
}
