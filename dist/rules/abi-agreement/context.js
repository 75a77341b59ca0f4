"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkContext = linkContext;
exports.consequence = consequence;
const evidence_1 = require("../../decide/evidence");
const param_types_1 = require("./param-types");
/** The context of one link. */
function linkContext(a, link, after) {
    const runner = a.runnerOf(link.inv);
    const path = link.entry.module.path;
    return {
        a,
        link,
        binding: link.binding,
        runner,
        compile: link.inv.binding.compile,
        level: link.entry.role === 'host' ? 'host' : 'l2',
        harness: (0, evidence_1.evidenceAt)('harness', link.inv.site.path, link.inv.site.node),
        paired(p) {
            if (link.binding.contested.has(p))
                return undefined;
            const specs = [...(link.final.get(p)?.keys() ?? [])];
            return specs.length === 1 ? specs[0] : undefined;
        },
        typeOf: (p) => (0, param_types_1.paramType)(p),
        artifactOf: (p) => after.get(`${path}:${p.line}:${p.node.startPosition.column + 1}`) ?? p.direction,
        ref: (p) => ({ path, line: p.line, column: p.node.startPosition.column + 1, entry: link.entry.name, param: p.name }),
        say: (part, unchecked) => consequence(runner, part, unchecked),
    };
}
/** See {@link LinkContext.say}. */
function consequence(runner, part, unchecked) {
    if (runner.checks.has(part))
        return { consequence: `rejected after compile: this tree's runner checks the ${part} (${runner.why})`, rejected: true };
    if (runner.kind === 'unread')
        return { consequence: `${unchecked}; this tree's runner cannot be read (${runner.why}): pypto-lib's runner since its ABI check (#1019) rejects this after compile` };
    return { consequence: unchecked };
}
//# sourceMappingURL=context.js.map