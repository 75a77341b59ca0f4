import { buildParser } from '../src/cli/main';
import { CommandName, flagsOf, resolveOptions } from '../src/cli/options';
import { quickArgs } from '../src/cli/quick-args';

const parse = (argv: string[]) =>
  new Promise<Record<string, unknown>>((resolve, reject) => buildParser().parse(argv, {}, (err, args) => (err ? reject(err) : resolve(args as Record<string, unknown>))));

/** What a run takes from its arguments: the resolved options (no config file) and the paths. */
const meaning = (args: Record<string, unknown>) => {
  const command = String((args._ as unknown[])[0]) as CommandName;
  const { settings, rules, analyze } = resolveOptions(command, args, { cwd: '/tmp', env: {}, flagsOnly: true });
  return { command, settings, rules, analyze, paths: ((args.paths as unknown[]) ?? []).map(String) };
};

describe('quickArgs (the command line read without yargs)', () => {
  test.each([
    [['check', '.']],
    [['check']],
    [['fix', 'a.py', 'b']],
    [['explain', 'x.py:3', 'check']],
    [['check', '--cache-dir', '/tmp/c', '.']],
    [['check', '--no-cache', 'models', '--verbose']],
    [['fix', '--dry-run', '--format', 'json', '--unsafe-fixes', '.']],
    [['check', '--no-respect-gitignore', '--workers', '0', '--era', 'spec', '--strict']],
    [['explain', '--evidence', 'final', '--color', 'never', '--work-counts', '--config', 'p.toml', 'a']],
    [['check', '--changed', '--base', 'main', '--stdin-filename', 'x.py']],
  ])('%j means what yargs makes of it', async (argv) => {
    const quick = quickArgs(argv, flagsOf);
    expect(quick).toBeDefined();
    expect(meaning(quick!)).toEqual(meaning(await parse(argv)));
  });

  test.each([
    [['server']],
    [['rules']],
    [['check', '-v']],
    [['check', '--format=json']],
    [['check', '--verbose', '--verbose']],
    [['check', '--format', 'bogus']],
    [['check', '--help']],
    [['check', '--version']],
    [['check', '--cache-dir']],
    [['check', '--cache-dir', '-x']],
    [['check', '--bogus']],
    [['check', '--no-cache-dir', 'x']],
    [['check', '--dry-run']],
    [['explain', '--spec-class', 'A']],
    [['check', '--no-no-cache']],
    [['check', '--select', 'direction']],
  ])('%j is left to yargs', (argv) => {
    expect(quickArgs(argv, flagsOf)).toBeUndefined();
  });
});
