import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { io } from './helpers/cli';

// Issue 20, 5 (and the one-sentence rules of 1 and 2): the README says what the tool does.
const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

/** The text of a `## heading` section, up to the next one. */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

test('the summary line is documented as check prints it', async () => {
  const documented = /Every run ends with one summary line: `([^`]+)`/.exec(README)?.[1];
  expect(documented).toBeDefined();
  // N is a count; a plural s may be missing (`1 file scanned`)
  const pattern = new RegExp(`^${documented!.replace(/N/g, '\\d+').replace(/s\b/g, 's?')}$`, 'm');
  const t = io(path.join(__dirname, '..'));
  await main(['check', 'examples'], t.sink);
  expect(t.out()).toMatch(pattern);
});

test('the first screen says how to run it on another tree: npx --prefix, a global install, pre-commit', () => {
  const first = README.slice(0, README.indexOf('\n## The main job'));
  expect(first).toMatch(/npx --prefix \S+ pypto-direction check/);
  expect(first).toMatch(/npm install --global \S+/);
  expect(first).toMatch(/pre-commit/);
});

test('Output formats and Configuration state the rules of one finding set and one resolver', () => {
  expect(section('Output formats')).toMatch(/\*\*every format reports the same findings, chosen by the\s+command and its flags alone\*\*/);
  expect(section('Configuration')).toMatch(/\*\*The CLI and the language server resolve options in one function, `resolveOptions`[^*]*a flag winning over the file[^*]*\*\*/);
});
