import { parseModule } from '../parse/module';
import { findFunctions } from './entries';
import { pyptoSymbols } from './pypto-symbols';

/** Lines (1-based, inclusive) a piece of source spans. */
export interface LineSpan {
  start: number;
  end: number;
}

/** Where a pypto function and its params are, as plain data (lines and columns are 1-based). */
export interface FunctionOutline {
  name: string;
  /** The `def` keyword's line and column: where entry-level findings point. */
  def: { line: number; column: number };
  /** From the first decorator to the end of the signature. */
  header: LineSpan;
  /** Each param: where its name starts (where its findings point) and the lines it spans. */
  params: Array<{ name: string; line: number; column: number; span: LineSpan }>;
}

/**
 * The pypto functions of one file (entries, host drivers, inline kernels, as
 * the analysis finds them) with the lines of their headers and params, so a
 * FILE:LINE can be mapped to the findings it means. Throws the file's
 * ToolError when it cannot be parsed.
 */
export async function outlineOf(path: string, bytes: Uint8Array): Promise<FunctionOutline[]> {
  const module = await parseModule(path, bytes);
  try {
    return findFunctions(module, pyptoSymbols(module.tree.rootNode, module.source.text)).map((fn) => {
      const top = fn.def.parent?.type === 'decorated_definition' ? fn.def.parent : fn.def;
      const signature = fn.def.childForFieldName('return_type') ?? fn.def.childForFieldName('parameters')!;
      return {
        name: fn.name,
        def: { line: fn.def.startPosition.row + 1, column: fn.def.startPosition.column + 1 },
        header: { start: top.startPosition.row + 1, end: signature.endPosition.row + 1 },
        params: fn.params.map((p) => ({ name: p.name, line: p.line, column: p.node.startPosition.column + 1, span: { start: p.node.startPosition.row + 1, end: p.node.endPosition.row + 1 } })),
      };
    });
  } finally {
    module.tree.delete();
  }
}
