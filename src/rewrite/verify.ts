import type { Tree } from 'web-tree-sitter';
import { sortEdits } from './apply';
import type { Edit } from './edits';

interface Leaf {
  type: string;
  start: number;
  end: number;
  named: boolean;
  leaf: boolean;
}

/** Every node of a tree in source order (type, range, named, leaf), read with a cursor. */
function nodes(tree: Tree): Leaf[] {
  const out: Leaf[] = [];
  const cursor = tree.walk();
  try {
    for (;;) {
      const node: Leaf = { type: cursor.nodeType, start: cursor.startIndex, end: cursor.endIndex, named: cursor.nodeIsNamed, leaf: false };
      out.push(node);
      if (cursor.gotoFirstChild()) continue;
      node.leaf = true;
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
  const isInserted = (l: Leaf) => insideOne(inserted, insertedStarts, l.start, l.end);
  const inputNodes = nodes(inputTree);
  const outputNodes = nodes(outputTree);
  const deletions = edits.filter((e) => e.keyword);
  const bad = deletions.map((e) => checkDeletion(inputTree, inputNodes, input, e)).find(Boolean);
  if (bad) return bad;
  const deletedRanges = deletions.map((e): [number, number] => [e.start, e.end]);
  const deletedStarts = deletions.map((e) => e.start);
  const deleted = (n: Leaf) => insideOne(deletedRanges, deletedStarts, n.start, n.end);
  const shift = new Shift(edits);
  // every named input node is still there, as the same kind over the same (shifted) text
  const present = new Set(outputNodes.filter((n) => n.named).map((n) => `${n.type}:${n.start}:${n.end}`));
  for (const n of inputNodes) {
    if (!n.named || n.type === 'type') continue; // `type` wraps the annotation and moves outward with it
    if (deleted(n)) continue; // inside a keyword deletion, checked by checkDeletion
    // a node starting where a wrapper opens now starts after it; one ending where it closes may or may not contain the `]`
    const start = shift.at(n.start, true);
    const found = [false, true].some((b) => present.has(`${n.type}:${start}:${shift.at(n.end, b)}`));
    if (!found) return `${n.type} at ${n.start}-${n.end} is not kept as it was`;
  }
  const before = inputNodes.filter((n) => n.leaf && !deleted(n));
  const after = outputNodes.filter((n) => n.leaf && !isInserted(n));
  if (before.length !== after.length) return `token count changed (${before.length} -> ${after.length})`;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    const textA = input.slice(a.start, a.end);
    const textB = output.slice(b.start, b.end);
    if (a.type !== b.type) return `token ${i} changed type (${a.type} -> ${b.type})`;
    if (textA !== textB && renamed.get(b.start) !== a.start) return `token ${i} changed text (${JSON.stringify(textA)} -> ${JSON.stringify(textB)})`;
  }
  return undefined;
}

/**
 * A keyword deletion may remove exactly one `is_output=` keyword argument,
 * commas and whitespace; comments it spans must come back in its text, and
 * its text may hold nothing else.
 */
function checkDeletion(tree: Tree, all: Leaf[], input: string, e: Edit): string | undefined {
  const kw = e.keyword!;
  let node = tree.rootNode.descendantForIndex(kw.start, kw.end);
  while (node && !(node.startIndex === kw.start && node.endIndex === kw.end && node.type === 'keyword_argument')) node = node.parent;
  if (!node || node.childForFieldName('name')?.text !== 'is_output') return `deletion at ${kw.start}-${kw.end} is not an is_output keyword argument`;
  if (e.start > kw.start || e.end < kw.end) return `deletion at ${e.start}-${e.end} does not cover its keyword`;
  const comments: string[] = [];
  for (const l of all) {
    if (!l.leaf || l.start < e.start || l.end > e.end || l.end === l.start) continue;
    if (l.start >= kw.start && l.end <= kw.end) {
      if (l.type === 'comment') comments.push(input.slice(l.start, l.end).replace(/\r$/, ''));
      continue;
    }
    if (l.type === 'comment') comments.push(input.slice(l.start, l.end).replace(/\r$/, ''));
    else if (l.type !== ',') return `deletion at ${e.start}-${e.end} removes ${JSON.stringify(input.slice(l.start, l.end))}`;
  }
  const kept = e.text.match(/#[^\r\n]*/g) ?? [];
  if (e.text.replace(/#[^\r\n]*/g, '').trim() !== '') return `deletion at ${e.start}-${e.end} inserts more than comments`;
  if (kept.join('\n') !== comments.join('\n')) return `deletion at ${e.start}-${e.end} does not keep its comments`;
  return undefined;
}
