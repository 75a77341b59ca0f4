import { parseText } from '../../src/parse/module';
import type { Edit } from '../../src/rewrite/edits';
import { applyEdits } from '../../src/rewrite/apply';
import { structuralDifference } from '../../src/rewrite/verify';

/** What the edit verifier says of `edits` on `src`: undefined when it accepts them. */
export async function verifierVerdict(src: string, edits: Edit[]): Promise<string | undefined> {
  const out = applyEdits(src, edits);
  const [a, b] = [await parseText(src), await parseText(out)];
  try {
    return structuralDifference(a, src, b, out, edits);
  } finally {
    a.delete();
    b.delete();
  }
}
