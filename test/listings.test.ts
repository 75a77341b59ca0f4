import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DirListings } from '../src/analyze/listings';

const describeOn = DirListings.supported() ? describe : describe.skip;

describeOn('directory listings kept across runs answer as fs.existsSync does', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-listings-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const probes = () =>
    ['a.py', 'b.py', 'pkg', 'pkg/__init__.py', 'pkg/m.py', 'pkg/sub/__init__.py', 'nope/x.py', 'link.py', 'broken.py', 'a.py/x', 'gone', 'gone/y.py'].map((p) => path.join(dir, p));

  /** Backdates a directory's times, as if it changed long ago (a listing read now is then kept). */
  const settle = (d: string) => fs.utimesSync(d, new Date(Date.now() - 60000), new Date(Date.now() - 60000));

  test('files and folders made, removed and linked between runs', () => {
    const listings = new DirListings();
    const agree = () => {
      const exists = listings.existsForRun();
      for (const p of probes()) expect({ p, got: exists(p) }).toEqual({ p, got: fs.existsSync(p) });
    };
    fs.writeFileSync(path.join(dir, 'a.py'), '');
    fs.mkdirSync(path.join(dir, 'pkg'));
    fs.mkdirSync(path.join(dir, 'gone'));
    fs.writeFileSync(path.join(dir, 'gone', 'y.py'), '');
    settle(dir);
    agree();
    fs.writeFileSync(path.join(dir, 'pkg', '__init__.py'), '');
    fs.writeFileSync(path.join(dir, 'b.py'), '');
    agree();
    fs.symlinkSync(path.join(dir, 'a.py'), path.join(dir, 'link.py'));
    fs.symlinkSync(path.join(dir, 'missing.py'), path.join(dir, 'broken.py'));
    fs.rmSync(path.join(dir, 'gone'), { recursive: true });
    agree();
    fs.mkdirSync(path.join(dir, 'pkg', 'sub'));
    fs.writeFileSync(path.join(dir, 'pkg', 'sub', '__init__.py'), '');
    fs.rmSync(path.join(dir, 'a.py'));
    agree();
    // a change inside a settled directory is seen too (its times move again)
    settle(dir);
    settle(path.join(dir, 'pkg'));
    agree();
    fs.writeFileSync(path.join(dir, 'pkg', 'm.py'), '');
    fs.writeFileSync(path.join(dir, 'a.py'), '');
    agree();
    expect(listings.size).toBeGreaterThan(0);
  });
});
