import { ToolError } from '../errors';
import type { Palette } from '../report/diff';
import type { KeyReader } from './keys';
import type { CliIO } from './main';

/** A reviewer's decision on one edit: yes, no, all remaining, quit. */
export type Answer = 'y' | 'n' | 'a' | 'q';

/** Asks for decisions; `close` must run on every path out of the review (it restores the terminal). */
export interface Answerer {
  answer(question: string): Promise<Answer>;
  close(): void;
}

const PROMPT = 'Apply this edit? [y,n,a,q,?] ';

const HELP = [
  'y - apply this edit',
  'n - skip this edit',
  'a - apply this edit and all the remaining ones',
  'q - quit: write only the edits accepted so far (Ctrl-C too)',
  '? - show this help',
].join('\n');

const KEYS: Record<string, Answer> = { y: 'y', n: 'n', a: 'a', q: 'q', '\x03': 'q', '\x04': 'q' };

/**
 * Single keypresses when the CLI has a terminal (`io.keys`), otherwise one
 * answer line each (`io.ask`: piped input, scripts). End of input is `q`.
 */
export function answerer(io: CliIO, c: Palette): Answerer {
  if (io.keys) {
    const openKeys = io.keys;
    let keys: KeyReader | undefined;
    return {
      async answer(question) {
        keys ??= openKeys();
        io.stderr.write(`${question}${PROMPT}`);
        for (;;) {
          const key = await keys.next();
          const answer = key === undefined ? 'q' : KEYS[key.toLowerCase()];
          if (answer) {
            io.stderr.write(key === '\x03' ? '^C\n' : key === undefined || key === '\x04' ? '\n' : `${key}\n`);
            return answer;
          }
          io.stderr.write(key === '?' ? `?\n${c.dim(HELP)}\n${PROMPT}` : `\n${c.yellow('press y, n, a or q (? for help)')}\n${PROMPT}`);
        }
      },
      close: () => keys?.close(),
    };
  }
  const ask = io.ask;
  if (!ask) throw new ToolError('usage', undefined, '--interactive needs a terminal (standard input)');
  return {
    async answer(question) {
      let text = question;
      for (;;) {
        const line = await ask(`${text}${PROMPT}`);
        if (line === undefined) return 'q';
        const answer = KEYS[line.trim().toLowerCase().slice(0, 1)];
        if (answer) return answer;
        text = line.trim() === '?' ? `${HELP}\n` : '';
      }
    },
    close: () => undefined,
  };
}
