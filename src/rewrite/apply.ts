import MagicString from 'magic-string';
import { ToolError } from '../errors';
import type { Tree } from 'web-tree-sitter';
import { findLayoutError } from '../parse/indentation';
import { firstSyntaxError, parseText } from '../parse/module';
import { structuralDifference } from './verify';
import type { Edit } from './edits';

/** Sorts edits and refuses overlapping ones (two insertions at one point are kept in order). */
export function sortEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur.start < prev.end || (cur.start === prev.start && cur.end === prev.end && prev.end > prev.start)) {
      throw new Error(`overlapping edits at ${prev.start}-${prev.end} and ${cur.start}-${cur.end}`);
    }
  }
  return sorted;
}

/** Applies edits to text in one pass; indices refer to the original text. */
export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const s = new MagicString(text);
  for (const e of sortEdits(edits)) {
    if (e.start === e.end) s.appendLeft(e.start, e.text);
    else s.overwrite(e.start, e.end, e.text);
  }
  return s.toString();
}

/**
 * Applies edits and re-parses the result. A result that does not parse is
 * refused with a {@link ToolError}: it must never be written.
 */
export async function applyAndVerify(path: string, text: string, edits: Edit[], inputTree?: Tree): Promise<string> {
  const out = applyEdits(text, edits);
  if (out === text) return out;
  const tree = await parseText(out);
  try {
    const bad = firstSyntaxError(tree.rootNode);
    const badLine = bad ? bad.startPosition.row + 1 : findLayoutError(out)?.line;
    if (badLine !== undefined) {
      throw new ToolError('verify-failed', path, `:${badLine}: the edited text does not parse; file not written`, 'please report this as a bug in pypto-direction');
    }
    const diff = inputTree && structuralDifference(inputTree, text, tree, out, edits);
    if (diff) {
      throw new ToolError('verify-failed', path, `: the edit changed more than its rule allows (${diff}); file not written`, 'please report this as a bug in pypto-direction');
    }
  } finally {
    tree.delete();
  }
  return out;
}
