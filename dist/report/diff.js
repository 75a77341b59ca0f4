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
 * A unified diff of two texts with the same line structure. Our edits never
 * add or remove line breaks, so line i of the old text is line i of the new
 * one and the hunks follow directly from the changed lines.
 */
function unifiedDiff(path, before, after, colors) {
    const a = before.split('\n');
    const b = after.split('\n');
    if (a.length !== b.length)
        throw new Error('edits changed the number of lines');
    const changed = a.map((line, i) => line !== b[i]);
    const out = [colors.bold(`--- ${path}`), colors.bold(`+++ ${path}`)];
    let i = 0;
    while (i < a.length) {
        if (!changed[i]) {
            i++;
            continue;
        }
        const start = Math.max(0, i - CONTEXT);
        let end = i;
        // extend the hunk while the next change is within 2 * CONTEXT lines
        for (let j = i; j < a.length; j++) {
            if (changed[j])
                end = j;
            else if (j - end > 2 * CONTEXT)
                break;
        }
        const stop = Math.min(a.length - 1, end + CONTEXT);
        const size = stop - start + 1;
        out.push(colors.cyan(`@@ -${start + 1},${size} +${start + 1},${size} @@`));
        const minus = [];
        const plus = [];
        const flush = () => {
            out.push(...minus.map((l) => colors.red(`-${l}`)), ...plus.map((l) => colors.green(`+${l}`)));
            minus.length = 0;
            plus.length = 0;
        };
        for (let k = start; k <= stop; k++) {
            if (changed[k]) {
                minus.push(a[k]);
                plus.push(b[k]);
            }
            else {
                flush();
                out.push(` ${a[k]}`);
            }
        }
        flush();
        i = stop + 1;
    }
    return out.join('\n') + '\n';
}
//# sourceMappingURL=diff.js.map