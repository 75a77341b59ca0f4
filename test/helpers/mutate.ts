import fc from 'fast-check';
import { findCompileError } from '../../src/parse/compile-checks';
import { findLayoutError } from '../../src/parse/indentation';
import { firstSyntaxError, parseText } from '../../src/parse/module';

/**
 * Byte-level mutations of a source file. Positions are raw naturals, taken
 * modulo the current length when applied, so a mutation stays meaningful
 * whatever the earlier mutations did to the buffer (and shrinks well).
 */
export type Mutation =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bom'; at: number }
  | { kind: 'run'; at: number; unit: string; count: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'dup-line'; line: number }
  | { kind: 'invalid-byte'; at: number };

/** Single characters worth inserting: brackets, quotes, NUL, CR, tab. */
export const INSERTABLE = ['(', '[', ']', ')', '"', "'", '\x00', '\r', '\t', '\n', ':', ','];

/** Units repeated into long runs (one may produce a very long identifier, comment or string). */
export const RUN_UNITS = ['a', ' ', '(', '[', ')', '#', '\n', '0', '"', '\\', 'é', '\t', '    x = 1\n'];

const pos = fc.nat({ max: 1_000_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: pos, len: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, text: fc.constantFrom(...INSERTABLE) }),
  fc.record({ kind: fc.constant('bom' as const), at: pos }),
  fc.record({ kind: fc.constant('run' as const), at: pos, unit: fc.constantFrom(...RUN_UNITS), count: fc.integer({ min: 100, max: 4000 }) }),
  fc.record({ kind: fc.constant('nest' as const), at: pos, depth: fc.integer({ min: 50, max: 1500 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: pos, b: pos }),
  fc.record({ kind: fc.constant('dup-line' as const), line: pos }),
  fc.record({ kind: fc.constant('invalid-byte' as const), at: pos }),
);

function splice(buf: Buffer, at: number, del: number, ins: Buffer): Buffer {
  return Buffer.concat([buf.subarray(0, at), ins, buf.subarray(at + del)]);
}

/** Lines of a buffer, each keeping its `\n` terminator (the last may have none). */
function lines(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      out.push(buf.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

/** Applies one mutation; the input buffer is not modified. */
export function applyMutation(buf: Buffer, m: Mutation): Buffer {
  const n = buf.length;
  switch (m.kind) {
    case 'delete': {
      if (n === 0) return buf;
      const at = m.at % n;
      return splice(buf, at, Math.min(m.len, n - at), Buffer.alloc(0));
    }
    case 'insert':
      return splice(buf, m.at % (n + 1), 0, Buffer.from(m.text, 'utf8'));
    case 'bom': {
      // in the middle: never at offset 0, where it would be a legitimate BOM
      const at = n <= 1 ? n : 1 + (m.at % n);
      return splice(buf, at, 0, Buffer.from('\ufeff', 'utf8'));
    }
    case 'run':
      return splice(buf, m.at % (n + 1), 0, Buffer.from(m.unit.repeat(m.count), 'utf8'));
    case 'nest':
      return splice(buf, m.at % (n + 1), 0, Buffer.from('('.repeat(m.depth) + 'x' + ')'.repeat(m.depth), 'utf8'));
    case 'truncate':
      return buf.subarray(0, m.at % (n + 1));
    case 'swap-lines': {
      const ls = lines(buf);
      if (ls.length < 2) return buf;
      const a = m.a % ls.length;
      const b = m.b % ls.length;
      [ls[a], ls[b]] = [ls[b], ls[a]];
      return Buffer.concat(ls);
    }
    case 'dup-line': {
      const ls = lines(buf);
      if (ls.length === 0) return buf;
      const i = m.line % ls.length;
      ls.splice(i, 0, ls[i]);
      return Buffer.concat(ls);
    }
    case 'invalid-byte': {
      if (n === 0) return Buffer.from([0xff]);
      const out = Buffer.from(buf);
      out[m.at % n] = 0xff;
      return out;
    }
  }
}

export function applyMutations(buf: Buffer, ms: Mutation[]): Buffer {
  return ms.reduce(applyMutation, buf);
}

/** How the tool must treat a file, judged independently of the tool's own pipeline. */
export type Verdict = 'binary-file' | 'invalid-utf8' | 'parse-error' | 'ok';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Classifies file bytes: NUL bytes, invalid UTF-8, a syntax error (tree-sitter
 * ERROR/MISSING node after stripping one leading BOM, or a layout CPython
 * refuses that tree-sitter accepts: test/cpython.test.ts checks those against
 * CPython itself), or clean.
 */
export async function verdictOf(bytes: Uint8Array): Promise<Verdict> {
  if (bytes.includes(0)) return 'binary-file';
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return 'invalid-utf8';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tree = await parseText(text);
  try {
    return firstSyntaxError(tree.rootNode) || findLayoutError(text) ? 'parse-error' : 'ok';
  } finally {
    tree.delete();
  }
}

/** Whether clean UTF-8 Python holds something CPython's compiler refuses (checked only on files with edits). */
export async function compileErrorOf(bytes: Uint8Array): Promise<boolean> {
  let text = strict.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tree = await parseText(text);
  try {
    return findCompileError(tree) !== undefined;
  } finally {
    tree.delete();
  }
}
