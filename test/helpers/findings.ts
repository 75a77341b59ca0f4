import type { Format } from '../../src/report';

/** A finding as every format can name it: `path:line:kind`. */
export type Key = string;

export const EDIT_KINDS = new Set(['fix']);

/** Reads the findings back out of each format's output. */
export const READERS: Record<Format, (out: string, err: string, command: string) => Key[]> = {
  text: (out, err, command) => {
    if (command === 'explain') return explainText(out);
    // fix --dry-run: the diff on stdout stands for the edits, the rest is on stderr
    return [...out.split('\n'), ...err.split('\n')].flatMap((l) => {
      const m = /^(\S[^:]*):(\d+):\d+: ([a-z-]+) /.exec(l);
      return m ? [`${m[1]}:${m[2]}:${m[3]}`] : [];
    });
  },
  json: (out) => JSON.parse(out).files.flatMap((f: any) => f.findings.map((x: any) => `${f.path}:${x.line}:${x.kind}`)),
  sarif: (out) => JSON.parse(out).runs[0].results.map((r: any) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.ruleId}`),
  github: (out) =>
    out.split('\n').flatMap((l) => {
      const m = /^::(?:error|warning|notice) file=([^,]*),line=(\d+),col=\d+,title=pypto-direction ([a-z-]+)::/.exec(l);
      return m ? [`${m[1]}:${m[2]}:${m[3]}`] : [];
    }),
  markdown: (out) => {
    let file = '';
    return out.split('\n').flatMap((l) => {
      if (l.startsWith('### ')) file = l.slice(4);
      const m = /^\| (\d+) \|(?:[^|]*\|){4} ([a-z-]+)[^|]*\|/.exec(l);
      return m ? [`${file}:${m[1]}:${m[2]}`] : [];
    });
  },
};

/** `explain` text: a file's name, then `  LINE: ENTRY.PARAM: STATUS  message` or `  LINE: KIND: message`. */
function explainText(out: string): Key[] {
  let file = '';
  return out.split('\n').flatMap((l) => {
    if (/^\S+\.py$/.test(l)) file = l;
    const m = /^ {2}(\d+): ([^:]+): (.*)$/.exec(l);
    if (!m) return [];
    if (!m[2].includes('.')) return [`${file}:${m[1]}:${m[2]}`];
    const status = m[3].split('  ')[0];
    const kind = status.includes(' -> ') ? 'fix' : /^(In|Out|InOut)$/.test(status) ? 'ok' : status;
    return [`${file}:${m[1]}:${kind}`];
  });
}

