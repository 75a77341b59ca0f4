"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = exports.DETECT_SUFFIX = void 0;
exports.ruleById = ruleById;
exports.selectRules = selectRules;
exports.fixSafety = fixSafety;
const errors_1 = require("../errors");
const abi_agreement_1 = require("./abi-agreement");
const direction_1 = require("./direction");
const inline_wrapper_1 = require("./inline-wrapper");
const unified_run_1 = require("./unified-run");
const is_output_migration_1 = require("./is-output-migration");
/** How a `detect` rule chosen only by the defaults appears in a selection: it runs where it finds its trigger. */
exports.DETECT_SUFFIX = ':detect';
/** Every rule, in the order they run. Adding a rule: one module plus one line here. */
exports.RULES = [direction_1.directionRule, abi_agreement_1.abiAgreementRule, is_output_migration_1.isOutputMigrationRule, inline_wrapper_1.inlineWrapperRule, unified_run_1.unifiedRunRule];
/** The rule with an id, or undefined. */
function ruleById(id) {
    return exports.RULES.find((r) => r.id === id);
}
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
            return exports.RULES.map((r) => r.id);
        if (!ruleById(n))
            throw new errors_1.ToolError('usage', undefined, `unknown rule "${n}"`, `known rules: ${exports.RULES.map((r) => r.id).join(', ')}`);
        return [n];
    });
    let chosen = new Set(exports.RULES.filter((r) => r.defaultOn === true).map((r) => r.id));
    let detect = new Set(exports.RULES.filter((r) => r.defaultOn === 'detect').map((r) => r.id));
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
    return exports.RULES.flatMap((r) => (chosen.has(r.id) ? [r.id] : detect.has(r.id) ? [r.id + exports.DETECT_SUFFIX] : []));
}
/** A rule's fix safety in one word, for listings: none, safe, unsafe, or safe/unsafe. */
function fixSafety(rule) {
    const kinds = new Set(Object.values(rule.fixes));
    if (!kinds.size)
        return 'none';
    return kinds.size === 2 ? 'safe/unsafe' : [...kinds][0];
}
//# sourceMappingURL=index.js.map