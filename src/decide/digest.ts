import type { Node } from '../parse/syntax-tree';
import type { EvidenceItem } from './findings';

/**
 * One-line digests of calls for evidence: `TensorSpec(name, [N, *s.shape],
 * s.dtype, init_value=..., is_output=name == "kv_cache")`. Whitespace and
 * comments inside the call are collapsed (string literals are kept as
 * written); past {@link DIGEST_WIDTH} columns the least telling argument
 * values become `...`, then runs of them one `...`, but the arguments that
 * decide (a spec's name, `is_output`, `init_value`; a harness's `fn=`,
 * `program=`, `specs=`) always stay.
 */

/** Columns a digest aims to fit in. */
export const DIGEST_WIDTH = 100;

/** What a digest must keep, by the role of the call: a spec's and a harness's deciding arguments. */
export type DigestRole = EvidenceItem['role'];

/** How an argument is kept: 2 = its text, 1 = at least its keyword, 0 = may go. */
type Keep = 0 | 1 | 2;

interface Arg {
  key?: string;
  value: string;
  keep: Keep;
  /** For a call value: `builder(...)`, shown before giving up on the value. */
  brief?: string;
  /** How the value is shown: as written, its brief form, or `...`. */
  shown?: 'full' | 'brief' | 'none';
}

// TensorSpec(name, shape, dtype, init_value, is_output): positions of the deciding params
const SPEC_POSITIONS: Keep[] = [2, 0, 0, 1, 2];
const SPEC_KEYWORDS: Record<string, Keep> = { name: 2, is_output: 2, init_value: 1 };
const HARNESS_KEYWORDS: Record<string, Keep> = { fn: 2, program: 2, specs: 1, tensor_specs: 1 };

function keepOf(role: DigestRole, key: string | undefined, index: number): Keep {
  if (role === 'spec') return key === undefined ? (SPEC_POSITIONS[index] ?? 0) : (SPEC_KEYWORDS[key] ?? 0);
  if (role === 'harness') return key === undefined ? 0 : (HARNESS_KEYWORDS[key] ?? 0);
  return 0;
}

/**
 * A one-line digest of a call node (other nodes: their first line,
 * collapsed). Arguments that mention `mention` (a host call's param) are
 * kept like deciding ones.
 */
export function digestCall(node: Node, role: DigestRole, width = DIGEST_WIDTH, mention?: string): string {
  const list = node.type === 'call' ? node.childForFieldName('arguments') : null;
  if (!list) return middle(collapseSource(node.text.split(/\r?\n|\r/)[0]), width);
  const callee = collapseSource(node.childForFieldName('function')!.text);
  if (list.type !== 'argument_list') return middle(`${callee}(${collapseSource(list.text).replace(/^\(|\)$/g, '')})`, width);
  const mentions = mention === undefined ? undefined : new RegExp(`(^|[^\\w.])${mention}\\b`);
  const args: Arg[] = [];
  let positional = 0;
  for (const a of list.namedChildren) {
    if (!a || a.type === 'comment') continue;
    const keyword = a.type === 'keyword_argument';
    const valueNode = keyword ? a.childForFieldName('value')! : a;
    const key = keyword ? a.childForFieldName('name')!.text : undefined;
    const value = collapseSource(valueNode.text);
    let keep = keyword ? keepOf(role, key, -1) : a.type.endsWith('splat') ? 0 : keepOf(role, undefined, positional++);
    if (mentions?.test(value)) keep = 2;
    const fn = valueNode.type === 'call' ? valueNode.childForFieldName('function') : null;
    args.push({ key, value, keep, ...(fn ? { brief: `${collapseSource(fn.text)}(...)` } : {}) });
  }
  return shorten(callee, args, width);
}

/** One step shorter: a kept keyword's call value goes to `builder(...)` first, and to `...` only when `final`. */
function nextShown(a: Arg, final: boolean): Arg['shown'] {
  const now = a.shown ?? 'full';
  if (a.keep !== 1 || final) return now === 'full' && a.brief && a.keep === 1 ? 'brief' : 'none';
  return now === 'full' && a.brief ? 'brief' : now === 'full' ? 'none' : now;
}

function shownValue(a: Arg): string {
  return a.shown === 'none' ? '...' : a.shown === 'brief' ? a.brief! : a.value;
}

function render(callee: string, args: Array<Arg | '...'>): string {
  const text = args.map((a) => (a === '...' ? '...' : `${a.key !== undefined ? `${a.key}=` : ''}${shownValue(a)}`));
  return `${callee}(${text.join(', ')})`;
}

/**
 * Abbreviates argument values until the call fits: the longest first, a
 * kept keyword's value counting half its length and shown as `builder(...)`
 * when it is a call. If even that does not fit, each run of droppable
 * arguments becomes one `...` and the kept keywords get their values back
 * while they fit.
 */
function shorten(callee: string, args: Arg[], width: number): string {
  // the length `render` would give, kept as a sum: rendering after each step made long calls quadratic
  const argLength = (a: Arg | '...') => (a === '...' ? 3 : (a.key !== undefined ? a.key.length + 1 : 0) + shownValue(a).length);
  const length = (list: Array<Arg | '...'>) => list.reduce((n, a) => n + argLength(a), callee.length + 2 + 2 * Math.max(0, list.length - 1));
  const fits = (list: Array<Arg | '...'>) => length(list) <= width;
  const abbreviate = (list: Array<Arg | '...'>, levels: Keep[], final: boolean) => {
    const weight = (a: Arg) => (a.keep === 1 ? a.value.length / 2 : a.value.length);
    const candidates = list.filter((a): a is Arg => a !== '...' && levels.includes(a.keep) && shownValue(a).length > 3).sort((x, y) => weight(y) - weight(x));
    let total = length(list);
    for (const a of candidates) {
      if (total <= width) return;
      const before = argLength(a);
      a.shown = nextShown(a, final);
      total += argLength(a) - before;
    }
  };
  abbreviate(args, [0, 1], false);
  if (fits(args)) return render(callee, args);
  const merged: Array<Arg | '...'> = [];
  for (const a of args) {
    if (a.keep !== 0) merged.push({ ...a, shown: undefined });
    else if (merged[merged.length - 1] !== '...') merged.push('...');
  }
  abbreviate(merged, [1], false);
  abbreviate(merged, [1], true);
  if (fits(merged)) return render(callee, merged);
  // the kept values themselves are shortened in their middle, as a last resort
  const kept = merged.filter((a): a is Arg => a !== '...' && a.keep === 2);
  const room = Math.max(20, Math.floor(width / Math.max(1, kept.length)) - 8);
  for (const a of kept) a.value = middle(a.value, room);
  return render(callee, merged);
}

/** Shortens text in its middle with `...` to at most `width` characters. */
export function middle(text: string, width: number): string {
  if (text.length <= width) return text;
  const head = Math.ceil((width - 3) / 2);
  return text.slice(0, head) + '...' + text.slice(text.length - (width - 3 - head));
}

/**
 * Source text on one line: comments dropped, whitespace runs (line breaks
 * and backslash continuations included) made one space, none just inside
 * brackets or before a comma. String literals are kept as written; one
 * spanning lines is shown as its quotes around `...`.
 */
export function collapseSource(src: string): string {
  let out = '';
  let space = false;
  const emit = (s: string) => {
    const c = s[0];
    if (space && out !== '' && !'([{'.includes(out[out.length - 1]) && !')]},:'.includes(c)) out += ' ';
    space = false;
    out += s;
  };
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || (c === '\\' && /[\r\n]/.test(src[i + 1] ?? ''))) {
      space = true;
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(src, i);
      const lit = src.slice(i, end);
      const q = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      emit(/[\r\n]/.test(lit) ? `${q}...${q}` : lit);
      i = end;
    } else {
      emit(c);
      i++;
    }
  }
  return out;
}

/** The index after the string literal opening at `i` (escapes skipped; an unterminated one runs to the end). */
function stringEnd(src: string, i: number): number {
  const q = src[i];
  const triple = src.startsWith(q.repeat(3), i);
  let j = i + (triple ? 3 : 1);
  while (j < src.length) {
    if (src[j] === '\\') j += 2;
    else if (triple ? src.startsWith(q.repeat(3), j) : src[j] === q) return j + (triple ? 3 : 1);
    else j++;
  }
  return src.length;
}
