"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ptoTestCase = void 0;
exports.methodHarness = methodHarness;
const expressions_1 = require("../eval/expressions");
const values_1 = require("../eval/values");
const binding_1 = require("./binding");
/** A class-style harness defined by its base names and its two methods. */
function methodHarness(id, bases, programMethod, specsMethod, goldenMethod, binding) {
    const baseNames = new Set(bases);
    return {
        id,
        binding,
        bases: baseNames,
        derives: (cls) => reachesBase(cls, baseNames),
        links(cls) {
            if (!reachesBase(cls, baseNames))
                return false;
            // helper bases that leave the program to subclasses are not tests themselves
            const owner = definingClass(cls, programMethod);
            return !!owner && !baseNames.has(owner.name);
        },
        link(interp, instance) {
            const noArgs = { positional: [], keywords: new Map(), hasUnknownSplat: false };
            const call = (name) => {
                const m = (0, expressions_1.getAttr)(interp, instance, name);
                return m.k === 'func' ? interp.callFunction(m, noArgs, instance) : (0, values_1.unknown)(`${instance.cls.name}.${name} is not defined`);
            };
            const target = call(programMethod);
            const { value: specs, frame } = interp.withEvidence(() => call(specsMethod));
            const golden = (0, expressions_1.getAttr)(interp, instance, goldenMethod);
            return { target, specs, frame, ...(golden.k === 'func' ? { golden } : {}) };
        },
    };
}
/** A class whose base chain reaches one of `bases` (the base itself is not one). */
function reachesBase(cls, bases, seen = new Set()) {
    if (seen.has(cls))
        return false;
    seen.add(cls);
    if (cls.k === 'extern')
        return bases.has(cls.name.slice(cls.name.lastIndexOf('.') + 1));
    if (cls.k !== 'class' || bases.has(cls.name))
        return false;
    return cls.bases.some((b) => (b.k === 'class' && bases.has(b.name)) || reachesBase(b, bases, seen));
}
/** The class (in MRO-like order) whose body defines `name`. */
function definingClass(cls, name, seen = new Set()) {
    if (seen.has(cls))
        return undefined;
    seen.add(cls);
    if (cls.attrs.has(name))
        return cls;
    for (const base of cls.bases) {
        if (base.k !== 'class')
            continue;
        const found = definingClass(base, name, seen);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * pypto's `tests/st` harness: `get_program()` gives the program class,
 * `define_tensors()` the specs, bound to the orchestration function's tensor
 * params by position; `compute_expected()` is its golden function.
 */
exports.ptoTestCase = methodHarness('PTOTestCase', ['PTOTestCase'], 'get_program', 'define_tensors', 'compute_expected', binding_1.TEST_CASE_BINDING);
//# sourceMappingURL=test-case.js.map