import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../decide/findings';
import { ToolError } from '../errors';
import { parseText } from '../parse/module';
import type { FileResult } from '../run/pipeline';
import { applyAndVerify } from '../rewrite/apply';
import type { Edit } from '../rewrite/edits';
import { findingRange, SOURCE } from './diagnostics';

/** The kind of the "fix all in this file" source action (`source.fixAll.pypto-direction`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** The comment that keeps a param as it is (see `analyze/entries.ts`). */
export const IGNORE_COMMENT = '# pypto-direction: ignore';

/** Whether an action of `kind` was asked for (`only` lists kinds and their parents). */
function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** LSP text edits for edits on the analyzed text (BOM stripped; the buffer may still hold one). */
function textEdits(doc: TextDocument, edits: Edit[]): TextEdit[] {
  const shift = doc.getText().startsWith('\uFEFF') ? 1 : 0;
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start + shift), end: doc.positionAt(e.end + shift) }, newText: e.text }));
}

/**
 * The edits re-applied and checked as `fix` checks them: the result parses
 * and (`wrappersOnly`) differs from the text only by direction wrappers.
 */
async function verified(file: string, text: string, edits: Edit[], wrappersOnly: boolean): Promise<boolean> {
  const tree = wrappersOnly ? await parseText(text) : undefined;
  try {
    await applyAndVerify(file, text, edits, tree);
    return true;
  } catch (e) {
    if (e instanceof ToolError) return false;
    throw e;
  } finally {
    tree?.delete();
  }
}

/** The edit adding the suppression comment at the end of the param's first line; none after a `\` continuation. */
function ignoreEdit(text: string, line: number): Edit | undefined {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  const nl = text.indexOf('\n', start);
  let end = nl < 0 ? text.length : nl;
  if (text[end - 1] === '\r') end--;
  const content = text.slice(start, end).replace(/[ \t]+$/, '');
  if (content.endsWith('\\')) return undefined;
  const at = start + content.length;
  return { start: at, end: at, text: `  ${IGNORE_COMMENT}` };
}

const overlaps = (a: Range, b: Range) => a.start.line <= b.end.line && b.start.line <= a.end.line;

/** The title of a finding's quick fix. */
function fixTitle(f: Finding): string {
  switch (f.kind) {
    case 'fix':
      return `Make ${f.param} ${f.to} (pl.${f.to}[...])`;
    case 'stale-is-output':
      return `Remove the stale is_output= of spec "${f.spec}"`;
    case 'inline-wrapper':
      return `Remove the ${f.direction} wrapper of ${f.param} (pypto strips it on @pl.jit.inline)`;
    case 'legacy-harness':
      return f.site === 'import' ? 'Import run instead of run_jit' : 'Convert to run(..., config=...)';
    default:
      return `Fix ${f.kind}`;
  }
}

/**
 * The code actions for `range` of a document whose analysis is current:
 * per `fix` finding the exact wrapper edit of `fix`, "fix all in this file"
 * (also as the `source.fixAll` action), and per pending param finding
 * "ignore this param". Every edit is verified before it is offered.
 */
export async function codeActions(doc: TextDocument, res: FileResult, range: Range, diagnostics: Diagnostic[], only: string[] | undefined): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const text = res.original?.text ?? doc.getText().replace(/^\uFEFF/, '');
  const related = (f: Finding) => diagnostics.filter((d) => d.code === f.kind && d.range.start.line === f.line - 1);
  const change = (edits: Edit[]) => ({ changes: { [doc.uri]: textEdits(doc, edits) } });
  if (wanted(CodeActionKind.QuickFix, only)) {
    const here = [...res.fixes, ...(res.withheld ?? [])].filter((x) => overlaps(findingRange(x.finding, doc), range));
    for (const { finding, edits } of here) {
      if (!(await verified(res.path, text, edits, true))) continue;
      const unsafe = finding.applicability === 'unsafe';
      actions.push({
        title: fixTitle(finding) + (unsafe ? ' (unsafe: changes what the golden test compares or uploads)' : ''),
        kind: CodeActionKind.QuickFix,
        ...(unsafe ? {} : { isPreferred: true }),
        diagnostics: related(finding),
        edit: change(edits),
      });
    }
    if (here.length && res.fixes.length > 1 && res.output !== undefined) {
      actions.push({ title: `Fix all ${res.fixes.length} pypto-direction directions in this file`, kind: CodeActionKind.QuickFix, edit: change(res.edits) });
    }
    for (const f of res.findings) {
      if ((f.kind !== 'fix' && f.kind !== 'unresolved') || !overlaps(findingRange(f, doc), range)) continue;
      const edit = ignoreEdit(text, f.line);
      if (!edit || !(await verified(res.path, text, [edit], false))) continue;
      actions.push({ title: `Ignore ${f.param} (add "${IGNORE_COMMENT}")`, kind: CodeActionKind.QuickFix, diagnostics: related(f), edit: change([edit]) });
    }
  }
  if (only && wanted(FIX_ALL_KIND, only) && res.edits.length && res.output !== undefined) {
    actions.push({ title: 'Fix all pypto-direction directions in this file', kind: FIX_ALL_KIND, edit: change(res.edits) });
  }
  return actions;
}
