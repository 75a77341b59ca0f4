import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildId } from '../build-id';
import { makeDirs, removeStaleTemps, replaceFile } from '../durable';
import { getParser } from '../parse/grammar';
import { ParsedModule, parseModule } from '../parse/module';
import { decodeSource } from '../parse/source';
import { restoreTree, SyntaxTree, treeColumns } from '../parse/syntax-tree';
import type { WorkCounts } from '../work';

/** Bumped when the stored layout changes. */
const FORMAT = 1;
/** Marks the files (and their byte order: a file written on another byte order reads as foreign). */
const MAGIC = 0x50445431;
/** Tree files kept; the oldest quarter goes when there are more (a pypto-lib run stores about 200). */
export const MAX_TREE_ENTRIES = 4096;
const HEADER_WORDS = 4; // magic, format, node count, text length
const DIGEST_BYTES = 32;

/**
 * Syntax trees of files that parsed cleanly, stored by the content hash of
 * the file and the tool's build, so that a run after an edit parses only
 * the edited file: the other files of its import group (and the modules
 * they import) come back as they were read out of tree-sitter. A tree is
 * a pure function of the bytes and the build, so a hit is exactly the tree
 * a parse would give. Only files with no syntax or layout error are stored
 * (a refused file is parsed again, and refused again, with its message).
 * A damaged, truncated or foreign file is a miss, never an error.
 */
export class TreeCache {
  private written = false;

  /**
   * @param dir where tree files live
   * @param maxEntries how many tree files to keep
   */
  constructor(
    private readonly dir: string,
    private readonly maxEntries = MAX_TREE_ENTRIES,
  ) {}

  /**
   * Parses a file, or reads its stored tree. Errors are those of
   * {@link parseModule}. `work` counts a parse only when one happens (a
   * stored tree costs none).
   */
  async parse(file: string, bytes: Uint8Array, work: WorkCounts): Promise<ParsedModule> {
    const key = keyOf(bytes);
    const stored = await this.load(key, file, bytes);
    if (stored) return stored;
    return this.parseNow(file, bytes, work, key);
  }

  private async parseNow(file: string, bytes: Uint8Array, work: WorkCounts, key: string): Promise<ParsedModule> {
    work.filesParsed++;
    const parsed = await parseModule(file, bytes);
    work.syntaxNodes += parsed.tree.size;
    this.save(key, parsed.tree);
    return parsed;
  }

  private async load(key: string, file: string, bytes: Uint8Array): Promise<ParsedModule | undefined> {
    let data: Buffer;
    try {
      data = fs.readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    const source = decodeSource(bytes, file); // the stored tree was of this text: it decoded then
    const language = (await getParser()).language!;
    const cols = decodeTree(data, key, source.text.length, language.types.length, language.fields.length);
    if (!cols) return undefined;
    return { path: file, source, tree: restoreTree(source.text, language, cols), bytes };
  }

  private save(key: string, tree: SyntaxTree): void {
    try {
      if (!this.written) {
        makeDirs(this.dir);
        this.written = true;
      }
      replaceFile(this.file(key), encodeTree(tree, key), { durable: false });
    } catch {
      // a read-only or full disk: the next run parses again
    }
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.tree`);
  }

  /** Keeps the newest `maxEntries` trees (each edited version of a file makes one). */
  evict(): void {
    try {
      removeStaleTemps(this.dir);
      const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.tree'));
      if (entries.length <= this.maxEntries) return;
      const byAge = entries.map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { f } of byAge.slice(0, entries.length - this.maxEntries + this.maxEntries / 4)) fs.rmSync(path.join(this.dir, f), { force: true });
    } catch {
      // another run trimming at the same time: harmless
    }
  }
}

/** Where a result cache directory keeps trees. */
export function treeCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'trees');
}

/** The name of a file's tree: its bytes and the build that reads them. */
function keyOf(bytes: Uint8Array): string {
  return createHash('sha256').update(`tree:${FORMAT}:${buildId()}\0`).update(bytes).digest('hex').slice(0, 40);
}

/** The columns a tree file holds (first child and next sibling follow from the parents in pre-order). */
export interface TreeColumns {
  size: number;
  typeId: Uint16Array;
  fieldId: Uint16Array;
  flags: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  parent: Int32Array;
}

/**
 * Bytes of a stored tree: header, the 32-bit columns, the 16-bit ones,
 * flags, then the sha256 of the key and all that (a file stored under
 * another key does not pass for this one).
 */
export function encodeTree(tree: SyntaxTree, key: string): Buffer {
  const cols = treeColumns(tree);
  const n = cols.size;
  const body = Buffer.alloc(4 * HEADER_WORDS + n * (4 * 3 + 2 * 2 + 1));
  const header = new Uint32Array(body.buffer, body.byteOffset, HEADER_WORDS);
  header.set([MAGIC, FORMAT, n, tree.text.length]);
  let at = 4 * HEADER_WORDS;
  for (const a of [cols.start, cols.end, cols.parent, cols.typeId, cols.fieldId, cols.flags]) {
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    bytes.copy(body, at);
    at += bytes.length;
  }
  return Buffer.concat([body, digestOf(key, body)]);
}

/**
 * The columns of a stored tree, if the file is intact and stored under
 * this key (its digest matches),
 * of this layout, about a text of this length, and a well-formed tree: node
 * 0 is the root, every other node's parent comes before it (pre-order),
 * spans lie inside the text and inside their parent's, type and field ids
 * exist in the grammar. Anything else is undefined: a miss.
 */
export function decodeTree(data: Buffer, key: string, textLength: number, typeCount: number, fieldCount: number): TreeColumns | undefined {
  if (data.length < 4 * HEADER_WORDS + DIGEST_BYTES) return undefined;
  // own, aligned memory: the typed arrays below are views of it
  const copy = new Uint8Array(data.length);
  copy.set(data);
  const buf = copy.buffer;
  const [magic, format, n, length] = new Uint32Array(buf, 0, HEADER_WORDS);
  if (magic !== MAGIC || format !== FORMAT || length !== textLength || n < 1) return undefined;
  const bodyBytes = 4 * HEADER_WORDS + n * (4 * 3 + 2 * 2 + 1);
  if (data.length !== bodyBytes + DIGEST_BYTES) return undefined;
  if (!digestOf(key, copy.subarray(0, bodyBytes)).equals(copy.subarray(bodyBytes))) return undefined;
  let at = 4 * HEADER_WORDS;
  const take = <T>(make: (offset: number) => T, width: number): T => {
    const a = make(at);
    at += n * width;
    return a;
  };
  const start = take((o) => new Uint32Array(buf, o, n), 4);
  const end = take((o) => new Uint32Array(buf, o, n), 4);
  const parent = take((o) => new Int32Array(buf, o, n), 4);
  const typeId = take((o) => new Uint16Array(buf, o, n), 2);
  const fieldId = take((o) => new Uint16Array(buf, o, n), 2);
  const flags = take((o) => new Uint8Array(buf, o, n), 1);
  if (parent[0] !== -1) return undefined;
  for (let k = 0; k < n; k++) {
    const p = parent[k];
    if (typeId[k] >= typeCount || fieldId[k] >= fieldCount || start[k] > end[k] || end[k] > textLength) return undefined;
    if (k > 0 && (p < 0 || p >= k || start[k] < start[p] || end[k] > end[p])) return undefined;
  }
  return { size: n, typeId, fieldId, flags, start, end, parent };
}

function digestOf(key: string, body: Uint8Array): Buffer {
  return createHash('sha256').update(`${key}\0`).update(body).digest();
}

/** Whether a tree file is exactly what was written under its name (not cut short, not changed). */
export function isWholeTreeFile(file: string): boolean {
  try {
    const data = fs.readFileSync(file);
    if (data.length < DIGEST_BYTES) return false;
    return digestOf(path.basename(file, '.tree'), data.subarray(0, data.length - DIGEST_BYTES)).equals(data.subarray(data.length - DIGEST_BYTES));
  } catch {
    return false;
  }
}
