/**
 * Line-level mutations aimed at Python's layout rules: indentation added,
 * removed or turned into tabs, block bodies deleted, lines swapped, moved
 * and duplicated. They work on decoded text split into lines that keep
 * their terminators, so CRLF files stay CRLF.
 */

export type IndentMutation =
  | { kind: 'indent'; line: number; by: string }
  | { kind: 'dedent'; line: number; by: number }
  | { kind: 'tabify'; line: number; width: number }
  | { kind: 'drop-body'; line: number }
  | { kind: 'drop-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'move-line'; from: number; to: number }
  | { kind: 'dup-line'; line: number }
  | { kind: 'formfeed'; line: number };

/** Indentation units worth inserting: odd and even widths, tabs, a tab after spaces. */
const INDENTS = [' ', '  ', '   ', '    ', '        ', '\t', ' \t', '\t '];

/** Draws one mutation from a PRNG returning numbers in [0, 1). */
export function drawIndentMutation(r: () => number): IndentMutation {
  const at = () => Math.floor(r() * 1_000_000);
  const kinds: IndentMutation['kind'][] = ['indent', 'dedent', 'tabify', 'drop-body', 'drop-body', 'drop-line', 'swap-lines', 'move-line', 'dup-line', 'formfeed'];
  const kind = kinds[Math.floor(r() * kinds.length)];
  switch (kind) {
    case 'indent':
      return { kind, line: at(), by: INDENTS[Math.floor(r() * INDENTS.length)] };
    case 'dedent':
      return { kind, line: at(), by: 1 + Math.floor(r() * 8) };
    case 'tabify':
      return { kind, line: at(), width: r() < 0.5 ? 4 : 8 };
    case 'swap-lines':
      return { kind, a: at(), b: at() };
    case 'move-line':
      return { kind, from: at(), to: at() };
    default:
      return { kind, line: at() };
  }
}

function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const lead = (s: string) => /^[ \t\f]*/.exec(s)![0];
const body = (s: string) => s.replace(/[\r\n]+$/, '');

/** Applies one mutation to source text. */
export function applyIndentMutation(text: string, m: IndentMutation): string {
  const ls = splitLines(text);
  if (ls.length === 0) return text;
  const pick = (k: number) => k % ls.length;
  switch (m.kind) {
    case 'indent': {
      const i = pick(m.line);
      ls[i] = m.by + ls[i];
      break;
    }
    case 'dedent': {
      const i = pick(m.line);
      const ws = lead(ls[i]);
      ls[i] = ws.slice(Math.min(m.by, ws.length)) + ls[i].slice(ws.length);
      break;
    }
    case 'tabify': {
      const i = pick(m.line);
      const ws = lead(ls[i]);
      ls[i] = ws.replace(new RegExp(` {${m.width}}`), '\t') + ls[i].slice(ws.length);
      break;
    }
    case 'drop-body': {
      // the first line ending in `:` at or after the chosen one, and the more indented lines after it
      const openers = ls.map((l, i) => (/:\s*(#.*)?$/.test(body(l)) ? i : -1)).filter((i) => i >= 0);
      if (openers.length === 0) break;
      const o = openers[m.line % openers.length];
      const width = lead(ls[o]).length;
      let end = o + 1;
      while (end < ls.length && (body(ls[end]).trim() === '' || lead(ls[end]).length > width)) end++;
      ls.splice(o + 1, end - o - 1);
      break;
    }
    case 'drop-line':
      ls.splice(pick(m.line), 1);
      break;
    case 'swap-lines': {
      const a = pick(m.a);
      const b = pick(m.b);
      [ls[a], ls[b]] = [ls[b], ls[a]];
      break;
    }
    case 'move-line': {
      const [l] = ls.splice(pick(m.from), 1);
      ls.splice(m.to % (ls.length + 1), 0, l);
      break;
    }
    case 'dup-line': {
      const i = pick(m.line);
      ls.splice(i, 0, ls[i]);
      break;
    }
    case 'formfeed': {
      const i = pick(m.line);
      ls[i] = '\f' + ls[i];
      break;
    }
  }
  // a moved last line without its terminator would glue onto the next one
  return ls.map((l, i) => (i < ls.length - 1 && !/[\r\n]$/.test(l) ? l + '\n' : l)).join('');
}
