"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderRules = renderRules;
const errors_1 = require("../errors");
const rules_1 = require("../rules");
function describe(rule, full) {
    const head = `${rule.id.padEnd(20)} ${rule.defaultOn ? 'on ' : 'off'}  fix: ${rule.fix.padEnd(4)}  ${rule.summary}`;
    if (!full)
        return head;
    const example = rule.example.split('\n').map((l) => `    ${l}`).join('\n');
    return `${head}\n  finding kinds: ${rule.kinds.join(', ')}\n  example:\n${example}`;
}
/**
 * `pypto-direction rules [ids..]`: the rule registry (id, default, fix
 * safety, summary); with ids, each rule's finding kinds and example.
 */
function renderRules(ids) {
    if (!ids.length)
        return ['rule                 on?  fix        summary', ...rules_1.RULES.map((r) => describe(r, false))].join('\n') + '\n';
    return ids
        .map((id) => {
        const rule = (0, rules_1.ruleById)(id);
        if (!rule)
            throw new errors_1.ToolError('usage', undefined, `unknown rule "${id}"`, `known rules: ${rules_1.RULES.map((r) => r.id).join(', ')}`);
        return describe(rule, true);
    })
        .join('\n\n') + '\n';
}
//# sourceMappingURL=rules-command.js.map