import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { codeChildren } from '../../analyze/syntax';
import type { Analysis } from '../types';

/** What a file's `golden` package offers, read (never run) from its `__init__`. */
export interface GoldenPackage {
  /** Its `run` takes `fn=` and `config=` and it no longer exports `run_jit`. */
  unified: boolean;
  /** The package's directory: its own modules are the harness, never converted. */
  dir: string;
}

function paramNames(def: Node): string[] {
  const out: string[] = [];
  for (const p of codeChildren(def.childForFieldName('parameters')!)) {
    const id = p.type === 'identifier' ? p : p.childForFieldName('name') ?? codeChildren(p).find((c) => c.type === 'identifier');
    if (id?.type === 'identifier') out.push(id.text);
  }
  return out;
}

/** The golden package `import golden` finds from a file, or undefined when none resolves. */
export function goldenPackageOf(a: Analysis, file: string): GoldenPackage | undefined {
  let memo = a.memo.get('golden-package') as Map<string, GoldenPackage | undefined> | undefined;
  if (!memo) a.memo.set('golden-package', (memo = new Map()));
  if (memo.has(file)) return memo.get(file);
  const mod = a.moduleNames(file, 'golden');
  let out: GoldenPackage | undefined;
  if (mod) {
    const run = mod.names.get('run');
    const params = run?.k === 'func' ? paramNames(run.def) : [];
    out = { unified: params.includes('fn') && params.includes('config') && !mod.names.has('run_jit'), dir: path.dirname(path.resolve(mod.path)) };
  }
  memo.set(file, out);
  return out;
}
