"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderRules = renderRules;
const errors_1 = require("../errors");
const rules_1 = require("../rules");
function describe(rule, full) {
    const on = (rule.defaultOn === 'detect' ? 'auto' : rule.defaultOn ? 'on' : 'off').padEnd(4);
    const head = `${rule.id.padEnd(20)} ${on}  fix: ${(0, rules_1.fixSafety)(rule).padEnd(11)}  ${rule.summary}`;
    if (!full)
        return head;
    const example = rule.example.split('\n').map((l) => `    ${l}`).join('\n');
    const fixes = Object.entries(rule.fixes).map(([k, v]) => `${k} (${v})`).join(', ') || 'none';
    const when = rule.defaultOn === 'detect' ? `\n  auto: on by default where the tree calls for it (see the README), else with --extend-select ${rule.id}` : '';
    return `${head}${when}\n  finding kinds: ${rule.kinds.join(', ')}\n  fixes: ${fixes}\n  example:\n${example}`;
}
/**
 * `pypto-direction rules [ids..]`: the rule registry (id, default, fix
 * safety, summary); with ids, each rule's finding kinds and example.
 */
function renderRules(ids) {
    if (!ids.length)
        return ['rule                 on?   fix               summary', ...rules_1.RULES.map((r) => describe(r, false))].join('\n') + '\n';
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