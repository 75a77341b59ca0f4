import type { Node } from '../../parse/syntax-tree';
import { dottedName } from '../../analyze/syntax';

/** One `is_output=` keyword written in a spec call or a `dataclasses.replace(spec, ...)`. */
export interface KeywordSite {
  path: string;
  call: Node;
  kw: Node;
  /** The call builds a spec (`TensorSpec(...)`) or re-makes one (`replace(...)`). */
  form: 'spec' | 'replace';
}

/** Every `is_output=` keyword of spec and replace calls in a module, found by its text first. */
export function keywordSites(path: string, root: Node, text: string, specClasses: ReadonlySet<string>): KeywordSite[] {
  const out: KeywordSite[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(/\bis_output\s*=/g)) {
    let kw: Node | null = root.descendantForIndex(m.index!);
    while (kw && kw.type !== 'keyword_argument') kw = kw.parent;
    if (!kw || seen.has(kw.startIndex) || kw.childForFieldName('name')?.text !== 'is_output') continue;
    const call = kw.parent?.parent;
    if (call?.type !== 'call' || kw.parent!.type !== 'argument_list') continue;
    const callee = dottedName(call.childForFieldName('function'));
    const last = callee?.slice(callee.lastIndexOf('.') + 1);
    if (!last) continue;
    const form = specClasses.has(last) ? 'spec' : callee === 'replace' || callee === 'dataclasses.replace' ? 'replace' : undefined;
    if (!form) continue;
    seen.add(kw.startIndex);
    out.push({ path, call, kw, form });
  }
  return out;
}
