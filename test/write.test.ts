import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ToolError } from '../src/errors';
import { writeAtomic } from '../src/rewrite/write';

function file(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-write-'));
  const f = path.join(dir, 'm.py');
  fs.writeFileSync(f, text);
  return f;
}

describe('atomic writes', () => {
  test('replaces the bytes, keeps the mode, leaves no temporary file', () => {
    const f = file('old\n');
    fs.chmodSync(f, 0o751);
    writeAtomic(f, Buffer.from('old\n'), Buffer.from('new\n'));
    expect(fs.readFileSync(f, 'utf8')).toBe('new\n');
    expect(fs.statSync(f).mode & 0o777).toBe(0o751);
    expect(fs.readdirSync(path.dirname(f))).toEqual(['m.py']);
  });

  test('a file changed on disk since it was read is left alone', () => {
    const f = file('old\n');
    fs.writeFileSync(f, 'someone else\n');
    let err: unknown;
    try {
      writeAtomic(f, Buffer.from('old\n'), Buffer.from('new\n'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ToolError);
    expect((err as ToolError).code).toBe('changed-on-disk');
    expect(fs.readFileSync(f, 'utf8')).toBe('someone else\n');
  });

  test('a missing file is a write error, not a crash', () => {
    const f = file('x\n');
    fs.unlinkSync(f);
    expect(() => writeAtomic(f, Buffer.from('x\n'), Buffer.from('y\n'))).toThrow(/cannot write/);
  });
});
