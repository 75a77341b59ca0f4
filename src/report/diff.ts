/** Colours for terminal output; identity functions when colour is off. */
export interface Palette {
  red(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
}

const wrap = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;

/** A palette with ANSI colours, or a plain one. */
export function palette(color: boolean): Palette {
  const id = (s: string) => s;
  return color
    ? { red: wrap(31), green: wrap(32), cyan: wrap(36), bold: wrap(1), yellow: wrap(33), dim: wrap(2) }
    : { red: id, green: id, cyan: id, bold: id, yellow: id, dim: id };
}

const CONTEXT = 3;

/** One line of an alignment: kept, removed from the old text, or added in the new. */
type Op = { t: ' ' | '-' | '+'; a: number; b: number };

/**
 * Aligns two line lists with Myers' O(ND) algorithm: fast for our edits,
 * which change few lines (D small) in files of any length.
 */
function align(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Array<Map<number, number>> = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const px = vd.get(prevK) ?? 0;
    const py = px - prevK;
    while (x > px && y > py) ops.push({ t: ' ', a: --x, b: --y });
    if (d > 0) {
      if (x === px) ops.push({ t: '+', a: x, b: --y });
      else ops.push({ t: '-', a: --x, b: y });
    }
  }
  return ops.reverse();
}

/**
 * A unified diff of two texts (lines aligned with Myers' algorithm, three
 * lines of context, removed lines before added ones within a change).
 */
export function unifiedDiff(path: string, before: string, after: string, colors: Palette): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const ops = align(a, b);
  const out: string[] = [colors.bold(`--- ${path}`), colors.bold(`+++ ${path}`)];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].t === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // extend the hunk while the next change is within 2 * CONTEXT lines
    for (let j = i; j < ops.length; j++) {
      if (ops[j].t !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length - 1, end + CONTEXT);
    const hunk = ops.slice(start, stop + 1);
    const oldCount = hunk.filter((o) => o.t !== '+').length;
    const newCount = hunk.filter((o) => o.t !== '-').length;
    const first = hunk[0];
    out.push(colors.cyan(`@@ -${first.a + (oldCount ? 1 : 0)},${oldCount} +${first.b + (newCount ? 1 : 0)},${newCount} @@`));
    const minus: string[] = [];
    const plus: string[] = [];
    const flush = () => {
      out.push(...minus.map((l) => colors.red(`-${l}`)), ...plus.map((l) => colors.green(`+${l}`)));
      minus.length = 0;
      plus.length = 0;
    };
    for (const o of hunk) {
      if (o.t === '-') minus.push(a[o.a]);
      else if (o.t === '+') plus.push(b[o.b]);
      else {
        flush();
        out.push(` ${a[o.a]}`);
      }
    }
    flush();
    i = stop + 1;
  }
  return out.join('\n') + '\n';
}
