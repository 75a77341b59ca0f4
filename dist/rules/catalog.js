"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DETECT_SUFFIX = exports.RULE_IDS = void 0;
exports.selectRules = selectRules;
const errors_1 = require("../errors");
/**
 * Each rule's id and default, in the order they run: what selecting rules
 * needs, without loading the rules themselves (a warm run never runs one).
 * A test checks it against `RULES` in `index.ts`.
 */
exports.RULE_IDS = [
    { id: 'direction', defaultOn: true },
    { id: 'abi-agreement', defaultOn: true },
    { id: 'is-output-migration', defaultOn: true },
    { id: 'inline-wrapper', defaultOn: false },
    { id: 'unified-run', defaultOn: 'detect' },
];
/** How a `detect` rule chosen only by the defaults appears in a selection: it runs where it finds its trigger. */
exports.DETECT_SUFFIX = ':detect';
/**
 * The ids of the rules that run, from selections applied in order (ruff's
 * layers: the config file's, then the command line's): a layer's `select`
 * replaces what the layers before chose, `extend-select` adds, `ignore`
 * removes (within a layer, ignore wins). Each name is a rule id or `ALL`; an
 * unknown name is a usage error naming it. A `detect` rule that only the
 * defaults choose comes back as `id:detect` (see {@link DETECT_SUFFIX}).
 */
function selectRules(...layers) {
    const expand = (names) => (names ?? []).flatMap((n) => {
        if (n === 'ALL')
            return exports.RULE_IDS.map((r) => r.id);
        if (!exports.RULE_IDS.some((r) => r.id === n))
            throw new errors_1.ToolError('usage', undefined, `unknown rule "${n}"`, `known rules: ${exports.RULE_IDS.map((r) => r.id).join(', ')}`);
        return [n];
    });
    let chosen = new Set(exports.RULE_IDS.filter((r) => r.defaultOn === true).map((r) => r.id));
    let detect = new Set(exports.RULE_IDS.filter((r) => r.defaultOn === 'detect').map((r) => r.id));
    for (const sel of layers) {
        if (sel.select) {
            chosen = new Set(expand(sel.select));
            detect = new Set();
        }
        for (const n of expand(sel.extendSelect))
            chosen.add(n);
        for (const n of expand(sel.ignore)) {
            chosen.delete(n);
            detect.delete(n);
        }
    }
    return exports.RULE_IDS.flatMap((r) => (chosen.has(r.id) ? [r.id] : detect.has(r.id) ? [r.id + exports.DETECT_SUFFIX] : []));
}
//# sourceMappingURL=catalog.js.map