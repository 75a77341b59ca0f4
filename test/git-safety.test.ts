import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENTRY, ENTRY_FIXED } from './helpers/cli';

/**
 * `fix` asks git which files have uncommitted changes, and `--changed` asks
 * which files changed. A repository's own `.git/config` can name commands
 * git runs while answering (a cloned repository can carry one): the
 * file-system monitor, filter drivers (on files whose stat data changed),
 * hooks (when the index is rewritten), external diff programs. Here a real
 * repository configures each to leave a marker file; none may appear.
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.log('git safety tests skipped: no git on this machine');
const withGit = hasGit ? test : test.skip;

const roots: string[] = [];
afterAll(() => {
  for (const d of roots) fs.rmSync(d, { recursive: true, force: true });
});

/** A committed repository whose config then sets commands that each touch a marker in `markers/`. */
function hostileRepo(extraConfig: Array<[string, string]> = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-git-'));
  roots.push(dir);
  const repo = path.join(dir, 'repo');
  const markers = path.join(dir, 'markers');
  fs.mkdirSync(repo);
  fs.mkdirSync(markers);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: ENV, stdio: 'pipe' });
  git('init', '-q', '.');
  fs.writeFileSync(path.join(repo, 'm.py'), ENTRY);
  fs.writeFileSync(path.join(repo, 'other.py'), ENTRY.replace(/step/g, 'other'));
  fs.writeFileSync(path.join(repo, 'notes.txt'), 'notes\n');
  fs.writeFileSync(path.join(repo, '.gitattributes'), '*.py filter=evil diff=evil\n*.txt filter=proc\n');
  git('add', '-A');
  git('commit', '-qm', 'start');
  // only now the hostile part: the commits above ran none of it
  const touch = (name: string) => `touch ${JSON.stringify(path.join(markers, name))}`;
  const hooks = path.join(dir, 'hooks');
  fs.mkdirSync(hooks);
  for (const hook of ['post-index-change', 'pre-commit', 'post-checkout']) {
    fs.writeFileSync(path.join(hooks, hook), `#!/bin/sh\n${touch(hook)}\n`, { mode: 0o755 });
  }
  const config: Array<[string, string]> = [
    ['core.fsmonitor', `${touch('fsmonitor')}; false`],
    ['core.hooksPath', hooks],
    ['filter.evil.clean', `${touch('clean-filter')}; cat`],
    ['filter.evil.smudge', `${touch('smudge-filter')}; cat`],
    ['filter.proc.process', touch('process-filter')],
    ['filter.proc.required', 'true'],
    ['diff.external', touch('external-diff')],
    ['diff.evil.textconv', touch('textconv')],
    ['core.pager', touch('pager')],
    ...extraConfig,
  ];
  for (const [k, v] of config) git('config', k, v);
  // new stat data, same bytes: git must look at the contents again (through the filters, if it may)
  const later = new Date(Date.now() + 5000);
  for (const f of ['m.py', 'other.py', 'notes.txt']) fs.utimesSync(path.join(repo, f), later, later);
  return { repo, markers };
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'compile'], { cwd: ROOT, stdio: 'ignore' });
});

describe('git runs no command the analyzed repository configures', () => {
  withGit('the markers work: plain git status in the repository runs them', () => {
    const { repo, markers } = hostileRepo();
    spawnSync('git', ['status', '--porcelain'], { cwd: repo });
    expect(fs.readdirSync(markers)).toEqual(expect.arrayContaining(['fsmonitor', 'clean-filter']));
  });

  withGit('fix (the dirty-tree check) runs none of them, and still fixes the clean file', () => {
    const { repo, markers } = hostileRepo();
    const r = cli(['fix', '--no-cache', 'm.py'], repo);
    expect(fs.readdirSync(markers)).toEqual([]);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'm.py'), 'utf8')).toBe(ENTRY_FIXED);
  });

  withGit('the dirty-tree check still refuses a file with uncommitted changes, running none of them', () => {
    const { repo, markers } = hostileRepo();
    fs.appendFileSync(path.join(repo, 'other.py'), '# local change\n');
    const r = cli(['fix', '--no-cache', 'other.py'], repo);
    expect(fs.readdirSync(markers)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: 1 file\(s\) to fix have uncommitted changes \(other\.py\); nothing written/m);
  });

  withGit('--changed (git diff and ls-files) runs none of them', () => {
    const { repo, markers } = hostileRepo();
    fs.appendFileSync(path.join(repo, 'other.py'), '# local change\n');
    fs.writeFileSync(path.join(repo, 'new.py'), ENTRY.replace(/step/g, 'fresh'));
    const r = cli(['check', '--no-cache', '--changed', '.'], repo);
    expect(fs.readdirSync(markers)).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/2 files scanned, 2 to change/);
  });

  withGit('a filter driver whose name cannot be turned off: git is not run there, and fix says so in one line', () => {
    const { repo, markers } = hostileRepo([['filter.a=b.clean', 'touch /nonexistent-dir/x']]);
    const r = cli(['fix', '--no-cache', 'm.py'], repo);
    expect(fs.readdirSync(markers)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*repo: its git config defines a filter driver named "a=b", which cannot be turned off; git was not run there \(pass --allow-dirty to skip the git check\)$/)]);
    expect(fs.readFileSync(path.join(repo, 'm.py'), 'utf8')).toBe(ENTRY);
  });
});
