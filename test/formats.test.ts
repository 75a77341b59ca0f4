import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PENDING_KINDS, WARNING_KINDS } from '../src/decide/findings';
import { analyzeFiles } from '../src/run/pipeline';
import { palette, unifiedDiff } from '../src/report/diff';
import { renderGithub } from '../src/report/github';
import { renderMarkdown } from '../src/report/markdown';
import { renderSarif } from '../src/report/sarif';
import { displayPath, RunReport } from '../src/report/summary';
import { summaryLine } from '../src/report/text';

const GOLDEN = path.join(__dirname, 'golden', 'formats');

// One InOut fix (after a CJK param, so columns count UTF-16 units), one Out fix on a
// multi-line annotation, one Scalar output, one inline wrapper.
const KERNELS = `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit

N = 256

@pl.jit
def accumulate(偏置: pl.Tensor[[N], pl.FP16], acc: pl.Tensor[[N], pl.FP16]):
    pl.store(pl.add(pl.load(acc, [0], [N]), pl.load(偏置, [0], [N])), [0], acc)

@pl.jit
def scale(
    src: pl.Tensor[[N], pl.FP32],
    dst: pl.Tensor[
        [N],
        pl.FP32,  # written, never read
    ],
):
    pl.store(pl.mul(pl.load(src, [0], [N]), 2.0), [0], dst)

@pl.jit
def count_above(values: pl.Tensor[[N], pl.FP32], hits: pl.Scalar[pl.INT32]):
    return pl.reduce_sum(pl.cast(pl.load(values, [0], [N]), pl.INT32))

@pl.jit.inline
def silu_tile(x: pl.Tensor[[N], pl.FP16], y: pl.Out[pl.Tensor[[N], pl.FP16]]):
    pl.store(pl.mul(pl.load(x, [0], [N]), 2.0), [0], y)

@pl.jit
def silu(x: pl.Tensor[[N], pl.FP16], y: pl.Out[pl.Tensor[[N], pl.FP16]]):
    silu_tile(x, y)

if __name__ == "__main__":
    run_jit(fn=accumulate, specs=[TensorSpec("偏置", [N], torch.float16, init_value=torch.randn),
                                  TensorSpec("acc", [N], torch.float16, init_value=torch.ones, is_output=True)])
    run_jit(fn=scale, specs=[TensorSpec("src", [N], torch.float32, init_value=torch.randn),
                             TensorSpec("dst", [N], torch.float32, is_output=True)])
    run_jit(fn=count_above, specs=[TensorSpec("values", [N], torch.float32, init_value=torch.randn),
                                   TensorSpec("hits", [1], torch.int32, is_output=True)])
    run_jit(fn=silu, specs=[TensorSpec("x", [N], torch.float16, init_value=torch.randn),
                            TensorSpec("y", [N], torch.float16, is_output=True)])
`;
// A syntax error, in a file whose name needs escaping in workflow-command properties.
const BROKEN = 'import pypto.language as pl\n\n\n@pl.jit\ndef broken(x: pl.Tensor[[4], pl.FP32]:\n    return x\n';

let report: RunReport;

beforeAll(async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-formats-')));
  fs.mkdirSync(path.join(dir, 'ops'));
  const files = [path.join(dir, 'ops', 'kernels.py'), path.join(dir, 'ops', 'broken, 50%.py')];
  fs.writeFileSync(files[0], KERNELS);
  fs.writeFileSync(files[1], BROKEN);
  const result = await analyzeFiles(files);
  const changed = result.files.filter((f) => f.output !== undefined && f.original && f.output !== f.original.text);
  report = { command: 'check', dryRun: false, result, changed, writeErrors: [], cwd: dir, verbose: true };
});

/** Compares to a golden file; `UPDATE_GOLDEN=1` rewrites it. */
function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  const expected = fs.readFileSync(file, 'utf8');
  if (expected !== actual) {
    throw new Error(`output differs from golden ${name} (UPDATE_GOLDEN=1 rewrites it):\n${unifiedDiff(name, expected, actual, palette(false))}`);
  }
}

/** Applies SARIF replacements to text, last position first. */
function applyReplacements(text: string, replacements: any[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const spans = replacements.map((r) => {
    const d = r.deletedRegion;
    return { start: offset(d.startLine, d.startColumn), end: offset(d.endLine, d.endColumn), text: r.insertedContent?.text ?? '' };
  });
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  return spans.reduce((t, s) => t.slice(0, s.start) + s.text + t.slice(s.end), text);
}

test('the report covers every case', () => {
  const kinds = report.result.files.flatMap((f) => f.findings.map((x) => (x.kind === 'unresolved' ? x.reason : x.kind)));
  expect(kinds).toEqual(expect.arrayContaining(['fix', 'scalar-output', 'inline-wrapper']));
  expect(report.result.files[0].fixes.map((f) => f.finding.kind === 'fix' && f.finding.to)).toEqual(['InOut', 'Out']);
  expect(report.result.files[1].error?.code).toBe('parse-error');
});

test('SARIF', () => {
  const out = renderSarif(report);
  expectGolden('sarif.json', out);
  const log = JSON.parse(out);
  expect(log.version).toBe('2.1.0');
  const [run] = log.runs;
  const shown = report.result.files.flatMap((f) => f.findings).filter((f) => PENDING_KINDS.has(f.kind) || WARNING_KINDS.has(f.kind));
  expect(run.results).toHaveLength(shown.length);
  for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  for (const file of report.changed) {
    const uri = displayPath(file.path, report.cwd);
    const fixes = run.results.filter((r: any) => r.ruleId === 'fix' && r.locations[0].physicalLocation.artifactLocation.uri === uri);
    expect(fixes).toHaveLength(file.findings.filter((f) => f.kind === 'fix').length);
    for (const r of fixes) expect(r.fixes[0].artifactChanges[0].replacements.length).toBeGreaterThan(0);
    const all = fixes.flatMap((r: any) => r.fixes[0].artifactChanges[0].replacements);
    expect(applyReplacements(file.original!.text, all)).toBe(file.output);
  }
  expect(run.invocations[0].toolExecutionNotifications).toHaveLength(1);
});

test('GitHub workflow commands', () => {
  const out = renderGithub(report);
  expectGolden('github.txt', out);
  const lines = out.trimEnd().split('\n');
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) /);
  expect(lines[lines.length - 1]).toBe(summaryLine(report));
  expect(out).toContain('file=ops/broken%2C 50%25.py,line=4');
});

test('Markdown', () => {
  const out = renderMarkdown(report);
  expectGolden('markdown.md', out);
  expect(out).toContain('2 params: 1 `pl.InOut`, 1 `pl.Out`');
  expect(out).toMatch(/^## pypto-direction\n/);
  // a `|` in a cell (here, an evidence path) is escaped so the row keeps its 7 columns
  const [kernels] = report.result.files;
  const piped = kernels.findings.map((f) => ('evidence' in f ? { ...f, evidence: f.evidence.map((e) => ({ ...e, path: e.path.replace('kernels', 'a|b') })) } : f));
  const md = renderMarkdown({ ...report, result: { ...report.result, files: [{ ...kernels, findings: piped }] } });
  expect(md).toContain('`ops/a\\|b.py:');
  for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
});
