import { ParamInfo, subscriptParts } from '../analyze/entries';
import { PyptoSymbols, pyptoMember, spellMember } from '../analyze/pypto-symbols';
import { dottedName, unparen } from '../analyze/syntax';
import type { Direction } from '../model';

/** A text edit on the original source: replace [start, end) with text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /**
   * Set on the deletion of a keyword argument (`is_output=...`): its range.
   * The edit may then remove that argument, commas and whitespace, and keep
   * only comments in `text`; the verifier checks exactly that.
   */
  keyword?: { start: number; end: number };
}

/**
 * The edits that raise a param to `to`: wrap a bare annotation
 * (`pl.Tensor[...]` -> `pl.InOut[pl.Tensor[...]]`: two insertions) or rename
 * an existing wrapper (`Out` -> `InOut`). Undefined when the module offers
 * no way to spell the wrapper.
 */
export function directionEdits(param: ParamInfo, to: Direction, symbols: PyptoSymbols): Edit[] | undefined {
  const annotation = param.annotation;
  if (!annotation || to === 'In') return undefined;
  if (param.wrapper) {
    if (param.direction === to) return [];
    const value = subscriptParts(param.wrapper.node)!.head;
    if (value.type === 'attribute') {
      const name = param.wrapper.nameNode;
      return [{ start: name.startIndex, end: name.endIndex, text: to }];
    }
    const spelled = spellMember(to, symbols);
    return spelled ? [{ start: value.startIndex, end: value.endIndex, text: spelled }] : undefined;
  }
  const spelled = spellMember(to, symbols, aliasUsedBy(annotation, symbols));
  if (!spelled) return undefined;
  return [
    { start: annotation.startIndex, end: annotation.startIndex, text: `${spelled}[` },
    { start: annotation.endIndex, end: annotation.endIndex, text: ']' },
  ];
}

/** The module alias an annotation itself uses (`pl` in `pl.Tensor[...]`), so the wrapper matches. */
function aliasUsedBy(annotation: import('../parse/syntax-tree').Node, symbols: PyptoSymbols): string | undefined {
  const inner = unparen(annotation);
  const base = subscriptParts(inner)?.head ?? inner;
  const dotted = dottedName(base);
  if (!dotted || !pyptoMember(base, symbols)) return undefined;
  const alias = dotted.slice(0, dotted.lastIndexOf('.'));
  return symbols.moduleAliases.has(alias) ? alias : undefined;
}
