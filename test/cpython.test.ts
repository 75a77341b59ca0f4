import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ToolError } from '../src/errors';
import { findCompileError } from '../src/parse/compile-checks';
import { parseModule, parseText } from '../src/parse/module';
import { compileWithCPython, CPythonVerdict, findPython, writeBatch } from './helpers/cpython';
import { loadCases } from './helpers/fixtures';
import { generateTree, rng } from './helpers/gen-tree';
import { applyIndentMutation, drawIndentMutation } from './helpers/indent-mutate';
import { applyMutations, mutationArb } from './helpers/mutate';

/**
 * Our verdict against CPython's own: the project's fixtures, examples and
 * generated modules, damaged by the thousands (mostly in their layout:
 * indentation, tabs, block bodies, line order; some byte-level damage too),
 * are given to the tool's parse step and to `compile(src, path, "exec")`.
 * Every file CPython rejects must be refused by us (no false accepts); every
 * file it accepts must be accepted (no false rejects), with two principled
 * exceptions, counted: invalid UTF-8 (CPython 3.11 lets it pass inside
 * comments; this tool reads UTF-8 only, as PEP 3120 says) and a lone CR
 * (a line break to CPython, a space to tree-sitter: the tree would not be
 * the program Python runs). tree-sitter-python itself also fails on a few
 * valid layouts (a line inside brackets dedented below its block); those
 * files are refused, never edited, and counted.
 */

/** Why we may refuse a file CPython compiles. */
const PRINCIPLED = /is not valid UTF-8|lone CR/;

const SEED = Number(process.env.CPYTHON_SEED ?? 0x1d3e7);
const MUTANTS = Number(process.env.CPYTHON_MUTANTS ?? 2500);
const python = findPython();

function corpus(): Buffer[] {
  const files: Buffer[] = [];
  for (const c of loadCases()) {
    for (const abs of c.inputs.values()) files.push(fs.readFileSync(abs));
    for (const bytes of c.expected.values()) files.push(bytes);
  }
  const examples = path.join(__dirname, '..', 'examples', 'tiny_model');
  for (const f of fs.readdirSync(examples).sort()) files.push(fs.readFileSync(path.join(examples, f)));
  for (const g of generateTree(30, SEED)) files.push(g.original, g.fixed);
  return files;
}

/** Damaged copies: 85% line-level layout mutations, 15% byte-level ones from the fuzz test. */
function mutants(base: Buffer[]): Buffer[] {
  const r = rng(SEED);
  const bytewise = fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 2 }), { seed: SEED, numRuns: MUTANTS });
  const out: Buffer[] = [];
  for (let k = 0; k < MUTANTS; k++) {
    const src = base[Math.floor(r() * base.length)];
    if (r() < 0.15) {
      out.push(applyMutations(src, bytewise[k]));
      continue;
    }
    const bom = src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf;
    let text = src.toString('utf8').slice(bom ? 1 : 0);
    const count = 1 + Math.floor(r() * 3);
    for (let j = 0; j < count; j++) text = applyIndentMutation(text, drawIndentMutation(r));
    out.push(Buffer.from((bom ? '\ufeff' : '') + text, 'utf8'));
  }
  return out;
}

/**
 * Our verdict: accepted, or why the file is never edited: the error the
 * parse step refuses it with, or the compile check run on files with edits.
 */
async function ourVerdict(file: string, bytes: Buffer): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  try {
    const parsed = await parseModule(file, bytes);
    const tree = await parseText(parsed.source.text); // as the files about to be edited are checked
    const compileError = findCompileError(tree);
    tree.delete();
    return compileError ? { ok: false, code: 'parse-error', message: `${compileError.error}: ${compileError.message}` } : { ok: true };
  } catch (e) {
    if (!(e instanceof ToolError)) throw e;
    return { ok: false, code: e.code, message: e.message };
  }
}

const describeIfPython = python ? describe : describe.skip;
if (!python) console.warn('cpython.test.ts skipped: no python3 on PATH to compare with');

describeIfPython(`verdicts agree with CPython ${python ?? ''}`, () => {
  jest.setTimeout(120_000);

  test('every file CPython rejects is refused, and every file it accepts is parsed', async () => {
    const base = corpus();
    const files = [...base, ...mutants(base)];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-cpython-'));
    try {
      const paths = writeBatch(dir, files);
      const theirs: CPythonVerdict[] = compileWithCPython(paths);
      const falseAccepts: string[] = [];
      const falseRejects: string[] = [];
      const stats = { cpythonRejects: 0, layoutErrors: 0, principledRejects: 0, treeSitterRejects: 0 };
      for (let i = 0; i < files.length; i++) {
        const ours = await ourVerdict(paths[i], files[i]);
        const cp = theirs[i];
        if (!cp.ok) stats.cpythonRejects++;
        if (!cp.ok && /^(IndentationError|TabError)$/.test(cp.error)) stats.layoutErrors++;
        if (!cp.ok && ours.ok) falseAccepts.push(`${paths[i]}: CPython ${cp.error} line ${cp.line}: ${cp.message}`);
        if (cp.ok && !ours.ok) {
          if (PRINCIPLED.test(ours.message)) stats.principledRejects++;
          else if (/: (syntax error|missing [^;]*); file not analyzed/.test(ours.message)) stats.treeSitterRejects++;
          else falseRejects.push(`${paths[i]}: ${ours.message}`);
        }
      }
      console.log(`${files.length} files, CPython rejects ${stats.cpythonRejects} (${stats.layoutErrors} IndentationError/TabError); false accepts ${falseAccepts.length}, false rejects ${falseRejects.length} (+${stats.principledRejects} UTF-8 or lone CR, +${stats.treeSitterRejects} by tree-sitter)`);
      if (process.env.CPYTHON_KEEP) console.log({ dir, falseAccepts, falseRejects });
      // the corpus must exercise what is tested: many rejections, most of them layout errors tree-sitter misses
      expect(stats.layoutErrors).toBeGreaterThan(files.length / 10);
      expect(falseAccepts).toEqual([]);
      expect(falseRejects).toEqual([]);
      expect(stats.treeSitterRejects).toBeLessThan(files.length / 200);
    } finally {
      if (!process.env.CPYTHON_KEEP) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
