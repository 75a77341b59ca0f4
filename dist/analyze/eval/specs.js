"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specClassOf = specClassOf;
exports.makeSpec = makeSpec;
exports.specAttribute = specAttribute;
exports.replaceSpec = replaceSpec;
const values_1 = require("./values");
/** Positional parameter order of the spec classes (golden and pypto.runtime agree). */
const SIGNATURES = {
    TensorSpec: ['name', 'shape', 'dtype', 'init_value', 'is_output'],
    ScalarSpec: ['name', 'dtype', 'value'],
};
/** Whether a class or function name denotes a golden spec class. */
function specClassOf(name, specClassNames) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (!specClassNames.has(last))
        return undefined;
    return last.startsWith('Scalar') ? 'ScalarSpec' : 'TensorSpec';
}
/** Builds the spec record of a `TensorSpec(...)`/`ScalarSpec(...)` call. */
function makeSpec(cls, args, path, node, fieldOrder) {
    const site = { path, node };
    const order = fieldOrder ?? SIGNATURES[cls];
    const get = (param) => {
        const kw = args.keywords.get(param);
        if (kw)
            return kw;
        const i = order.indexOf(param);
        if (i >= 0 && i < args.positional.length)
            return args.positional[i];
        if (args.hasUnknownSplat)
            return (0, values_1.unknown)(`${param} may be passed through *args/**kwargs`, site);
        return undefined;
    };
    return {
        cls,
        name: get('name') ?? (0, values_1.unknown)('spec without a name', site),
        isOutput: cls === 'ScalarSpec' ? values_1.FALSE : (get('is_output') ?? values_1.FALSE),
        initValue: get('init_value'),
        shape: get('shape') ?? (0, values_1.unknown)('no shape', site),
        dtype: get('dtype') ?? (0, values_1.unknown)('no dtype', site),
        site,
    };
}
/** Reads a field of a spec the way Python attribute access would. */
function specAttribute(spec, attr) {
    switch (attr) {
        case 'name':
            return spec.name;
        case 'is_output':
            return spec.isOutput;
        case 'is_input': {
            const t = (0, values_1.truthy)(spec.isOutput);
            return t === undefined ? (0, values_1.unknown)('is_input of an undecidable is_output') : { k: 'bool', v: !t };
        }
        case 'init_value':
            return spec.initValue ?? { k: 'none' };
        case 'shape':
            return spec.shape;
        case 'dtype':
            return spec.dtype;
        default:
            return undefined;
    }
}
/** Field name -> keyword used when re-making a spec with `dataclasses.replace`. */
function replaceSpec(spec, changes, path, node) {
    const pick = (kw, cur) => (changes.has(kw) ? changes.get(kw) : cur);
    return {
        ...spec,
        name: pick('name', spec.name),
        isOutput: pick('is_output', spec.isOutput),
        initValue: pick('init_value', spec.initValue),
        shape: pick('shape', spec.shape),
        dtype: pick('dtype', spec.dtype),
        site: { path, node },
    };
}
//# sourceMappingURL=specs.js.map