import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding } from '../../src/decide/findings';
import { firstSyntaxError, parseText } from '../../src/parse/module';
import { encodeSource } from '../../src/parse/source';
import { AnalyzeOptions, analyzeFiles } from '../../src/run/pipeline';
import { selectRules } from '../../src/rules';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** A fixture case: input files (relative names) and the expected bytes of those that change. */
export interface FixtureCase {
  name: string;
  dir: string;
  /** relative name -> absolute path of the input file */
  inputs: Map<string, string>;
  /** relative name -> expected bytes (only files that must change) */
  expected: Map<string, Buffer>;
  /** `absent`: patterns no finding may match (a case that must stay quiet on some kind). */
  expect: { unresolved: Array<Partial<Record<string, unknown>>>; warnings: Array<Partial<Record<string, unknown>>>; absent: Array<Partial<Record<string, unknown>>> };
  /** Analysis options the case runs with (`expect.json` `options`: `extendSelect`, `unsafeFixes`). */
  options: Partial<AnalyzeOptions>;
}

function listPy(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listPy(path.join(dir, e.name), base) : e.name.endsWith('.py') ? [path.relative(base, path.join(dir, e.name))] : []))
    .sort();
}

/** Loads every case under test/fixtures (single-file `input.py` or directory `input/`). */
export function loadCases(): FixtureCase[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((n) => fs.statSync(path.join(FIXTURES, n)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(FIXTURES, name);
      const inputs = new Map<string, string>();
      const expected = new Map<string, Buffer>();
      if (fs.existsSync(path.join(dir, 'input.py'))) {
        inputs.set('input.py', path.join(dir, 'input.py'));
        if (fs.existsSync(path.join(dir, 'expected.py'))) expected.set('input.py', fs.readFileSync(path.join(dir, 'expected.py')));
      } else {
        for (const rel of listPy(path.join(dir, 'input'))) inputs.set(rel, path.join(dir, 'input', rel));
        const exp = path.join(dir, 'expected');
        if (fs.existsSync(exp)) for (const rel of listPy(exp)) expected.set(rel, fs.readFileSync(path.join(exp, rel)));
      }
      const expectFile = path.join(dir, 'expect.json');
      const expect = fs.existsSync(expectFile) ? JSON.parse(fs.readFileSync(expectFile, 'utf8')) : {};
      const o = expect.options ?? {};
      const options: Partial<AnalyzeOptions> = {
        ...(o.extendSelect ? { rules: selectRules({ extendSelect: o.extendSelect }) } : {}),
        ...(o.unsafeFixes ? { unsafeFixes: true } : {}),
      };
      return { name, dir, inputs, expected, expect: { unresolved: expect.unresolved ?? [], warnings: expect.warnings ?? [], absent: expect.absent ?? [] }, options };
    });
}

/** Output of one analysis of a case: new bytes per relative file and all findings. */
export interface CaseRun {
  outputs: Map<string, Buffer>;
  findings: Finding[];
  errors: string[];
}

/** Analyzes the given files (a directory of copies, so imports resolve) and returns the fixed bytes. */
export async function runCase(files: Map<string, string>, options: Partial<AnalyzeOptions> = {}): Promise<CaseRun> {
  const rels = [...files.keys()];
  const result = await analyzeFiles(rels.map((r) => files.get(r)!), options);
  const outputs = new Map<string, Buffer>();
  const findings: Finding[] = [];
  const errors: string[] = [];
  result.files.forEach((f, i) => {
    findings.push(...f.findings);
    if (f.error) errors.push(f.error.message);
    const bytes = fs.readFileSync(f.path);
    outputs.set(rels[i], f.output !== undefined && f.original ? encodeSource({ text: f.output, bom: f.original.bom }) : bytes);
  });
  return { outputs, findings, errors };
}

/** Writes one Python source as `case.py` in a fresh directory and analyzes it. */
export async function analyzeSource(src: string, options: Partial<AnalyzeOptions> = {}): Promise<CaseRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-case-'));
  const file = path.join(dir, 'case.py');
  fs.writeFileSync(file, src);
  return runCase(new Map([['case.py', file]]), options);
}

/** Writes bytes into a fresh temporary tree and returns relative -> absolute paths. */
export function materialize(files: Map<string, Buffer>): Map<string, string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-fixture-'));
  const out = new Map<string, string>();
  for (const [rel, bytes] of files) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, bytes);
    out.set(rel, abs);
  }
  return out;
}

/** Lines that differ between two texts (same line count assumed), as `Missing`/`Noisy` notes. */
export function describeMisses(rel: string, input: string, expected: string, actual: string): string[] {
  const i = input.split('\n');
  const e = expected.split('\n');
  const a = actual.split('\n');
  const notes: string[] = [];
  for (let k = 0; k < Math.max(e.length, a.length); k++) {
    if (e[k] === a[k]) continue;
    if (a[k] === i[k]) notes.push(`Missing ${rel}:${k + 1}: expected ${JSON.stringify(e[k])}`);
    else notes.push(`Noisy ${rel}:${k + 1}: produced ${JSON.stringify(a[k])}${e[k] !== i[k] ? `, expected ${JSON.stringify(e[k])}` : ''}`);
  }
  return notes;
}

/** True when text parses without ERROR/MISSING nodes. */
export async function parsesCleanly(text: string): Promise<boolean> {
  const tree = await parseText(text);
  try {
    return !firstSyntaxError(tree.rootNode);
  } finally {
    tree.delete();
  }
}
