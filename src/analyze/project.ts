import * as fs from 'fs';
import * as path from 'path';
import { ToolError } from '../errors';
import { ParsedModule, parseModule, parseModuleAndTree } from '../parse/module';
import type { Tree } from 'web-tree-sitter';
import type { ModuleHost } from './eval/interpreter';
import { ModuleContext } from './eval/module-context';
import { fileLoadedModules } from '../facts/file-loads';
import { importStatements } from './pypto-symbols';
import { importCandidates } from './resolve';
import { AnalysisSession } from './session';
import { mayHoldEntries } from '../facts/scan';
import { WorkCounts } from '../work';

/** Names whose call builds a golden spec, unless configured otherwise. */
export const DEFAULT_SPEC_CLASSES = ['TensorSpec', 'ScalarSpec'];

/** Parses files, or gives back trees it parsed before for the same bytes (exactly what a parse would give). */
export interface TreeSource {
  /** As {@link parseModule}, counting into `work` only the parses it makes. */
  parse(file: string, bytes: Uint8Array, work: WorkCounts): Promise<ParsedModule>;
}

/** A problem with a file the project needed but could not use. */
export interface LoadProblem {
  path: string;
  error: ToolError;
}

/**
 * The set of Python modules an analysis can see: the files being analyzed,
 * plus any module they import that can be found on disk (read, never run,
 * never written). Each module is parsed once, and a library without
 * entries once per session.
 */
export class Project implements ModuleHost {
  private readonly contexts = new Map<string, ModuleContext | null>();
  private readonly exists: (file: string) => boolean;
  private readonly resolved = new Map<string, ModuleContext | undefined>();
  private readonly candidateCache = new Map<string, string[]>();
  readonly problems: LoadProblem[] = [];
  readonly specClassNames: ReadonlySet<string>;
  /** What this project's analysis did (one import group's work). */
  readonly work = new WorkCounts();

  constructor(
    /** Root directories given to the tool (absolute). */
    readonly roots: string[],
    specClassNames: Iterable<string> = DEFAULT_SPEC_CLASSES,
    /** Contents to use instead of the file on disk (an editor's unsaved buffers), by resolved path. */
    private readonly overrides?: ReadonlyMap<string, Uint8Array>,
    /** What the run shares between groups (library parses, what exists on disk, region numbers). */
    readonly session = new AnalysisSession(),
  ) {
    this.specClassNames = new Set(specClassNames);
    this.exists = session.exists;
  }

  /** Every module loaded so far (analyzed and imported). */
  all(): ModuleContext[] {
    return [...this.contexts.values()].filter((c): c is ModuleContext => c !== null);
  }

  /** Where parses come from instead of tree-sitter when set (a run with a cache: stored trees by content hash). */
  trees?: TreeSource;

  /**
   * Files whose tree-sitter tree is kept when this project parses them
   * (see {@link takeWasmTree}); none when unset.
   */
  keepWasmTree?: (file: string) => boolean;
  private readonly wasmTrees = new Map<ParsedModule, Tree>();

  /** Parses a file, counting the work. */
  async parse(file: string, bytes: Uint8Array): Promise<ParsedModule> {
    if (this.trees) return this.trees.parse(file, bytes, this.work);
    this.work.filesParsed++;
    let parsed: ParsedModule;
    if (this.keepWasmTree?.(file)) {
      const both = await parseModuleAndTree(file, bytes);
      parsed = both.parsed;
      this.wasmTrees.set(parsed, both.tree);
    } else {
      parsed = await parseModule(file, bytes);
    }
    this.work.syntaxNodes += parsed.tree.size;
    return parsed;
  }

  /**
   * The tree-sitter tree this project parsed `parsed` from, if it kept it:
   * the caller owns it (and frees it). Each is given once.
   */
  takeWasmTree(parsed: ParsedModule): Tree | undefined {
    const tree = this.wasmTrees.get(parsed);
    this.wasmTrees.delete(parsed);
    return tree;
  }

  /** Frees the tree-sitter trees kept and not taken. */
  freeWasmTrees(): void {
    for (const tree of this.wasmTrees.values()) tree.delete();
    this.wasmTrees.clear();
  }

  /**
   * Parses one of the analyzed files, or takes the session's parse of the
   * same bytes under the same name (a language server analyzes the unchanged
   * files of a group again after each edit).
   */
  async parseAnalyzed(file: string, bytes: Uint8Array): Promise<ParsedModule> {
    const key = path.resolve(file);
    const kept = this.session.analyzedParse(key, file, bytes);
    if (kept) return kept;
    const parsed = await this.parse(file, bytes);
    this.session.keepAnalyzedParse(key, parsed);
    return parsed;
  }

  /** Registers an already parsed file (one of the analyzed files). */
  add(parsed: ParsedModule): ModuleContext {
    const ctx = new ModuleContext(parsed);
    this.contexts.set(path.resolve(parsed.path), ctx);
    return ctx;
  }

  /** The context of a file, parsing it on first use; null when unusable. */
  async load(file: string): Promise<ModuleContext | null> {
    const key = path.resolve(file);
    if (this.contexts.has(key)) return this.contexts.get(key)!;
    try {
      const bytes = this.overrides?.get(key) ?? fs.readFileSync(key);
      const shared = this.session.libraries.get(key);
      const parsed = shared && Buffer.from(shared.bytes).equals(bytes) ? shared : await this.parse(key, bytes);
      if (!parsed.shared && !mayHoldEntries(parsed.source.text)) {
        // libraries without entries (golden harness, configs) are imported by many groups: parse once
        parsed.shared = true;
        this.session.libraries.set(key, parsed);
      }
      const ctx = new ModuleContext(parsed);
      this.contexts.set(key, ctx);
      return ctx;
    } catch (e) {
      this.contexts.set(key, null);
      if (e instanceof ToolError) this.problems.push({ path: file, error: e });
      return null;
    }
  }

  /**
   * Loads, ahead of evaluation, every module the given ones import that can be
   * found on disk, transitively. Evaluation itself is synchronous.
   */
  async preloadImports(modules: ModuleContext[]): Promise<void> {
    const queue = [...modules];
    const seen = new Set(queue);
    while (queue.length) {
      const mod = queue.pop()!;
      for (const { dotted, level } of importsOf(mod)) {
        for (const file of this.candidates(mod.path, dotted, level)) {
          if (!this.exists(file)) continue;
          const ctx = await this.load(file);
          if (ctx && !seen.has(ctx)) {
            seen.add(ctx);
            queue.push(ctx);
          }
          break;
        }
      }
    }
  }

  resolveImport(from: ModuleContext, dotted: string, level: number): ModuleContext | undefined {
    // imports inside builders run on every call: remember the answer per importing directory
    const key = `${path.dirname(from.path)}\0${level}\0${dotted}`;
    if (this.resolved.has(key)) return this.resolved.get(key)!;
    let found: ModuleContext | undefined;
    for (const file of this.candidates(from.path, dotted, level)) {
      const ctx = this.contexts.get(file);
      if (ctx) {
        found = ctx;
        break;
      }
    }
    this.resolved.set(key, found);
    return found;
  }

  /** Files an import may refer to, most likely first (remembered per importing directory). */
  private candidates(fromPath: string, dotted: string, level: number): string[] {
    const dir = path.dirname(path.resolve(fromPath));
    const key = `${dir}\0${level}\0${dotted}`;
    let hit = this.candidateCache.get(key);
    if (!hit) this.candidateCache.set(key, (hit = importCandidates(dir, dotted, level, this.exists, this.roots)));
    return hit;
  }
}

function importsOf(mod: ModuleContext): Array<{ dotted: string; level: number }> {
  const out: Array<{ dotted: string; level: number }> = [];
  for (const node of importStatements(mod.parsed.tree.rootNode, mod.parsed.source.text)) {
    if (node.type === 'import_statement') {
      for (const item of node.namedChildren) {
        if (!item) continue;
        const name = item.type === 'aliased_import' ? item.childForFieldName('name')!.text : item.text;
        const parts = name.split('.');
        for (let i = 1; i <= parts.length; i++) out.push({ dotted: parts.slice(0, i).join('.'), level: 0 });
      }
      continue;
    }
    const modNode = node.childForFieldName('module_name')!;
    let level = 0;
    let dotted = modNode.text;
    if (modNode.type === 'relative_import') {
      level = modNode.namedChildren.find((c) => c?.type === 'import_prefix')?.text.length ?? 0;
      dotted = modNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
    }
    out.push({ dotted, level });
    // `from pkg import submodule`
    for (const item of node.childrenForFieldName('name')) {
      const name = item.type === 'aliased_import' ? item.childForFieldName('name')!.text : item.text;
      out.push({ dotted: dotted ? `${dotted}.${name}` : name, level });
    }
  }
  for (const name of fileLoadedModules(mod.parsed.source.text)) out.push({ dotted: name, level: 1 });
  return out;
}
