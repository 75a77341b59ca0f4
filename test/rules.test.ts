import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { RULES, selectRules } from '../src/rules';
import { ENTRY, io, tree } from './helpers/cli';

describe('rule registry and selection', () => {
  test('every rule has an id, a summary, an example and the kinds it reports', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(10);
      expect(r.kinds.length).toBeGreaterThan(0);
    }
    expect(ids).toContain('direction');
  });

  test('select replaces the defaults, extend-select adds, ignore removes', () => {
    const defaults = RULES.filter((r) => r.defaultOn).map((r) => r.id);
    expect(selectRules({})).toEqual(defaults);
    expect(selectRules({ select: [] })).toEqual([]);
    expect(selectRules({ select: ['direction'] })).toEqual(['direction']);
    expect(selectRules({ select: [], extendSelect: ['direction'] })).toEqual(['direction']);
    expect(selectRules({ select: ['ALL'], ignore: ['direction'] })).not.toContain('direction');
    expect(() => selectRules({ ignore: ['no-such-rule'] })).toThrow(/unknown rule "no-such-rule"/);
  });

  test('--ignore direction turns the direction rule off; config select does too', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const off = io(dir);
    expect(await main(['check', '--ignore', 'direction', dir], off.sink)).toBe(0);
    expect(off.out()).toMatch(/0 edits/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.pypto-direction]\nselect = []\n');
    const cfg = io(dir);
    expect(await main(['check', dir], cfg.sink)).toBe(0);
    const back = io(dir);
    expect(await main(['check', '--extend-select', 'direction', dir], back.sink)).toBe(1);
    expect(back.out()).toMatch(/fix step\.y should be Out/);
  });

  test('an unknown rule is a usage error (exit 2); the rules command lists the registry', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const bad = io(dir);
    expect(await main(['check', '--select', 'nope', dir], bad.sink)).toBe(2);
    expect(bad.err()).toMatch(/unknown rule "nope"/);
    const list = io(dir);
    expect(await main(['rules'], list.sink)).toBe(0);
    for (const r of RULES) expect(list.out()).toContain(r.id);
    const one = io(dir);
    expect(await main(['rules', 'direction'], one.sink)).toBe(0);
    expect(one.out()).toMatch(/example:/);
  });
});
