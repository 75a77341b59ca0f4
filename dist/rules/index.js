"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = exports.selectRules = exports.DETECT_SUFFIX = void 0;
exports.ruleById = ruleById;
exports.fixSafety = fixSafety;
const abi_agreement_1 = require("./abi-agreement");
const direction_1 = require("./direction");
const inline_wrapper_1 = require("./inline-wrapper");
const unified_run_1 = require("./unified-run");
const is_output_migration_1 = require("./is-output-migration");
var catalog_1 = require("./catalog");
Object.defineProperty(exports, "DETECT_SUFFIX", { enumerable: true, get: function () { return catalog_1.DETECT_SUFFIX; } });
Object.defineProperty(exports, "selectRules", { enumerable: true, get: function () { return catalog_1.selectRules; } });
/** Every rule, in the order they run. Adding a rule: one module plus one line here and one in `catalog.ts`. */
exports.RULES = [direction_1.directionRule, abi_agreement_1.abiAgreementRule, is_output_migration_1.isOutputMigrationRule, inline_wrapper_1.inlineWrapperRule, unified_run_1.unifiedRunRule];
/** The rule with an id, or undefined. */
function ruleById(id) {
    return exports.RULES.find((r) => r.id === id);
}
/** A rule's fix safety in one word, for listings: none, safe, unsafe, or safe/unsafe. */
function fixSafety(rule) {
    const kinds = new Set(Object.values(rule.fixes));
    if (!kinds.size)
        return 'none';
    return kinds.size === 2 ? 'safe/unsafe' : [...kinds][0];
}
//# sourceMappingURL=index.js.map