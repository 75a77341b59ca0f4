import type { Tree, TreeCursor } from 'web-tree-sitter';
import { sortEdits } from './apply';
import type { Edit } from './edits';

/**
 * The nodes of a tree in source order as parallel arrays (a large file has a
 * million nodes: objects for each cost more memory and time than the rest of
 * the check). Types are numbered by name, the same numbers for both trees.
 */
interface Nodes {
  type: number[];
  start: number[];
  end: number[];
  named: boolean[];
  leaf: boolean[];
}

/** Type names numbered in order of first sight (tree-sitter may give one name several ids). */
class TypeNames {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private readonly byId = new Map<number, number>();

  of(cursor: TreeCursor): number {
    const id = cursor.nodeTypeId;
    let n = this.byId.get(id);
    if (n === undefined) {
      const name = cursor.nodeType;
      n = this.byName.get(name);
      if (n === undefined) {
        n = this.names.length;
        this.names.push(name);
        this.byName.set(name, n);
      }
      this.byId.set(id, n);
    }
    return n;
  }
}

/** Every node of a tree in source order, read with a cursor. */
function nodes(tree: Tree, types: TypeNames): Nodes {
  const out: Nodes = { type: [], start: [], end: [], named: [], leaf: [] };
  const cursor = tree.walk();
  try {
    for (;;) {
      out.type.push(types.of(cursor));
      out.start.push(cursor.startIndex);
      out.end.push(cursor.endIndex);
      out.named.push(cursor.nodeIsNamed);
      if (cursor.gotoFirstChild()) {
        out.leaf.push(false);
        continue;
      }
      out.leaf.push(true);
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * Where input offsets land in the output. Sorted edits do not overlap, so
 * their ends never decrease: an offset is placed by binary search over the
 * running sum of their length changes (linear in nodes, not nodes x edits).
 */
class Shift {
  private readonly ends: number[];
  /** before[i]: total length change of edits[0..i). */
  private readonly before: number[] = [0];

  constructor(private readonly edits: Edit[]) {
    this.ends = edits.map((e) => e.end);
    for (const e of edits) this.before.push(this.before[this.before.length - 1] + e.text.length - (e.end - e.start));
  }

  /**
   * Where offset `p` lands. An insertion exactly at the offset counts when
   * `includeAt` (a node that starts after a new `pl.Out[`, or ends there and
   * contains the new `]`).
   */
  at(p: number, includeAt: boolean): number {
    let i = firstAtLeast(this.ends, p);
    let d = this.before[i];
    for (; i < this.edits.length && this.ends[i] === p; i++) {
      const e = this.edits[i];
      if (e.start !== e.end || includeAt) d += e.text.length - (e.end - e.start);
    }
    return p + d;
  }
}

/** The first index of a non-decreasing array whose value is >= x (its length when none). */
function firstAtLeast(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) (not empty) lies inside one of sorted, disjoint ranges. */
function insideOne(ranges: Array<[number, number]>, starts: number[], start: number, end: number): boolean {
  if (end <= start) return false;
  const i = firstAtLeast(starts, start + 1) - 1; // the last range starting at or before `start`
  return i >= 0 && end <= ranges[i][1];
}

/**
 * Checks that an edited text differs from its input only by the edits'
 * wrapper text: every named node of the input is found again, of the same
 * kind, over the same (shifted) range; and the output's tokens, minus those
 * inside inserted text, equal the input's, with renamed words (`Out` ->
 * `InOut`) in place. Returns a description of the first difference, or
 * undefined.
 */
export function structuralDifference(inputTree: Tree, input: string, outputTree: Tree, output: string, unsorted: Edit[]): string | undefined {
  const edits = sortEdits(unsorted);
  const inserted: Array<[number, number]> = [];
  const renamed = new Map<number, number>(); // output start -> input start
  let delta = 0;
  for (const e of edits) {
    const start = e.start + delta;
    if (e.end === e.start || e.keyword) inserted.push([start, start + e.text.length]);
    else renamed.set(start, e.start);
    delta += e.text.length - (e.end - e.start);
  }
  const insertedStarts = inserted.map(([a]) => a);
  const types = new TypeNames();
  const inputNodes = nodes(inputTree, types);
  const outputNodes = nodes(outputTree, types);
  const deletions = edits.filter((e) => e.keyword);
  const bad = deletions.map((e) => checkDeletion(inputTree, inputNodes, types, input, e)).find(Boolean);
  if (bad) return bad;
  const deletedRanges = deletions.map((e): [number, number] => [e.start, e.end]);
  const deletedStarts = deletions.map((e) => e.start);
  const deleted = (i: number) => insideOne(deletedRanges, deletedStarts, inputNodes.start[i], inputNodes.end[i]);
  const shift = new Shift(edits);
  // every named input node is still there, as the same kind over the same (shifted) text
  const present = new Map<number, Set<number>>(); // start -> end * 4096 + type
  outputNodes.type.forEach((t, i) => {
    if (!outputNodes.named[i]) return;
    let ends = present.get(outputNodes.start[i]);
    if (!ends) present.set(outputNodes.start[i], (ends = new Set()));
    ends.add(outputNodes.end[i] * 4096 + t);
  });
  const typeWord = types.names.indexOf('type');
  for (let i = 0; i < inputNodes.type.length; i++) {
    const t = inputNodes.type[i];
    if (!inputNodes.named[i] || t === typeWord) continue; // `type` wraps the annotation and moves outward with it
    if (deleted(i)) continue; // inside a keyword deletion, checked by checkDeletion
    // a node starting where a wrapper opens now starts after it; one ending where it closes may or may not contain the `]`
    const ends = present.get(shift.at(inputNodes.start[i], true));
    const found = !!ends && [false, true].some((b) => ends.has(shift.at(inputNodes.end[i], b) * 4096 + t));
    if (!found) return `${types.names[t]} at ${inputNodes.start[i]}-${inputNodes.end[i]} is not kept as it was`;
  }
  const before = inputNodes.type.map((_, i) => i).filter((i) => inputNodes.leaf[i] && !deleted(i));
  const after = outputNodes.type.map((_, i) => i).filter((i) => outputNodes.leaf[i] && !insideOne(inserted, insertedStarts, outputNodes.start[i], outputNodes.end[i]));
  if (before.length !== after.length) return `token count changed (${before.length} -> ${after.length})`;
  for (let k = 0; k < before.length; k++) {
    const a = before[k];
    const b = after[k];
    const textA = input.slice(inputNodes.start[a], inputNodes.end[a]);
    const textB = output.slice(outputNodes.start[b], outputNodes.end[b]);
    if (inputNodes.type[a] !== outputNodes.type[b]) return `token ${k} changed type (${types.names[inputNodes.type[a]]} -> ${types.names[outputNodes.type[b]]})`;
    if (textA !== textB && renamed.get(outputNodes.start[b]) !== inputNodes.start[a]) return `token ${k} changed text (${JSON.stringify(textA)} -> ${JSON.stringify(textB)})`;
  }
  return undefined;
}

/**
 * A keyword deletion may remove exactly one `is_output=` keyword argument,
 * commas and whitespace; comments it spans must come back in its text, and
 * its text may hold nothing else.
 */
function checkDeletion(tree: Tree, all: Nodes, types: TypeNames, input: string, e: Edit): string | undefined {
  const kw = e.keyword!;
  let node = tree.rootNode.descendantForIndex(kw.start, kw.end);
  while (node && !(node.startIndex === kw.start && node.endIndex === kw.end && node.type === 'keyword_argument')) node = node.parent;
  if (!node || node.childForFieldName('name')?.text !== 'is_output') return `deletion at ${kw.start}-${kw.end} is not an is_output keyword argument`;
  if (e.start > kw.start || e.end < kw.end) return `deletion at ${e.start}-${e.end} does not cover its keyword`;
  const comments: string[] = [];
  for (let i = 0; i < all.type.length; i++) {
    const [start, end, type] = [all.start[i], all.end[i], types.names[all.type[i]]];
    if (!all.leaf[i] || start < e.start || end > e.end || end === start) continue;
    if (start >= kw.start && end <= kw.end) {
      if (type === 'comment') comments.push(input.slice(start, end).replace(/\r$/, ''));
      continue;
    }
    if (type === 'comment') comments.push(input.slice(start, end).replace(/\r$/, ''));
    else if (type !== ',') return `deletion at ${e.start}-${e.end} removes ${JSON.stringify(input.slice(start, end))}`;
  }
  const kept = e.text.match(/#[^\r\n]*/g) ?? [];
  if (e.text.replace(/#[^\r\n]*/g, '').trim() !== '') return `deletion at ${e.start}-${e.end} inserts more than comments`;
  if (kept.join('\n') !== comments.join('\n')) return `deletion at ${e.start}-${e.end} does not keep its comments`;
  return undefined;
}
