import { execFileSync } from 'child_process';
import * as path from 'path';
import { ToolError } from '../errors';

/**
 * Settings that keep git from running any command the analyzed repository
 * configures (a cloned repository can carry a `.git/config`): the
 * file-system monitor hook, hooks (`post-index-change` runs when status
 * rewrites the index), external diff programs, and every transport (a
 * partial clone fetches missing objects, which runs ssh, credential helpers
 * and remote helpers). Filter drivers (`filter.<name>.clean`/`process`, run
 * on files whose stat data changed) have names of the repository's choosing:
 * `neutralFilters` turns off each one it configures.
 */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'protocol.allow=never',
  'core.sshCommand=false',
  'credential.helper=',
].flatMap((kv) => ['-c', kv]);

/** Never write the index (status would, and a concurrent `git add` would then find it locked). */
const SAFE_ENV = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['--no-pager', ...SAFE_CONFIG, ...args], { cwd, env: SAFE_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * `-c` options that turn off every filter driver the repository at `top`
 * configures (reading config runs nothing). A driver whose name holds `=`
 * cannot be named in `-c`: git is then not run there at all.
 */
function neutralFilters(top: string): string[] {
  const keys = git(top, ['config', '-z', '--name-only', '--get-regexp', '^filter\\.']) ?? '';
  const names = new Set<string>();
  for (const key of keys.split('\0')) {
    const m = /^filter\.(.*)\.[^.]+$/s.exec(key.trim());
    if (m) names.add(m[1]);
  }
  const args: string[] = [];
  for (const name of names) {
    if (name.includes('=') || name.includes('\n')) {
      throw new ToolError('usage', top, `its git config defines a filter driver named ${JSON.stringify(name)}, which cannot be turned off; git was not run there`, 'pass --allow-dirty to skip the git check');
    }
    for (const kv of ['clean=', 'smudge=', 'process=', 'required=false']) args.push('-c', `filter.${name}.${kv}`);
  }
  return args;
}

/** Runs git in the work tree `top` with the repository's own commands turned off. */
function gitIn(top: string, args: string[]): string | undefined {
  return git(top, [...neutralFilters(top), ...args]);
}

/** The work tree's top directory, or undefined outside a git work tree. */
export function gitTop(cwd: string): string | undefined {
  return git(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** The top of the work tree holding `cwd` and its git directory (absolute), or undefined outside one. */
export function gitLocation(cwd: string): { top: string; gitDir: string } | undefined {
  const [top, gitDir] = (git(cwd, ['rev-parse', '--show-toplevel', '--absolute-git-dir']) ?? '').split('\n');
  return top && gitDir ? { top: path.resolve(top), gitDir: path.resolve(gitDir) } : undefined;
}

/** NUL-separated names, as `-z` prints them. */
function names(out: string): string[] {
  return out.split('\0').filter(Boolean);
}

/**
 * Python files changed against `ref` (default HEAD) plus untracked ones, as
 * absolute paths. Outside a git work tree, or with an unknown ref, a usage error.
 */
export function changedFiles(cwd: string, ref = 'HEAD'): string[] {
  const top = gitTop(cwd);
  if (!top) throw new ToolError('usage', undefined, '--changed needs a git work tree');
  const diff = gitIn(top, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '--diff-filter=ACMR', ref, '--']);
  if (diff === undefined) throw new ToolError('usage', undefined, `--changed: git does not know the ref "${ref}"`);
  const untracked = gitIn(top, ['ls-files', '-z', '--others', '--exclude-standard']) ?? '';
  return [...new Set([...names(diff), ...names(untracked)])].filter((f) => f.endsWith('.py')).map((f) => path.join(top, f));
}

/**
 * Of the given files, those with uncommitted changes (or untracked) in their
 * git work tree. A work tree whose status git cannot give is an error: the
 * check must not pass by failing.
 */
export function dirtyFiles(files: string[]): string[] {
  const byTop = new Map<string, string[]>();
  for (const f of files) {
    const top = gitTop(path.dirname(f));
    if (!top) continue;
    byTop.set(top, [...(byTop.get(top) ?? []), f]);
  }
  const dirty: string[] = [];
  for (const [top, list] of byTop) {
    const status = gitIn(top, ['status', '--porcelain', '-z', '--no-renames', '--ignore-submodules=all', '--untracked-files=all', '--', ...list.map((f) => path.relative(top, f))]);
    if (status === undefined) throw new ToolError('dirty', top, 'git status failed, so uncommitted changes cannot be ruled out; nothing written', 'pass --allow-dirty to skip the git check');
    // each entry is `XY path`
    const changed = new Set(names(status).map((entry) => path.join(top, entry.slice(3))));
    dirty.push(...list.filter((f) => changed.has(path.resolve(f))));
  }
  return dirty;
}
