import { ParamInfo, subscriptParts } from '../analyze/entries';
import { PyptoSymbols, pyptoMember, spellMember } from '../analyze/pypto-symbols';
import { dottedName, unparen } from '../analyze/syntax';
import type { Direction } from '../model';

/** A range of the original source. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What an edit may change; each rule declares the kinds it makes and the
 * verifier checks each edit by its kind (see `verify.ts`):
 * - `wrap`: inserts a direction wrapper's opening (`pl.Out[`) or its `]`;
 * - `rename`: renames a wrapper (`Out` -> `InOut`);
 * - `delete-keyword`: deletes an `is_output=` argument (commas, whitespace; comments stay);
 * - `unwrap`: deletes a wrapper's opening or its `]` around the type it holds;
 * - `harness-rename`: renames a harness callee `run_jit` -> `run`;
 * - `harness-config`: replaces `compile_cfg=`/`runtime_cfg=` with one `config=` holding their keys;
 * - `harness-drop`: deletes a `compile_cfg=`/`runtime_cfg=` argument merged into that `config=`;
 * - `harness-import`: rewrites (or deletes) an import naming `run_jit` so it names `run`.
 */
export type EditKind = 'wrap' | 'rename' | 'delete-keyword' | 'unwrap' | 'harness-rename' | 'harness-config' | 'harness-drop' | 'harness-import';

/** A text edit on the original source: replace [start, end) with text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** What the edit may change (when absent: `delete-keyword` with `keyword`, else `wrap` for an insertion, `rename` for a replacement). */
  kind?: EditKind;
  /**
   * The keyword argument a deletion removes (`delete-keyword`, `harness-drop`).
   * The edit may then remove that argument, commas and whitespace, and keep
   * only comments in `text`; the verifier checks exactly that.
   */
  keyword?: Span;
  /** The node the edit works on: the wrapper (`unwrap`), the replaced argument (`harness-config`), the import statement (`harness-import`). */
  target?: Span;
  /** `harness-config`: every `compile_cfg=`/`runtime_cfg=` argument of the call, in source order. */
  merges?: Span[];
}

/** An edit's kind, also for edits made before kinds were written down. */
export function editKind(e: Edit): EditKind {
  if (e.kind) return e.kind;
  if (e.keyword) return 'delete-keyword';
  return e.start === e.end ? 'wrap' : 'rename';
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
      return [{ start: name.startIndex, end: name.endIndex, text: to, kind: 'rename' }];
    }
    const spelled = spellMember(to, symbols);
    return spelled ? [{ start: value.startIndex, end: value.endIndex, text: spelled, kind: 'rename' }] : undefined;
  }
  const spelled = spellMember(to, symbols, aliasUsedBy(annotation, symbols));
  if (!spelled) return undefined;
  return [
    { start: annotation.startIndex, end: annotation.startIndex, text: `${spelled}[`, kind: 'wrap' },
    { start: annotation.endIndex, end: annotation.endIndex, text: ']', kind: 'wrap' },
  ];
}

/** The module alias an annotation itself uses (`pl` in `pl.Tensor[...]`), so the wrapper matches. */
function aliasUsedBy(annotation: import('web-tree-sitter').Node, symbols: PyptoSymbols): string | undefined {
  const inner = unparen(annotation);
  const base = subscriptParts(inner)?.head ?? inner;
  const dotted = dottedName(base);
  if (!dotted || !pyptoMember(base, symbols)) return undefined;
  const alias = dotted.slice(0, dotted.lastIndexOf('.'));
  return symbols.moduleAliases.has(alias) ? alias : undefined;
}
