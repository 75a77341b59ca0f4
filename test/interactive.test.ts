import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { KeyReader, RawInput, ttyKeys } from '../src/cli/keys';
import { EventEmitter } from 'events';
import { io, tree } from './helpers/cli';

const EXAMPLES = path.join(__dirname, '..', 'examples', 'tiny_model');

/** A temp copy of examples/tiny_model (7 edits in 3 files) and its contents after a plain `fix`. */
async function examples() {
  const files = Object.fromEntries(fs.readdirSync(EXAMPLES).map((f) => [f, fs.readFileSync(path.join(EXAMPLES, f), 'utf8')]));
  const fixedDir = tree(files);
  expect(await main(['fix', '.'], io(fixedDir).sink)).toBe(0);
  const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return { dir: tree(files), original: files, fixed: (f: string) => read(fixedDir, f), read };
}

/** Keys from a list, like a terminal would give them; counts `close` calls. */
function keys(list: Array<string | undefined>) {
  const state = { closed: 0, opened: 0 };
  const open = (): KeyReader => {
    state.opened++;
    return { next: async () => list.shift(), close: () => void state.closed++ };
  };
  return { open, state, left: list };
}

describe('fix --interactive with single keys', () => {
  test('y, n, ? then a: edit 1 written, edit 2 kept, the rest written without asking', async () => {
    const ex = await examples();
    const k = keys(['y', 'n', '?', 'a']);
    const t = io(ex.dir, { keys: k.open });
    expect(await main(['fix', '-i', '.'], t.sink)).toBe(1); // one declined edit stays pending
    const err = t.err();
    expect(err).toMatch(/^edit 1 of 7: attention\.py\n--- attention\.py\n/);
    expect(err).toContain('Apply this edit? [y,n,a,q,?] y\n');
    expect(err).toContain('edit 2 of 7: attention.py');
    expect(err).toContain('edit 3 of 7: layer.py');
    expect(err).toContain('a - apply this edit and all the remaining ones');
    expect(err).not.toContain('edit 4 of 7');
    const attention = ex.read(ex.dir, 'attention.py');
    expect(attention).toContain('kv_cache: pl.InOut[pl.Tensor[');
    expect(attention).toContain('    out: pl.Tensor[[TOKENS, HIDDEN], pl.BF16],');
    expect(ex.read(ex.dir, 'layer.py')).toBe(ex.fixed('layer.py'));
    expect(ex.read(ex.dir, 'mlp_program.py')).toBe(ex.fixed('mlp_program.py'));
    expect(k.state).toEqual({ opened: 1, closed: 1 });
  });

  test('Ctrl-C quits: accepted edits are written, undecided ones are not', async () => {
    const ex = await examples();
    const k = keys(['y', 'x', '\x03', 'y']);
    const t = io(ex.dir, { keys: k.open });
    expect(await main(['fix', '-i', '.'], t.sink)).toBe(1);
    expect(t.err()).toContain('press y, n, a or q (? for help)');
    expect(t.err()).toContain('^C\n');
    expect(k.left).toEqual(['y']);
    expect(ex.read(ex.dir, 'attention.py')).not.toBe(ex.original['attention.py']);
    expect(ex.read(ex.dir, 'attention.py')).not.toBe(ex.fixed('attention.py'));
    expect(ex.read(ex.dir, 'layer.py')).toBe(ex.original['layer.py']);
    expect(ex.read(ex.dir, 'mlp_program.py')).toBe(ex.original['mlp_program.py']);
    expect(k.state.closed).toBe(1);
  });

  test('q, and the end of input, write nothing more', async () => {
    for (const stop of ['q', undefined]) {
      const ex = await examples();
      const k = keys([stop, 'y']);
      expect(await main(['fix', '-i', '.'], io(ex.dir, { keys: k.open }).sink)).toBe(1);
      for (const f of Object.keys(ex.original)) expect(ex.read(ex.dir, f)).toBe(ex.original[f]);
      expect(k.state.closed).toBe(1);
    }
  });

  test('the key reader is closed when the review fails', async () => {
    const ex = await examples();
    const k = keys(['y', 'y']);
    let prompts = 0;
    const t = io(ex.dir, { keys: k.open });
    t.sink.stderr = {
      write: (s: string) => {
        if (s.includes('Apply this edit?') && ++prompts === 2) throw new Error('terminal gone');
        return true;
      },
    };
    expect(await main(['fix', '-i', '.'], t.sink)).toBe(2);
    expect(k.state).toEqual({ opened: 1, closed: 1 });
    for (const f of Object.keys(ex.original)) expect(ex.read(ex.dir, f)).toBe(ex.original[f]);
  });

  test('keys are preferred to lines; lines still work without keys (piped input)', async () => {
    const ex = await examples();
    const lines = ['?', 'yes', 'n'];
    const prompts: string[] = [];
    const t = io(ex.dir, { ask: async (q) => (prompts.push(q), lines.shift()) });
    expect(await main(['fix', '-i', '.'], t.sink)).toBe(1);
    expect(prompts[0]).toMatch(/^edit 1 of 7: attention\.py\n/);
    expect(prompts[1]).toBe('y - apply this edit\nn - skip this edit\na - apply this edit and all the remaining ones\nq - quit: write only the edits accepted so far (Ctrl-C too)\n? - show this help\nApply this edit? [y,n,a,q,?] ');
    expect(prompts[3]).toMatch(/^edit 3 of 7: layer\.py\n/); // end of input after edit 2 quits
    expect(prompts).toHaveLength(4);
    const k = keys(['n', 'q']);
    const both = io(ex.dir, { keys: k.open, ask: async () => 'y' });
    await main(['fix', '-i', '--allow-dirty', '.'], both.sink);
    expect(k.left).toEqual([]);
  });
});

describe('ttyKeys', () => {
  /** A fake terminal input recording its raw-mode switches. */
  function input() {
    const events = new EventEmitter();
    const modes: boolean[] = [];
    const fake: RawInput & { emit: EventEmitter['emit'] } = {
      get isRaw() {
        return modes[modes.length - 1] ?? false;
      },
      setRawMode: (raw: boolean) => modes.push(raw),
      on: (e, l) => events.on(e, l),
      off: (e, l) => events.off(e, l),
      resume: () => undefined,
      pause: () => undefined,
      emit: events.emit.bind(events),
    };
    return { fake, modes, listeners: () => events.listenerCount('data') + events.listenerCount('end') };
  }

  test('raw mode from start to close; one chunk may hold several keys; an arrow key is one key', async () => {
    const { fake, modes, listeners } = input();
    const exitHooks = process.listenerCount('exit');
    const keys = ttyKeys(fake);
    expect(modes).toEqual([true]);
    expect(process.listenerCount('exit')).toBe(exitHooks + 1);
    const pending = keys.next();
    fake.emit('data', Buffer.from('y\x1b[Aq'));
    expect(await pending).toBe('y');
    expect(await keys.next()).toBe('\x1b[A');
    expect(await keys.next()).toBe('q');
    keys.close();
    keys.close();
    expect(modes).toEqual([true, false]);
    expect(listeners()).toBe(0);
    expect(process.listenerCount('exit')).toBe(exitHooks);
    expect(await keys.next()).toBeUndefined();
  });

  test('end of input resolves a waiting read to undefined', async () => {
    const { fake } = input();
    const keys = ttyKeys(fake);
    const pending = keys.next();
    fake.emit('end');
    expect(await pending).toBeUndefined();
    keys.close();
  });
});
