import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeFiles } from '../src/run/pipeline';
import { Scheduler } from '../src/server/scheduler';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('server scheduling', () => {
  test('changes within the debounce make one run', async () => {
    const runs: string[] = [];
    const s = new Scheduler(async (key) => void runs.push(key), (_, e) => { throw e; });
    for (let i = 0; i < 5; i++) {
      s.schedule('a', 30);
      await sleep(5);
    }
    await sleep(100);
    expect(runs).toEqual(['a']);
    s.stop();
  });

  test('a change during a run aborts it and runs it again; one run at a time, in the order they came due', async () => {
    const log: string[] = [];
    const s = new Scheduler(
      async (key, signal) => {
        log.push(`start ${key}`);
        await sleep(60);
        log.push(`${signal.aborted ? 'aborted' : 'done'} ${key}`);
      },
      (_, e) => { throw e; },
    );
    s.schedule('a', 0);
    await sleep(20);
    s.schedule('a', 0); // while the first run of a is going
    s.schedule('b', 0);
    await sleep(300);
    expect(log).toEqual(['start a', 'aborted a', 'start a', 'done a', 'start b', 'done b']);
    s.stop();
  });

  test('an aborted signal stops an analysis between files and it returns nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-abort-'));
    const files = ['input/builders.py', 'input/smoother.py'].map((f) => {
      const to = path.join(dir, path.basename(f));
      fs.copyFileSync(path.join(__dirname, 'fixtures', 'server-project', f), to);
      return to;
    });
    const controller = new AbortController();
    controller.abort(new Error('superseded'));
    await expect(analyzeFiles(files, { signal: controller.signal })).rejects.toThrow('superseded');
    // the same files analyze normally afterwards
    const ok = await analyzeFiles(files, { signal: new AbortController().signal });
    expect(ok.files.flatMap((f) => f.findings.filter((x) => x.kind === 'fix'))).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
