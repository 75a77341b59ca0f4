"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
exports.ruleById = ruleById;
exports.selectRules = selectRules;
const errors_1 = require("../errors");
const abi_agreement_1 = require("./abi-agreement");
const direction_1 = require("./direction");
const is_output_migration_1 = require("./is-output-migration");
/** Every rule, in the order they run. Adding a rule: one module plus one line here. */
exports.RULES = [direction_1.directionRule, abi_agreement_1.abiAgreementRule, is_output_migration_1.isOutputMigrationRule];
/** The rule with an id, or undefined. */
function ruleById(id) {
    return exports.RULES.find((r) => r.id === id);
}
/**
 * The ids of the rules that run, from selections applied in order (ruff's
 * layers: the config file's, then the command line's): a layer's `select`
 * replaces what the layers before chose, `extend-select` adds, `ignore`
 * removes (within a layer, ignore wins). Each name is a rule id or `ALL`; an
 * unknown name is a usage error naming it.
 */
function selectRules(...layers) {
    const expand = (names) => (names ?? []).flatMap((n) => {
        if (n === 'ALL')
            return exports.RULES.map((r) => r.id);
        if (!ruleById(n))
            throw new errors_1.ToolError('usage', undefined, `unknown rule "${n}"`, `known rules: ${exports.RULES.map((r) => r.id).join(', ')}`);
        return [n];
    });
    let chosen = new Set(exports.RULES.filter((r) => r.defaultOn).map((r) => r.id));
    for (const sel of layers) {
        if (sel.select)
            chosen = new Set(expand(sel.select));
        for (const n of expand(sel.extendSelect))
            chosen.add(n);
        for (const n of expand(sel.ignore))
            chosen.delete(n);
    }
    return exports.RULES.map((r) => r.id).filter((id) => chosen.has(id));
}
//# sourceMappingURL=index.js.map