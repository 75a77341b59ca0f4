"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classEra = classEra;
exports.externEra = externEra;
const syntax_1 = require("../syntax");
function isDataclass(def) {
    return def.parent?.type === 'decorated_definition' && def.parent.namedChildren.some((d) => d?.type === 'decorator' && /\bdataclass\b/.test(d.text));
}
/** `x: T`, `x: T = v` and `x: T = field(..., init=False)` of a class body: (name, init?) in order. */
function annotatedFields(def) {
    const out = [];
    for (const stmt of (0, syntax_1.codeChildren)(def.childForFieldName('body'))) {
        const a = stmt.type === 'expression_statement' ? (0, syntax_1.codeChildren)(stmt)[0] : undefined;
        if (a?.type !== 'assignment' || !a.childForFieldName('type') || a.childForFieldName('left')?.type !== 'identifier')
            continue;
        if (/\bClassVar\b/.test(a.childForFieldName('type').text))
            continue;
        const right = a.childForFieldName('right');
        const noInit = !!right && right.type === 'call' && /\binit\s*=\s*False\b/.test(right.childForFieldName('arguments')?.text ?? '');
        out.push({ name: a.childForFieldName('left').text, init: !noInit });
    }
    return out;
}
/** The param names of a class's own `__init__`, without self; undefined when it has none. */
function initParams(def) {
    for (const stmt of (0, syntax_1.codeChildren)(def.childForFieldName('body'))) {
        const fn = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
        if (fn?.type !== 'function_definition' || fn.childForFieldName('name')?.text !== '__init__')
            continue;
        const names = [];
        for (const p of (0, syntax_1.codeChildren)(fn.childForFieldName('parameters'))) {
            const id = p.type === 'identifier' ? p : p.childForFieldName('name') ?? (0, syntax_1.codeChildren)(p).find((c) => c.type === 'identifier');
            if (id?.type === 'identifier')
                names.push(id.text);
        }
        return names.slice(1);
    }
    return undefined;
}
const shapes = new WeakMap();
/**
 * A class definition's own `__init__` params, else its dataclass fields:
 * read once per definition node (every spec call of a run asks; trees are
 * never edited once parsed).
 */
function classShape(def) {
    let shape = shapes.get(def);
    if (!shape) {
        const init = initParams(def);
        shape = init ? { init } : isDataclass(def) ? { fields: annotatedFields(def) } : {};
        shapes.set(def, shape);
    }
    return shape;
}
/**
 * The era of a spec call building an analyzed class, and the positional
 * order of its init params: a dataclass with an `is_output` init field is
 * spec era, one without is signature era; an explicit `__init__` decides by
 * its params; anything else is spec era (the default, like pypto's own
 * `pypto.runtime.TensorSpec`).
 */
function classEra(def, path, name) {
    const at = { path, node: def };
    const { init, fields } = classShape(def);
    if (init) {
        return init.includes('is_output')
            ? { era: 'spec', why: `${name}.__init__ takes is_output`, at, order: [...init] }
            : { era: 'signature', why: `${name}.__init__ takes no is_output`, at, order: [...init] };
    }
    if (fields) {
        const order = fields.filter((f) => f.init).map((f) => f.name);
        return order.includes('is_output')
            ? { era: 'spec', why: `dataclass ${name} has an is_output init field`, at, order }
            : { era: 'signature', why: `dataclass ${name} has no is_output init field${fields.some((f) => f.name === 'direction') ? ' (its direction is stamped by the harness)' : ''}`, at, order };
    }
    return { era: 'spec', why: `${name} is neither a dataclass nor has an __init__: assumed spec era`, at };
}
/**
 * The era of a spec call whose class is not analyzed. pypto's own
 * `pypto.runtime.TensorSpec` (and any other extern class) is spec era. A
 * class from a `golden` package that cannot be resolved is spec era only
 * when the call passes `is_output=` (which only the spec-era class takes);
 * otherwise the era is unknown.
 */
function externEra(name, givesIsOutput) {
    if (/^golden(\.|$)/.test(name)) {
        return givesIsOutput
            ? { era: 'spec', why: `${name} cannot be resolved (no golden package found), but the call passes is_output=, which only the spec-era TensorSpec takes: spec era` }
            : { era: 'unknown', why: `${name} cannot be resolved (no golden package found from this file) and the call passes no is_output=` };
    }
    return { era: 'spec', why: `${name} is not an analyzed class (extern or unresolved): spec era` };
}
//# sourceMappingURL=era.js.map