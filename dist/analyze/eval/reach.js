"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reachableSpecs = reachableSpecs;
/**
 * The specs reachable from an evaluated value (the list a harness receives).
 * With `provenance`, also every spec that went into building a reached value.
 */
function reachableSpecs(value, provenance, out = new Map(), certain = true, depth = 0) {
    if (depth > 8)
        return out;
    const made = provenance?.get(value);
    if (made)
        for (const [spec, c] of made)
            out.set(spec, (out.get(spec) ?? false) || (c && certain));
    switch (value.k) {
        case 'spec':
            out.set(value.spec, (out.get(value.spec) ?? false) || certain);
            break;
        case 'seq':
        case 'set':
            for (const v of value.items)
                reachableSpecs(v, provenance, out, certain && !value.inexact, depth + 1);
            break;
        case 'dict':
            for (const [, v] of value.entries)
                reachableSpecs(v, provenance, out, certain && !value.inexact, depth + 1);
            break;
        case 'oneOf':
            for (const v of value.options)
                reachableSpecs(v, provenance, out, false, depth + 1);
            break;
    }
    return out;
}
//# sourceMappingURL=reach.js.map