import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * `fix -i` on a real pseudo-terminal: the built CLI runs in a detached tmux
 * session (its own server socket), keys go in with `send-keys`, the screen
 * comes back with `capture-pane`. Every wait polls with a deadline.
 */
const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const EXAMPLES = path.join(ROOT, 'examples', 'tiny_model');
const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const WAIT_MS = 30_000;

/** A tmux server of our own running `command` in a 200x50 pane; `close` kills it. */
function session(command: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-tty-'));
  const socket = path.join(dir, 'tmux.sock');
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
  delete env.TMUX;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, ...args], { env, encoding: 'utf8', timeout: 10_000 });
  tmux('-f', '/dev/null', 'new-session', '-d', '-x', '200', '-y', '50', '-s', 'review', command);
  const screen = () => tmux('capture-pane', '-p', '-J', '-t', 'review', '-S', '-', '-E', '-');
  return {
    screen,
    keys: (...keys: string[]) => void tmux('send-keys', '-t', 'review', ...keys),
    /** Polls the screen until `pattern` matches `count` times; fails with the screen after WAIT_MS. */
    async waitFor(pattern: RegExp, count = 1): Promise<string> {
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        const text = screen();
        if ((text.match(new RegExp(pattern.source, 'g')) ?? []).length >= count) return text;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close() {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A temp copy of examples/tiny_model and the shell command that reviews it, then prints the exit code and `stty -a`. */
function reviewCommand() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-tty-tree-'));
  for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = `cd ${q(dir)} && ${q(process.execPath)} ${q(BIN)} fix -i --no-cache .; echo "exit=$?"; stty -a; echo "stty done"; sleep 300`;
  return { dir, command, read: (f: string) => fs.readFileSync(path.join(dir, f), 'utf8'), original: (f: string) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8') };
}

/** The `stty -a` output after the CLI exited says the terminal is back in line mode with echo. */
function expectRestored(screen: string) {
  const stty = screen.slice(screen.lastIndexOf('exit='));
  expect(stty).toMatch(/(^|\s)icanon(\s|$)/m);
  expect(stty).toMatch(/(^|\s)echo(\s|$)/m);
  expect(stty).toMatch(/(^|\s)isig(\s|$)/m);
}

(hasTmux ? describe : describe.skip)('fix -i on a terminal (tmux)', () => {
  test('y, n, ? and Ctrl-C: one edit written, help shown, terminal restored', async () => {
    expect(fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))).toBe(true); // npm test builds first
    const tree = reviewCommand();
    const tty = session(tree.command);
    try {
      await tty.waitFor(/edit 1 of 7: attention\.py[\s\S]*Apply this edit\? \[y,n,a,q,\?\]\s*$/);
      tty.keys('y');
      await tty.waitFor(/edit 2 of 7: attention\.py/);
      tty.keys('n');
      await tty.waitFor(/edit 3 of 7: layer\.py[\s\S]*Apply this edit\?/);
      tty.keys('?');
      await tty.waitFor(/q - quit: write only the edits accepted so far/);
      tty.keys('C-c');
      const screen = await tty.waitFor(/stty done/);
      expect(screen).toContain('Apply this edit? [y,n,a,q,?] y\n');
      expect(screen).toContain('Apply this edit? [y,n,a,q,?] n\n');
      expect(screen).toMatch(/Apply this edit\? \[y,n,a,q,\?\] \^C\n/);
      expect(screen).not.toContain('edit 4 of 7');
      expect(screen).toContain('exit=1');
      expectRestored(screen);
      expect(tree.read('attention.py')).toContain('kv_cache: pl.InOut[pl.Tensor[');
      expect(tree.read('attention.py')).toContain('    out: pl.Tensor[[TOKENS, HIDDEN], pl.BF16],');
      expect(tree.read('layer.py')).toBe(tree.original('layer.py'));
      expect(tree.read('mlp_program.py')).toBe(tree.original('mlp_program.py'));
    } finally {
      tty.close();
      fs.rmSync(tree.dir, { recursive: true, force: true });
    }
  }, 90_000);

  test('n then a: every other edit written without asking again', async () => {
    const tree = reviewCommand();
    const tty = session(tree.command);
    try {
      await tty.waitFor(/edit 1 of 7: attention\.py[\s\S]*Apply this edit\? \[y,n,a,q,\?\]\s*$/);
      tty.keys('n');
      await tty.waitFor(/edit 2 of 7: attention\.py[\s\S]*Apply this edit\?/);
      tty.keys('a');
      const screen = await tty.waitFor(/stty done/);
      expect(screen).not.toContain('edit 3 of 7');
      expect(screen).toContain('exit=1');
      expect(screen).toContain('3 files scanned, 3 changed, 6 edits');
      expectRestored(screen);
      expect(tree.read('attention.py')).toContain('    out: pl.Out[pl.Tensor[[TOKENS, HIDDEN], pl.BF16]],');
      expect(tree.read('attention.py')).not.toContain('pl.InOut');
      expect(tree.read('mlp_program.py')).toContain('acc: pl.InOut[');
    } finally {
      tty.close();
      fs.rmSync(tree.dir, { recursive: true, force: true });
    }
  }, 90_000);
});
