import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DirListings } from '../src/analyze/listings';

const describeOn = DirListings.supported() ? describe : describe.skip;
jest.setTimeout(30000);

describeOn('directory listings kept across runs answer as fs.existsSync does', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-listings-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const probes = () =>
    ['a.py', 'b.py', 'pkg', 'pkg/__init__.py', 'pkg/m.py', 'pkg/sub/__init__.py', 'nope/x.py', 'link.py', 'broken.py', 'a.py/x', 'gone', 'gone/y.py'].map((p) => path.join(dir, p));
  /** A listing read within 2 s of its directory's change is read again: wait until the tree is settled. */
  const settle = () => new Promise((r) => setTimeout(r, 2100));

  test('files and folders made, removed and linked between runs; settled folders are not read again', async () => {
    const listings = new DirListings();
    const trace = { dirs: new Set<string>(), asked: false };
    const agree = () => {
      const exists = listings.existsForRun(trace);
      for (const p of probes()) expect({ p, got: exists(p) }).toEqual({ p, got: fs.existsSync(p) });
    };
    fs.writeFileSync(path.join(dir, 'a.py'), '');
    fs.mkdirSync(path.join(dir, 'pkg'));
    fs.mkdirSync(path.join(dir, 'gone'));
    fs.writeFileSync(path.join(dir, 'gone', 'y.py'), '');
    agree();
    fs.writeFileSync(path.join(dir, 'pkg', '__init__.py'), '');
    fs.writeFileSync(path.join(dir, 'b.py'), '');
    agree();
    await settle();
    agree(); // read once more: the listings are now old enough to keep
    const reads = listings.reads;
    trace.dirs.clear();
    agree();
    expect(listings.reads).toBe(reads); // nothing changed: one stat per folder, no listing read
    expect(listings.unchanged(trace)).toBe(true);
    // changes after the listings were kept are seen (the folder's times move)
    fs.symlinkSync(path.join(dir, 'a.py'), path.join(dir, 'link.py'));
    fs.symlinkSync(path.join(dir, 'missing.py'), path.join(dir, 'broken.py'));
    fs.rmSync(path.join(dir, 'gone'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pkg', 'm.py'), '');
    expect(listings.unchanged(trace)).toBe(false);
    agree();
    fs.mkdirSync(path.join(dir, 'pkg', 'sub'));
    fs.writeFileSync(path.join(dir, 'pkg', 'sub', '__init__.py'), '');
    fs.rmSync(path.join(dir, 'a.py'));
    agree();
    expect(listings.reads).toBeGreaterThan(reads);
  });
});
