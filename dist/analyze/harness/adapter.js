"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keywordHarness = keywordHarness;
exports.matchHarness = matchHarness;
const syntax_1 = require("../syntax");
const binding_1 = require("./binding");
/** Keywords naming the golden function and the per-output comparisons. */
const GOLDEN_KEYS = ['golden_fn', 'golden'];
const COMPARE_KEYS = ['compare_fn'];
/** Defines a harness recognised by callee name and keyword arguments. */
function keywordHarness(id, calleeNames, targetKeys, specKeys, binding = binding_1.JIT_BINDING) {
    return {
        id,
        calleeNames,
        binding,
        match(call, args) {
            const callee = (0, syntax_1.dottedName)(call.childForFieldName('function'));
            const last = callee?.slice(callee.lastIndexOf('.') + 1);
            if (!last || !calleeNames.includes(last))
                return undefined;
            const target = targetKeys.map((k) => args.keywords.get(k)).find(Boolean);
            const specs = specKeys.map((k) => args.keywords.get(k)).find(Boolean);
            if (!target || !specs)
                return undefined;
            const golden = GOLDEN_KEYS.map((k) => args.keywords.get(k)).find(Boolean);
            const compare = COMPARE_KEYS.map((k) => args.keywords.get(k)).find(Boolean);
            return { target, specs, ...(golden ? { golden } : {}), ...(compare ? { compare } : {}) };
        },
    };
}
/** Matches a call against harnesses; undefined when none applies. */
function matchHarness(call, harnesses) {
    const fn = call.childForFieldName('function');
    if (!fn || (fn.type !== 'identifier' && fn.type !== 'attribute'))
        return undefined;
    // cheap test first: this runs for every call the evaluator meets
    const last = fn.type === 'identifier' ? fn.text : fn.childForFieldName('attribute')?.text;
    if (!last || !harnesses.some((h) => h.calleeNames.includes(last)))
        return undefined;
    const args = (0, syntax_1.callArgs)(call);
    for (const harness of harnesses) {
        const match = harness.match(call, args);
        if (match)
            return { harness, match };
    }
    return undefined;
}
//# sourceMappingURL=adapter.js.map