import type { ParamInfo, PyptoFunction } from '../../analyze/entries';
import type { Finding } from '../../decide/findings';
import type { Edit } from '../../rewrite/edits';
import type { Analysis, Fix, Rule, RuleOutput } from '../types';

/**
 * The edits removing a direction wrapper around a param's type: the
 * wrapper's opening (`pl.Out[` and the whitespace up to the type) and its
 * closing (whitespace, a trailing comma, `]`). Undefined when a comment sits
 * in either part (it would be lost).
 */
export function unwrapEdits(text: string, param: ParamInfo): Edit[] | undefined {
  const w = param.wrapper;
  if (!w) return undefined;
  const wrapper = { start: w.node.startIndex, end: w.node.endIndex };
  const head = text.slice(wrapper.start, w.inner.startIndex);
  const tail = text.slice(w.inner.endIndex, wrapper.end);
  if (head.includes('#') || tail.includes('#')) return undefined;
  return [
    { start: wrapper.start, end: w.inner.startIndex, text: '', kind: 'unwrap', target: wrapper },
    { start: w.inner.endIndex, end: wrapper.end, text: '', kind: 'unwrap', target: wrapper },
  ];
}

function ref(fn: PyptoFunction, p: ParamInfo) {
  return { path: fn.module.path, line: p.line, column: p.node.startPosition.column + 1, entry: fn.name, param: p.name };
}

/**
 * `inline-wrapper`: pypto (since its #1918) strips `pl.Out`/`pl.InOut` on
 * `@pl.jit.inline` helper params and warns that a bare `pl.Tensor[...]`
 * works the same; pypto-lib puts directions on entries only. The fix removes
 * the wrapper text and nothing else.
 */
export const inlineWrapperRule: Rule = {
  id: 'inline-wrapper',
  summary: 'pl.Out / pl.InOut on @pl.jit.inline helper params (pypto strips them): fix removes the wrapper',
  defaultOn: false,
  fixes: { 'remove-wrapper': 'safe' },
  edits: ['unwrap'],
  kinds: ['inline-wrapper'],
  example: [
    '@pl.jit.inline',
    'def rms_norm(x: pl.Tensor[[T, D], pl.BF16], out: pl.Out[pl.Tensor[[T, D], pl.BF16]]): ...',
    '-> fix --extend-select inline-wrapper: out: pl.Tensor[[T, D], pl.BF16]',
  ].join('\n'),
  run(a: Analysis): RuleOutput {
    const findings: Finding[] = [];
    const fixes: Fix[] = [];
    const texts = new Map(a.modules.map((m) => [m.path, m.text]));
    for (const fn of a.functions) {
      const text = texts.get(fn.module.path);
      if (fn.role !== 'inline' || text === undefined) continue; // imported modules are read, never written
      for (const p of fn.params) {
        if (p.direction === 'In') continue;
        const f: Finding = { kind: 'inline-wrapper', ...ref(fn, p), direction: p.direction };
        findings.push(f);
        // `# pypto-direction: ignore` keeps the wrapper
        const edits = p.suppressed ? undefined : unwrapEdits(text, p);
        if (edits) fixes.push({ finding: f, edits, kind: 'remove-wrapper' });
      }
    }
    return { findings, fixes };
  },
};
