import { execFileSync } from 'child_process';
import * as path from 'path';
import { ToolError } from '../errors';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The work tree's top directory, or undefined outside a git work tree. */
export function gitTop(cwd: string): string | undefined {
  return git(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/**
 * Python files changed against `ref` (default HEAD) plus untracked ones, as
 * absolute paths. Outside a git work tree, or with an unknown ref, a usage error.
 */
export function changedFiles(cwd: string, ref = 'HEAD'): string[] {
  const top = gitTop(cwd);
  if (!top) throw new ToolError('usage', undefined, '--changed needs a git work tree');
  const diff = git(top, ['diff', '--name-only', '--diff-filter=ACMR', ref, '--']);
  if (diff === undefined) throw new ToolError('usage', undefined, `--changed: git does not know the ref "${ref}"`);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard']) ?? '';
  return [...new Set([...diff.split('\n'), ...untracked.split('\n')])]
    .filter((f) => f.endsWith('.py'))
    .map((f) => path.join(top, f));
}

/** Of the given files, those with uncommitted changes (or untracked) in their git work tree. */
export function dirtyFiles(files: string[]): string[] {
  const byTop = new Map<string, string[]>();
  for (const f of files) {
    const top = gitTop(path.dirname(f));
    if (!top) continue;
    byTop.set(top, [...(byTop.get(top) ?? []), f]);
  }
  const dirty: string[] = [];
  for (const [top, list] of byTop) {
    const status = git(top, ['status', '--porcelain', '--untracked-files=all', '--', ...list.map((f) => path.relative(top, f))]) ?? '';
    const changed = new Set(status.split('\n').filter(Boolean).map((l) => path.join(top, l.slice(3).replace(/^"|"$/g, ''))));
    dirty.push(...list.filter((f) => changed.has(path.resolve(f))));
  }
  return dirty;
}
