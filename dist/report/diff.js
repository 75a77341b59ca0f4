"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.palette = palette;
exports.unifiedDiff = unifiedDiff;
const wrap = (code) => (s) => `\x1b[${code}m${s}\x1b[0m`;
/** A palette with ANSI colours, or a plain one. */
function palette(color) {
    const id = (s) => s;
    return color
        ? { red: wrap(31), green: wrap(32), cyan: wrap(36), bold: wrap(1), yellow: wrap(33), dim: wrap(2) }
        : { red: id, green: id, cyan: id, bold: id, yellow: id, dim: id };
}
const CONTEXT = 3;
/**
 * Aligns two line lists with Myers' O(ND) algorithm: fast for our edits,
 * which change few lines (D small) in files of any length.
 */
function align(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const v = new Map([[1, 0]]);
    const trace = [];
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
            if (x >= n && y >= m)
                break outer;
        }
    }
    const ops = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d >= 0; d--) {
        const vd = trace[d];
        const k = x - y;
        const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
        const px = vd.get(prevK) ?? 0;
        const py = px - prevK;
        while (x > px && y > py)
            ops.push({ t: ' ', a: --x, b: --y });
        if (d > 0) {
            if (x === px)
                ops.push({ t: '+', a: x, b: --y });
            else
                ops.push({ t: '-', a: --x, b: y });
        }
    }
    return ops.reverse();
}
/**
 * A unified diff of two texts (lines aligned with Myers' algorithm, three
 * lines of context, removed lines before added ones within a change).
 */
function unifiedDiff(path, before, after, colors) {
    const a = before.split('\n');
    const b = after.split('\n');
    const ops = align(a, b);
    const out = [colors.bold(`--- ${path}`), colors.bold(`+++ ${path}`)];
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
            if (ops[j].t !== ' ')
                end = j;
            else if (j - end > 2 * CONTEXT)
                break;
        }
        const stop = Math.min(ops.length - 1, end + CONTEXT);
        const hunk = ops.slice(start, stop + 1);
        const oldCount = hunk.filter((o) => o.t !== '+').length;
        const newCount = hunk.filter((o) => o.t !== '-').length;
        const first = hunk[0];
        out.push(colors.cyan(`@@ -${first.a + (oldCount ? 1 : 0)},${oldCount} +${first.b + (newCount ? 1 : 0)},${newCount} @@`));
        const minus = [];
        const plus = [];
        const flush = () => {
            out.push(...minus.map((l) => colors.red(`-${l}`)), ...plus.map((l) => colors.green(`+${l}`)));
            minus.length = 0;
            plus.length = 0;
        };
        for (const o of hunk) {
            if (o.t === '-')
                minus.push(a[o.a]);
            else if (o.t === '+')
                plus.push(b[o.b]);
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
//# sourceMappingURL=diff.js.map